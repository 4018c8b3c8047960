using System.Runtime.ExceptionServices;

namespace SearchEngine.Querying.Tui.Models;

/// <summary>
/// Runs work and hands its outcome to the UI, where only the latest request counts: asking again before an outcome is
/// applied drops the earlier one (Lucene searches cannot be stopped half-way, so a stale one is left to finish and ignored).
/// </summary>
public interface IWorkLane
{
    /// <param name="debounce">Wait for typing to pause first; false for deliberate actions (a click, a key) that should answer at once.</param>
    void Run<T>(Func<T> work, Action<T> apply, bool debounce = false);
}

/// <summary>Runs work at once on the calling thread: for tests, and for work that must finish before the next step.</summary>
public sealed class InlineLane : IWorkLane
{
    public void Run<T>(Func<T> work, Action<T> apply, bool debounce = false) => apply(work());
}

/// <summary>
/// Waits <paramref name="typingPause"/> for the user to stop typing (when asked to), runs the work on the thread pool, and posts the
/// outcome back through <paramref name="post"/> (the app's invoke). Lanes sharing <paramref name="gate"/> take turns,
/// so two cores are not fought over by searches nobody will see.
/// </summary>
public sealed class BackgroundLane(TimeSpan typingPause, Action<Action> post, SemaphoreSlim gate) : IWorkLane
{
    private readonly Lock sync = new();
    private long generation;
    private CancellationTokenSource pending = new();

    public void Run<T>(Func<T> work, Action<T> apply, bool debounce = false)
    {
        var delay = debounce ? typingPause : TimeSpan.Zero;
        long mine;
        CancellationToken token;
        lock (sync)
        {
            pending.Cancel();
            pending.Dispose();
            pending = new CancellationTokenSource();
            token = pending.Token;
            mine = ++generation;
        }
        _ = Task.Run(async () =>
        {
            try
            {
                if (delay > TimeSpan.Zero) await Task.Delay(delay, token).ConfigureAwait(false);
                await gate.WaitAsync(token).ConfigureAwait(false);
                try
                {
                    if (!IsLatest(mine)) return;
                    var outcome = work();
                    post(() =>
                    {
                        if (IsLatest(mine)) apply(outcome);
                    });
                }
                finally
                {
                    gate.Release();
                }
            }
            catch (OperationCanceledException)
            {
                // Superseded before it started.
            }
            catch (Exception e)
            {
                // Not expected (the work reports its own failures); rethrown on the UI thread so it is not lost.
                var captured = ExceptionDispatchInfo.Capture(e);
                post(captured.Throw);
            }
        }, CancellationToken.None);
    }

    private bool IsLatest(long mine)
    {
        lock (sync) return mine == generation;
    }
}
