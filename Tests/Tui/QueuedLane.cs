using SearchEngine.Querying.Tui.Models;

namespace SearchEngine.Tests.Tui;

/// <summary>Holds work until the test says to run it, to order outcomes as a slow machine might.</summary>
internal sealed class QueuedLane : IWorkLane
{
    private readonly List<Action> _queued = [];

    /// <summary>Work asked for and not yet run.</summary>
    public int Pending => _queued.Count;

    public void Run<T>(Func<T> work, Action<T> apply) => _queued.Add(() => apply(work()));

    public void RunAll()
    {
        var running = _queued.ToList();
        _queued.Clear();
        foreach (var run in running) run();
    }
}
