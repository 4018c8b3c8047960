using System.Collections.Concurrent;
using SearchEngine.Querying.Tui.Models;

namespace SearchEngine.Tests.Tui;

public class WorkLaneTests
{
    /// <summary>Waits for what the lane posts to the UI; the timeout only guards against a hang.</summary>
    private static Action NextPost(BlockingCollection<Action> posted) =>
        posted.TryTake(out var action, TimeSpan.FromSeconds(30)) ? action : throw new TimeoutException("nothing was posted");

    [Fact]
    public void A_search_overtaken_by_a_newer_one_is_never_applied()
    {
        var posted = new BlockingCollection<Action>();
        var lane = new BackgroundLane(TimeSpan.Zero, posted.Add, new SemaphoreSlim(1, 1));
        var applied = new List<string>();
        using var started = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();

        lane.Run(() =>
        {
            started.Set();
            release.Wait();
            return "stale";
        }, applied.Add);
        started.Wait();
        lane.Run(() => "latest", applied.Add);
        release.Set();
        NextPost(posted)();
        NextPost(posted)();

        Assert.Equal(["latest"], applied);
    }

    [Fact]
    public void Work_runs_off_the_calling_thread_and_its_outcome_is_posted()
    {
        var posted = new BlockingCollection<Action>();
        var lane = new BackgroundLane(TimeSpan.Zero, posted.Add, new SemaphoreSlim(1, 1));
        var caller = Environment.CurrentManagedThreadId;
        var worker = caller;
        var applied = 0;

        lane.Run(() => worker = Environment.CurrentManagedThreadId, _ => applied++);
        NextPost(posted)();

        Assert.NotEqual(caller, worker);
        Assert.Equal(1, applied);
    }

    [Fact]
    public void A_deliberate_action_is_not_held_back_by_the_typing_pause_and_cancels_the_waiting_search()
    {
        var posted = new BlockingCollection<Action>();
        var lane = new BackgroundLane(TimeSpan.FromHours(1), posted.Add, new SemaphoreSlim(1, 1));
        var applied = new List<string>();

        lane.Run(() => "typed", applied.Add, debounce: true);
        lane.Run(() => "clicked", applied.Add, debounce: false);
        NextPost(posted)();

        Assert.Equal(["clicked"], applied);
    }
}
