namespace SearchEngine.Indexing.Writing;

/// <summary>
/// The steps around a build's commit, where a kill is most likely to leave damage and a random kill seldom lands. With
/// SEARCHENGINE_PAUSE_AT naming one, the indexer says so on standard error and waits there, for the fault-injection
/// measurement (Tests/Benchmarks <c>faults</c>) to kill it at that exact step. Unset, each is a string comparison.
/// </summary>
public static class PausePoint
{
    public const string Variable = "SEARCHENGINE_PAUSE_AT";

    /// <summary>Before the Lucene commit, of a rebuild's new generation or of an update.</summary>
    public const string BeforeCommit = "before-commit";
    /// <summary>A rebuild's generation is committed, not yet live.</summary>
    public const string BeforePublish = "before-publish";
    /// <summary>A rebuild's pointer names the new generation; the old ones are not yet removed.</summary>
    public const string AfterPublish = "after-publish";
    /// <summary>An update is committed; the writer is not yet closed.</summary>
    public const string AfterCommit = "after-commit";

    private static readonly string? Requested = Environment.GetEnvironmentVariable(Variable);

    public static void Reached(string step)
    {
        if (!string.Equals(Requested, step, StringComparison.Ordinal)) return;
        Console.Error.WriteLine($"paused at {step}");
        Thread.Sleep(Timeout.Infinite);
    }
}
