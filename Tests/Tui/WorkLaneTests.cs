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
        var lane = new BackgroundLane(posted.Add, new SemaphoreSlim(1, 1));
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
        var lane = new BackgroundLane(posted.Add, new SemaphoreSlim(1, 1));
        var caller = Environment.CurrentManagedThreadId;
        var worker = caller;
        var applied = 0;

        lane.Run(() => worker = Environment.CurrentManagedThreadId, _ => applied++);
        NextPost(posted)();

        Assert.NotEqual(caller, worker);
        Assert.Equal(1, applied);
    }

    [Fact]
    public void Of_the_requests_waiting_for_the_one_running_only_the_latest_runs()
    {
        var posted = new BlockingCollection<Action>();
        var gate = new SemaphoreSlim(1, 1);
        var lane = new BackgroundLane(posted.Add, gate);
        var ran = new ConcurrentQueue<string>();
        var applied = new List<string>();

        gate.Wait();
        lane.Run(() => Ran("p"), applied.Add);
        lane.Run(() => Ran("pe"), applied.Add);
        lane.Run(() => Ran("pet"), applied.Add);
        gate.Release();
        NextPost(posted)();

        Assert.Equal(["pet"], ran);
        Assert.Equal(["pet"], applied);

        string Ran(string text)
        {
            ran.Enqueue(text);
            return text;
        }
    }

    [Fact]
    public void On_the_next_turn_only_the_latest_of_the_searches_asked_for_since_runs()
    {
        var posted = new List<Action>();
        var lane = new NextTurnLane(posted.Add);
        var ran = new List<string>();

        lane.Run(() => "p", ran.Add);
        lane.Run(() => "pe", ran.Add);
        posted.ForEach(turn => turn());

        Assert.Equal(["pe"], ran);
    }

    [Fact]
    public void The_next_turn_lane_runs_the_work_on_the_thread_that_takes_the_turn()
    {
        var posted = new List<Action>();
        var lane = new NextTurnLane(posted.Add);
        var worker = -1;

        lane.Run(() => worker = Environment.CurrentManagedThreadId, _ => { });
        Assert.Equal(-1, worker);
        posted.Single()();

        Assert.Equal(Environment.CurrentManagedThreadId, worker);
    }
}
