using Lucene.Net.Index;
using SearchEngine.Indexing.Writing;
using SearchEngine.Querying.Cli.Rendering;
using SearchEngine.Querying.Search;

namespace SearchEngine.Querying.Cli;

/// <summary>Turns the ways a search can fail into a message on stderr and an exit code.</summary>
internal static class SearchFailures
{
    /// <summary>Opens the index and runs <paramref name="work"/>, reporting a missing index, a bad index or a bad query.</summary>
    public static int Run(CliContext context, string indexDirectory, string queryText, Func<ISearchSession, int> work)
    {
        ISearchSession session;
        try
        {
            // Checked here as well as by the searcher: the common first-run case then gets a plain message, not a Lucene error.
            if (!new IndexStore(indexDirectory).Exists) throw new IndexMissingException($"no index at {Path.GetFullPath(indexDirectory)}");
            session = context.OpenSearch(indexDirectory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or IndexMissingException)
        {
            return IndexUnavailable(context, indexDirectory, e);
        }

        try
        {
            using (session) return work(session);
        }
        catch (QuerySyntaxException e)
        {
            return QueryError(context, queryText, e);
        }
        catch (Exception e) when (e is IndexMissingException or IndexNotFoundException or CorruptIndexException)
        {
            return IndexUnavailable(context, indexDirectory, e);
        }
    }

    private static int IndexUnavailable(CliContext context, string indexDirectory, Exception e)
    {
        var message = e is IndexMissingException ? e.Message : $"cannot read the index at {Path.GetFullPath(indexDirectory)}: {e.Message}";
        context.Error.WriteLine($"query: {TerminalText.Visible(message)}");
        if (!message.Contains("indexer rebuild", StringComparison.Ordinal))
            context.Error.WriteLine(TerminalText.Visible($"Build it with: indexer rebuild --source DIR --index {Shell.Quote(indexDirectory)}"));
        return ExitCodes.IndexUnavailable;
    }

    private static int QueryError(CliContext context, string queryText, QuerySyntaxException e)
    {
        context.Error.WriteLine($"query: cannot understand the query: {TerminalText.Visible(e.Message)}");
        if (e.Column is { } column && column >= 1 && column <= queryText.Length + 1)
        {
            context.Error.WriteLine($"  {TerminalText.Visible(queryText)}");
            context.Error.WriteLine($"  {new string(' ', column - 1)}^");
        }
        var words = PlainWords.Of(queryText);
        context.Error.WriteLine(words.Length > 0
            ? TerminalText.Visible($"Hint: the query can be retried as plain words: query search {Shell.Quote(words)}")
            : "Hint: the query can be retried as plain words, without operators or punctuation.");
        return ExitCodes.Usage;
    }
}
