using SearchEngine.Indexing.Cli;
using SearchEngine.Indexing.Schema;
using SearchEngine.Querying.SavedQueries;
using SearchEngine.Querying.Search;

namespace SearchEngine.Querying.Tui.Models;

/// <summary>What running a saved query found: its criteria to show, and how many hits its previous run did not return.</summary>
/// <param name="RecordProblem">Why the run could not be recorded, when it could not (the file is then left as it was).</param>
public sealed record SavedQueryRunSummary(
    SavedQuery Query, SearchResult Shown, IReadOnlySet<string>? SeenBefore, int Total, int NewCount, string? RecordProblem)
{
    /// <summary>
    /// Which saved query ran and against what its hits are new; the counts of hits and of new hits are the search
    /// summary's, which the status line shows beside this, so no second count can read as another.
    /// </summary>
    public string Describe()
    {
        var found = Query.LastRun is { } last
            ? $"saved query '{Query.Name}' last ran {last.At.ToLocalTime():yyyy-MM-dd HH:mm}"
            : $"saved query '{Query.Name}': first run";
        return RecordProblem is null ? found : $"{found}; {RecordProblem}";
    }
}

/// <summary>
/// The saved queries list: the same store as <c>query saved</c>, so both see the same queries and last runs. A file
/// that cannot be read is reported and left as it is; nothing is written until it can be read again.
/// </summary>
public sealed class SavedQueriesPanel(SavedQueryStore store, Func<DateTimeOffset> clock) : IItemSource
{
    private IReadOnlyList<SavedQuery> _queries = [];

    public IReadOnlyList<SavedQuery> Queries => _queries;

    public string FilePath => store.FilePath;

    /// <summary>Why the file could not be read, when it could not.</summary>
    public string? Problem { get; private set; }

    /// <summary>The name waiting for a second delete key to confirm.</summary>
    public string? PendingDelete { get; private set; }

    public int Count => Math.Max(1, _queries.Count);

    /// <summary>Rows the problem with the file is wrapped over: its path and the parser's words, whole down to 80 columns.</summary>
    public const int ProblemRows = 6;

    public int ItemHeight => Problem is null ? 2 : ProblemRows;

    public bool IsSelectable(int item) => _queries.Count > 0;

    public SavedQuery? this[int item] => item >= 0 && item < _queries.Count ? _queries[item] : null;

    public void Reload()
    {
        PendingDelete = null;
        try
        {
            _queries = store.Load();
            Problem = null;
        }
        catch (SavedQueryException e)
        {
            _queries = [];
            Problem = e.Message;
        }
    }

    /// <summary>Saves the criteria under <paramref name="name"/>; returns what went wrong, or null.</summary>
    /// <param name="shown">
    /// The hits the screen shows for the criteria and how many there are: a query saved from what the user is looking at
    /// has been run, so its hits count as seen and its first run reports what is new since.
    /// </param>
    public string? Save(string name, SearchCriteria criteria, (IReadOnlyList<SearchHit> Hits, int Total)? shown = null)
    {
        try
        {
            var now = clock();
            store.Add(new SavedQuery
            {
                Name = name.Trim(),
                Query = criteria.QueryText,
                Filters = criteria.Filters,
                Sort = criteria.Sort,
                CreatedAt = now,
                LastRun = shown is var (hits, total) ? new SavedQueryRun { At = now, Total = total, HitIds = NewHits.SeenAfter(hits, null) } : null,
            });
            Reload();
            return null;
        }
        catch (SavedQueryException e)
        {
            return e.Message;
        }
    }

    /// <summary>
    /// Runs <paramref name="query"/> the way <c>query saved run</c> does and records the run, so the next run (here or
    /// on the command line) counts what is new since this one. It does not touch what the panel shows, so it may run
    /// off the UI thread: the store is read and written, the panel is not; <see cref="Reload"/> then shows the run.
    /// </summary>
    public SavedQueryRunSummary RunAndRecord(SavedQuery query, Func<SearchRequest, SearchResult> search, int pageSize)
    {
        var outcome = SavedQueryRunner.Run(search, query, onlyNew: false, offset: 0, limit: pageSize, clock());
        string? problem = null;
        try
        {
            store.RecordRun(query.Name, outcome.Run);
        }
        catch (SavedQueryException e)
        {
            problem = e.Message;
        }
        return new SavedQueryRunSummary(query, outcome.Shown, NewHits.SeenBy(query.LastRun), outcome.Run.Total, outcome.NewCount, problem);
    }

