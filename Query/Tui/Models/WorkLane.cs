using System.Runtime.ExceptionServices;

namespace SearchEngine.Querying.Tui.Models;

/// <summary>
/// Runs work and hands its outcome to the UI, where only the latest request counts: asking again before an outcome is
/// applied drops the earlier one (Lucene searches cannot be stopped half-way, so a stale one is left to finish and ignored).
/// Work starts at once, without waiting for typing to pause: searches take milliseconds, and a request that is
/// overtaken while it waits for the one running is dropped, so fast typing costs at most one search behind.
/// </summary>
public interface IWorkLane
{
    void Run<T>(Func<T> work, Action<T> apply);
}

/// <summary>Runs work at once on the calling thread: for tests, and for work that must finish before the next step.</summary>
public sealed class InlineLane : IWorkLane
{
    public void Run<T>(Func<T> work, Action<T> apply) => apply(work());
}

/// <summary>
/// Runs the work on the UI thread's next turn, through <paramref name="post"/> (the app's invoke): no other thread to
/// wake and hand back from, which on a loaded machine cost more than the search. Only the latest request runs: keys
/// that arrive while a search runs are read together on the next turn and searched once. For work of milliseconds.
/// </summary>
public sealed class NextTurnLane(Action<Action> post) : IWorkLane
{
    private long _generation;

    public void Run<T>(Func<T> work, Action<T> apply)
    {
        var mine = Interlocked.Increment(ref _generation);
        post(() =>
        {
            if (mine == Interlocked.Read(ref _generation)) apply(work());
        });
    }
}

/// <summary>
/// Runs the work on the thread pool and posts the outcome back through <paramref name="post"/> (the app's invoke).
/// Lanes sharing <paramref name="gate"/> take turns, so two cores are not fought over by searches nobody will see.
/// </summary>
public sealed class BackgroundLane(Action<Action> post, SemaphoreSlim gate) : IWorkLane
{
    private readonly Lock _sync = new();
    private long _generation;
    private CancellationTokenSource _pending = new();

    public void Run<T>(Func<T> work, Action<T> apply)
    {
        long mine;
        CancellationToken token;
        lock (_sync)
        {
            _pending.Cancel();
            _pending.Dispose();
            _pending = new CancellationTokenSource();
            token = _pending.Token;
            mine = ++_generation;
        }
        _ = Task.Run(async () =>
        {
            try
            {
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
                // Superseded while waiting for its turn.
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
        lock (_sync) return mine == _generation;
    }
}
