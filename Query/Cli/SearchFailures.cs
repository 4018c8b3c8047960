using SearchEngine.Indexing.Cli;
using SearchEngine.Indexing.Cluster;
using SearchEngine.Indexing.Reading;
using SearchEngine.Querying.FirstRun;
using SearchEngine.Querying.Cli.Rendering;
using SearchEngine.Querying.Display;
using SearchEngine.Querying.Search;
using SearchEngine.Querying.Search.Cluster;
using SearchEngine.Querying.Search.Parsing;

namespace SearchEngine.Querying.Cli;

/// <summary>Turns the ways a search can fail into a message on stderr and an exit code.</summary>
internal static class SearchFailures
{
    /// <summary>
    /// Opens the index (or the cluster at <paramref name="clusterAddress"/>, when one was chosen) and runs
    /// <paramref name="work"/>, reporting a missing index, a bad index, an unreachable cluster or a bad query.
    /// </summary>
    public static int Run(QueryContext context, string indexDirectory, string? clusterAddress, string queryText, Func<ISearchSession, int> work)
    {
        if (clusterAddress is not null) return RunOnCluster(context, clusterAddress, queryText, work);
        // Checked here as well as by the searcher, so that a session standing in for one in tests meets it too.
        if (SeedIndex.Prepare(indexDirectory, context) is { } problem) return UnusableIndexReport.Print("query", problem, context.Error);
        ISearchSession session;
        try
        {
            session = context.OpenSearch(indexDirectory);
        }
        catch (Exception e) when (IndexUnusableException.Of(e, indexDirectory) is { } unusable)
        {
            return UnusableIndexReport.Print("query", unusable, context.Error);
        }

        return Work(context, session, queryText, work, indexDirectory);
    }

    private static int RunOnCluster(QueryContext context, string address, string queryText, Func<ISearchSession, int> work)
    {
        if (ClusterOption.Connect(address, context) is not { } connection) return ExitCodes.Usage;
        return Work(context, context.OpenCluster(connection), queryText, work, indexDirectory: null);
    }

    private static int Work(QueryContext context, ISearchSession session, string queryText, Func<ISearchSession, int> work, string? indexDirectory)
    {
        try
        {
            using (session) return work(session);
        }
        catch (Exception e) when (e is ClusterUnreachableException or ClusterSearchException)
        {
            // One line naming the address and why: the cluster stands where the index folder would.
            context.Error.WriteLine($"query: {TerminalText.Visible(e.Message.Split('\n', 2)[0].Trim())}");
            return ExitCodes.IndexUnavailable;
        }
        catch (QuerySyntaxException e)
        {
            return QueryError(context, queryText, e);
        }
        catch (AmbiguousIdException e)
        {
            context.Error.WriteLine($"query: {TerminalText.Visible(e.Message)}");
            return ExitCodes.Usage;
        }
        catch (Exception e) when (indexDirectory is not null && IndexUnusableException.Of(e, indexDirectory) is { } unusable)
        {
            return UnusableIndexReport.Print("query", unusable, context.Error);
        }
    }

    /// <summary>A query that cannot be read: what and where on stderr, with a form to retry it as; the usage exit code.</summary>
    public static int QueryError(QueryContext context, string queryText, QuerySyntaxException e)
    {
        context.Error.WriteLine($"query: cannot understand the query: {TerminalText.Visible(e.Message)}");
        if (e.Column is { } column && column >= 1 && column <= queryText.Length + 1)
        {
            context.Error.WriteLine($"  {TerminalText.Visible(QueryEcho.Around(queryText, column, out var at))}");
            context.Error.WriteLine($"  {new string(' ', at - 1)}^");
        }
        if (e.Hint is { } hint)
        {
            context.Error.WriteLine($"Hint: {hint}");
            return ExitCodes.Usage;
        }
        var words = PlainWords.Of(queryText);
        // A command too long to read is no help; the sentence says what to do.
        context.Error.WriteLine(words.Length is > 0 and <= QueryEcho.MaxLength
            ? TerminalText.Visible($"Hint: the query can be retried as plain words: query search {Shell.Quote(words)}")
            : "Hint: the query can be retried as plain words, without operators or punctuation.");
        return ExitCodes.Usage;
    }
}
