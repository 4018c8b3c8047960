using SearchEngine.Indexing.Reading;
using SearchEngine.Indexing.Writing;

namespace SearchEngine.Indexing.Cli;

/// <summary>
/// How both programs tell the user that an index cannot be used: the problem, then the command that makes one, with
/// the sources the index records when it records them (unless an indexer is writing it: then the problem says to wait).
/// </summary>
public static class UnusableIndexReport
{
    /// <returns><see cref="ExitCodes.IndexUnavailable"/>.</returns>
    public static int Print(string program, IndexUnusableException unusable, TextWriter error)
    {
        error.WriteLine(PrintableText.Of($"{program}: {unusable.Message}"));
        if (unusable.BeingWritten) return ExitCodes.IndexUnavailable;
        if (unusable.HoldsArticles)
        {
            var beside = IndexStore.IndexBeside(unusable.Root) is { } folder ? Shell.Quote(folder) : "DIR";
            error.WriteLine(PrintableText.Of($"Index them with: indexer rebuild --source {Shell.Quote(unusable.Root)} --index {beside}"));
            return ExitCodes.IndexUnavailable;
        }
        var verb = unusable.NothingPublished ? "Build" : "Rebuild";
        var sources = unusable.Sources is { Count: > 0 } recorded ? string.Join(' ', recorded.Select(s => "--source " + Shell.Quote(s))) : "--source DIR";
        error.WriteLine(PrintableText.Of($"{verb} it with: indexer rebuild {sources} --index {Shell.Quote(unusable.Root)}"));
        return ExitCodes.IndexUnavailable;
    }
}
