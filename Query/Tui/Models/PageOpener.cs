using SearchEngine.Querying.SavedQueries;
using SearchEngine.Querying.Search;

namespace SearchEngine.Querying.Tui.Models;

/// <summary>
/// Opens what the user picked (an article, what a copy changed, a saved query's run) on a <see cref="IWorkLane"/>, as
/// searches run, so a slow index never holds up the keys. What cannot be opened becomes an error notice on the console.
/// </summary>
public sealed class PageOpener(ISearchSession session, SearchConsole console, IWorkLane lane)
{
    /// <summary>
    /// Opens a hit with the matches of the query that <paramref name="found"/> it, read as it was then, the people
    /// picked then, and its copies that the results list shows marked.
    /// </summary>
    public void Article(SearchHit hit, SearchCriteria found, Action<ArticlePage> show)
    {
        // Read here, on the thread that changes the list.
        var inResults = console.Results.Hits.Select(shown => shown.Id).ToHashSet(StringComparer.Ordinal);
        Open(() => OpenArticle(hit, found, inResults), show);
    }

    private Opened<ArticlePage> OpenArticle(SearchHit hit, SearchCriteria found, IReadOnlySet<string> inResults)
    {
        try
        {
            return new Opened<ArticlePage>(ArticlePage.Open(session, hit, found.QueryText, found.AsTyped, found.Filters, inResults));
        }
        catch (QuerySyntaxException e)
        {
            return Opened<ArticlePage>.Failed($"cannot open the article: {e.Message}");
        }
    }

    /// <summary>Opens what <paramref name="otherId"/> (a copy, a source or a derived story) has that the article <paramref name="articleId"/> has not, and the reverse.</summary>
    public void Diff(string articleId, string otherId, Relation relation, Action<DiffPage> show) => Open(() =>
    {
        try
        {
            return DiffPage.Open(session, articleId, otherId, relation) is { } page
                ? new Opened<DiffPage>(page)
                : Opened<DiffPage>.Failed("one of the articles is no longer in the index");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Opened<DiffPage>.Failed($"cannot compare the articles: {e.Message}");
        }
    }, show);

    /// <summary>
    /// Runs <paramref name="query"/> as the console shows results and records the run. The panel is read again on the
    /// UI thread, where it is drawn, whether the run could be made or not (either way a pending delete is forgotten).
    /// </summary>
    public void SavedQuery(SavedQueriesPanel saved, SavedQuery query, Action<SavedQueryRunSummary> show) => lane.Run(() =>
    {
        try
        {
            return new Opened<SavedQueryRunSummary>(saved.RunAndRecord(query, console.SearchAsShown, SearchConsole.PageSize));
        }
        catch (QuerySyntaxException e)
        {
            return Opened<SavedQueryRunSummary>.Failed($"saved query '{query.Name}' cannot run: {e.Message}");
        }
    }, opened =>
    {
        saved.Reload();
        Show(opened, show);
    });

    private void Open<T>(Func<Opened<T>> open, Action<T> show) where T : class => lane.Run(open, opened => Show(opened, show));

    private void Show<T>(Opened<T> opened, Action<T> show) where T : class
    {
        if (opened.Value is { } value) show(value);
        else console.Notify(opened.Problem, isError: true);
    }

    /// <summary>What was opened, or why it could not be.</summary>
    private sealed record Opened<T>(T? Value, string? Problem = null) where T : class
    {
        public static Opened<T> Failed(string problem) => new(null, problem);
    }
}