    /// <summary>
    /// Records <paramref name="hits"/>, loaded further down the list of a run of <paramref name="name"/> (or of the hits
    /// it was saved from), as shown by that run; returns what went wrong, or null.
    /// </summary>
    public string? RecordShown(string name, IReadOnlyList<SearchHit> hits)
    {
        try
        {
            store.RecordShown(name, hits);
            return null;
        }
        catch (SavedQueryException e)
        {
            return $"the hits shown could not be recorded as seen by '{name}': {e.Message}";
        }
    }

    /// <summary>The first call asks for confirmation; a second call for the same query deletes it. Returns the message to show.</summary>
    public string Delete(SavedQuery query)
    {
        if (!SavedQueryName.Comparer.Equals(PendingDelete, query.Name))
        {
            PendingDelete = query.Name;
            return $"press d again to delete '{query.Name}'";
        }
        PendingDelete = null;
        try
        {
            store.Remove(query.Name);
            Reload();
            return $"deleted '{query.Name}'";
        }
        catch (SavedQueryException e)
        {
            return e.Message;
        }
    }

    public IReadOnlyList<StyledLine> Render(int item, int width)
    {
        if (Problem is not null) return ProblemLines(Problem, width);
        if (_queries.Count == 0)
        {
            return
            [
                new LineBuilder(width).Add("No saved queries yet.", Ink.Faint).Build(),
                new LineBuilder(width).Add("Press F5 on the search screen to save the current query.", Ink.Faint).Build(),
            ];
        }
        var query = _queries[item];
        var first = new LineBuilder(width).Add(query.Name, Ink.Title).Add("  ", Ink.Plain)
            .Add(query.Query.Length > 0 ? query.Query : "(everything)", Ink.Plain);
        var second = new LineBuilder(width).Add("  ", Ink.Plain).Add(Details(query), Ink.Meta);
        if (SavedQueryName.Comparer.Equals(PendingDelete, query.Name)) second.Add("  press d again to delete", Ink.Error);
        return [first.Build(), second.Build()];
    }

    /// <summary>The problem wrapped at words (a path longer than a line is split), cut only past <see cref="ProblemRows"/>.</summary>
    private static IReadOnlyList<StyledLine> ProblemLines(string problem, int width)
    {
        var layout = new TextLayout(new RichText([new Segment(problem, Ink.Error)]), width);
        layout.EnsureLines(ProblemRows + 1);
        var lines = Enumerable.Range(0, ProblemRows).Select(layout.Line).ToList();
        // The next line run on after the last, so the line builder ends it in "…".
        if (layout.KnownLines > ProblemRows)
            lines[^1] = new LineBuilder(width).Add($"{lines[^1].PlainText} {layout.Line(ProblemRows).PlainText}", Ink.Error).Build();
        return lines;
    }

    private static string Details(SavedQuery query)
    {
        var parts = new List<string> { query.Sort == SortOrder.Date ? "newest first" : "by relevance" };
        var filters = ArticleSchema.FacetDimensions
            .SelectMany(d => query.Filters.Selected(d).Select(v => $"{d.Label.ToLowerInvariant()} {v}"))
            .ToList();
        if (query.Filters.From is { } from) filters.Add($"from {from:yyyy-MM-dd}");
        if (query.Filters.To is { } to) filters.Add($"to {to:yyyy-MM-dd}");
        if (filters.Count > 0) parts.Add(string.Join(", ", filters));
        parts.Add(query.LastRun is { } run
            ? $"last run {run.At.ToLocalTime():yyyy-MM-dd HH:mm}, {Counted.Of(run.Total, "hit")}"
            : "never run");
        return string.Join(" · ", parts);
    }
}
