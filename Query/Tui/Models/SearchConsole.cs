using System.Globalization;
using SearchEngine.Indexing.Cli;
using SearchEngine.Indexing.Cluster;
using SearchEngine.Indexing.Schema;
using SearchEngine.Querying.Search;
using SearchEngine.Querying.Search.Cluster;

namespace SearchEngine.Querying.Tui.Models;

/// <summary>Why the query in the bar cannot be run; <paramref name="Column"/> is 1-based, when known.</summary>
public sealed record QueryProblem(string Message, int? Column);

/// <summary>What one search came back with: a result, or the problem that stopped it.</summary>
public sealed record SearchOutcome(SearchResult? Result, QueryProblem? Problem)
{
    public static SearchOutcome Of(Func<SearchResult> search)
    {
        try
        {
            return new SearchOutcome(search(), null);
        }
        catch (QuerySyntaxException e)
        {
            return new SearchOutcome(null, new QueryProblem(e.Message, e.Column));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException
            or ClusterUnreachableException or ClusterSearchException)
        {
            return new SearchOutcome(null, new QueryProblem(e.Message, null));
        }
    }
}

/// <summary>
/// The search screen's state, free of any UI: the criteria the user has set, the results and facets of the latest
/// search that could run, and the problem with the current query if it cannot. Searches run on a
/// <see cref="IWorkLane"/> that drops the ones overtaken before they start; <see cref="Changed"/> fires (on the UI
/// thread) when anything shown has changed.
/// </summary>
public sealed class SearchConsole
{
    /// <summary>Hits per search; more are loaded as the user scrolls towards the end.</summary>
    public const int PageSize = 25;

    /// <summary>Facet values asked for per dimension: enough for the timeline to have every day (or month).</summary>
    public const int FacetTopN = 100;

    public const int ValuesPerDimension = 8;

    /// <summary>Start loading the next page when the selection is this close to the last hit loaded.</summary>
    public const int LoadAhead = 5;

    private readonly ISearchSession _searcher;
    private readonly IWorkLane _queryLane;
    private readonly IWorkLane _pageLane;
    private IReadOnlySet<string>? _seenBefore;
    private ShownRecorder? _recorder;
    private string? _followedNotice;
    private bool _loadingMore;
    private int? _resultRows;

    public SearchConsole(ISearchSession searcher, IWorkLane queryLane, IWorkLane pageLane)
    {
        _searcher = searcher;
        _queryLane = queryLane;
        _pageLane = pageLane;
        Results = ResultList.Empty(SnippetLines);
        Facets = new FacetPanel(null, Criteria, ValuesPerDimension);
    }

    public event Action? Changed;

    public SearchCriteria Criteria { get; private set; } = SearchCriteria.Start;

    public ResultList Results { get; private set; }

    public FacetPanel Facets { get; private set; }

    public Timeline Timeline { get; private set; } = Timeline.From([]);

    /// <summary>
    /// Why the current query cannot run; the results are then still those of the last query that could, unless that
    /// was the empty query, whose every article would read as the hits of the one that cannot run.
    /// </summary>
    public QueryProblem? Problem { get; private set; }

    public bool IsSearching { get; private set; }

    /// <summary>A one-off message for the status line (what was saved, what failed).</summary>
    public string? Notice { get; private set; }

    public bool NoticeIsError { get; private set; }

    public int SnippetLines { get; private set; } = 2;

    /// <summary>Runs the first search: every article, until the user types.</summary>
    public void Start() => Search(Criteria, null);

    /// <summary>Searches the warm-up runs at most: enough for the runtime to optimise what they run (a few dozen calls each).</summary>
    public const int WarmUpSearches = 120;

    /// <summary>
    /// Runs, on a pool thread, the searches the first keystrokes will run — the most frequent value of each facet
    /// dimension, typed a letter at a time — until the user types or <see cref="WarmUpSearches"/> have run. The query
    /// program starts with the runtime's quick first compilation, which keeps one-off commands quick to start; the code
    /// a search runs is compiled again, optimised, once it has run a few dozen times, and the console has that happen
    /// here, before the first key, rather than during the first words typed. For a local index only: a cluster would be
    /// sent searches nobody asked for.
    /// </summary>
    public Task WarmUp() => Task.Run(() =>
    {
        var everything = SearchOutcome.Of(() => _searcher.Search(Criteria.ToRequest(0, FirstPageSize, FacetTopN, SnippetsPerHit))).Result;
        var typed = everything is null ? [] : WarmUpQueries(everything);
        var searches = 0;
        while (typed.Count > 0)
            foreach (var text in typed)
            {
                if (Criteria.QueryText.Length > 0 || searches++ == WarmUpSearches) return;
                var request = (SearchCriteria.Start with { QueryText = text, AsTyped = true }).ToRequest(0, FirstPageSize, FacetTopN, SnippetsPerHit);
                SearchOutcome.Of(() => _searcher.Search(request));
            }
    });

    /// <summary>The most frequent value of each dimension, typed a letter at a time: "K", "Ki", "Kim", "Kim ", "Kim J"….</summary>
    private static List<string> WarmUpQueries(SearchResult everything) =>
    [
        .. everything.Facets.Values.Select(values => values.FirstOrDefault()?.Value).OfType<string>()
            .SelectMany(value => Enumerable.Range(1, value.Length).Select(length => value[..length])),
    ];

    /// <summary>The query bar changed: searched at once, as typed (an open quote closed, the last word a prefix too).</summary>
    public void SetQueryText(string text)
    {
        if (text == Criteria.QueryText) return;
        Search(Criteria with { QueryText = text, AsTyped = true }, null);
    }

    /// <summary>
    /// Enter in the query bar: the words are read as written, as the command line and a saved query read them (the
    /// last word no longer finds the words it begins), until the next key in the bar.
    /// </summary>
    public void Settle()
    {
        if (Criteria.AsTyped) Search(Criteria with { AsTyped = false }, _seenBefore);
    }

    /// <summary>Ctrl+L: the same search again, which also moves to a build or an update of the index made since the last one.</summary>
    public void SearchAgain() => Search(Criteria, _seenBefore);

    /// <summary>
    /// A search moved to a newer build or commit of the index (see <see cref="FollowingSearchSession.Followed"/>): the
    /// status line says so when that search's results are shown. Any thread.
    /// </summary>
    public void IndexFollowed(FollowedIndex followed) => Interlocked.Exchange(ref _followedNotice, followed.NewBuild
        ? $"the index was rebuilt: searching the new build ({Counted.Of(followed.Articles, "article")})"
        : $"the index was updated: searching its latest state ({Counted.Of(followed.Articles, "article")})");

    public void ToggleFacet(FacetDimension dimension, string value) => Search(Criteria.Toggle(dimension, value), _seenBefore);

    public void ClearFilters()
    {
        if (Criteria.HasFilters) Search(Criteria.WithoutFilters(), _seenBefore);
    }

    public void ToggleSort() => Search(Criteria.WithOtherSort(), _seenBefore);

    public void ToggleCollapse() => Search(Criteria with { Collapse = !Criteria.Collapse }, _seenBefore);

    /// <summary>Shows other criteria (a saved query, a query from history); hits outside <paramref name="seen"/> are drawn as new.</summary>
    public void Show(SearchCriteria criteria, IReadOnlySet<string>? seen = null) => Search(criteria, seen);

    /// <summary>Shows a result found elsewhere (a saved query's run) as if it had been searched for here.</summary>
    /// <param name="newInAll">How many of all its hits are new (not only of those found so far), when that was counted.</param>
    public void Show(SearchCriteria criteria, SearchResult found, IReadOnlySet<string>? seen, int? newInAll = null)
    {
        Criteria = criteria;
        IsSearching = true;
        Notice = null;
        // Through the lane, so a search still waiting to run cannot replace it.
        _queryLane.Run(() => new SearchOutcome(found, null),
            outcome => Apply(criteria, seen, outcome, newInAll, recordHits: false));
    }

    /// <summary>
    /// The hits shown for the criteria now in force are those of a saved query's run (or of the search it was saved
    /// from), which has recorded the hits it found as seen: the hits loaded for them from now on (a page further down,
    /// End, the same search again) are passed to <paramref name="record"/> too, so the next run does not report them as
    /// new, until other criteria are shown. <paramref name="record"/> returns what went wrong, or null.
    /// </summary>
    public void RecordShownHits(Func<IReadOnlyList<SearchHit>, string?> record) => _recorder = new ShownRecorder(Criteria, record);

    private sealed record ShownRecorder(SearchCriteria Criteria, Func<IReadOnlyList<SearchHit>, string?> Record);

    /// <summary>Records <paramref name="hits"/>, now shown for <paramref name="criteria"/>, when a saved query's run shows them.</summary>
    private void RecordShown(SearchCriteria criteria, IReadOnlyList<SearchHit> hits)
    {
        if (_recorder is not { } recorder || recorder.Criteria != criteria || hits.Count == 0) return;
        if (recorder.Record(hits) is { } problem)
        {
            Notice = problem;
            NoticeIsError = true;
        }
    }

    /// <summary>A search with the console's page, facet, snippet and collapse settings, for work that searches on its own.</summary>
    public SearchResult SearchAsShown(SearchRequest request) =>
        _searcher.Search(request with { FacetTopN = FacetTopN, SnippetsPerHit = SnippetsPerHit, Collapse = Criteria.Collapse });

    /// <summary>Loads the next page when <paramref name="selected"/> comes near the end of what is loaded.</summary>
    public void LoadMoreNear(int selected)
    {
        if (selected >= Results.Count - LoadAhead) LoadNext(PageSize, loaded: null);
    }

    /// <summary>
    /// The most hits End loads at once to reach the last hit: each costs its stored article and snippets, so past these
    /// End reaches the last loaded, and pressed again the next ones.
    /// </summary>
    public const int MostLoadedForEnd = 1000;

    /// <summary>
    /// Loads the hits not loaded yet (at most <see cref="MostLoadedForEnd"/>) in one request, then calls
    /// <paramref name="loaded"/>, so End goes to the last hit rather than the last of the pages loaded so far.
    /// </summary>
    public void LoadRest(Action loaded)
    {
        if (!LoadNext(Math.Min(Results.Result.Total - Results.Count, MostLoadedForEnd), loaded)) loaded();
    }

    /// <summary>
    /// Asks for the next <paramref name="count"/> hits of the list shown and appends them when they come, unless a page
    /// is on its way already or none are left; false when it asked for none.
    /// </summary>
    private bool LoadNext(int count, Action? loaded)
    {
        var list = Results;
        if (_loadingMore || !list.HasMore) return false;
        _loadingMore = true;
        var request = list.Criteria.ToRequest(list.Count, count, FacetTopN, SnippetsPerHit);
        _pageLane.Run(() => SearchOutcome.Of(() => _searcher.Search(request)), outcome =>
        {
            _loadingMore = false;
            if (!ReferenceEquals(list, Results) || outcome.Result is not { } page) return;
            list.Append(page.Hits);
            RecordShown(list.Criteria, page.Hits);
            Changed?.Invoke();
            loaded?.Invoke();
        });
        return true;
    }

    /// <summary>One snippet line per hit on short terminals, two on tall ones.</summary>
    public void UseSnippetLines(int lines)
    {
        if (lines == SnippetLines) return;
        SnippetLines = lines;
        Results = Results.WithSnippetLines(lines);
        Changed?.Invoke();
    }

    /// <summary>
    /// The results pane has <paramref name="rows"/> rows: a search asks only for the hits of two screenfuls (so
    /// a page down finds its hits loaded), not a whole page, as every hit costs its stored article and snippets on
    /// each keystroke; the rest load as the user scrolls, or at once when a taller pane shows more than are loaded.
    /// </summary>
    public void UseResultRows(int rows)
    {
        if (rows == _resultRows) return;
        _resultRows = rows;
        if (Screenful is { } shown) LoadMoreNear(shown - 1);
    }

    /// <summary>Hits the first page of a search asks for: two screenfuls and at least the look-ahead, a whole page until the pane's size is known.</summary>
    private int FirstPageSize => Screenful is { } shown ? Math.Min(PageSize, shown + Math.Max(shown, LoadAhead)) : PageSize;

    /// <summary>Hits the results pane shows, the last maybe in part; null until its size is known.</summary>
    private int? Screenful => _resultRows is { } rows ? (rows + HitLayout.Height(SnippetLines) - 1) / HitLayout.Height(SnippetLines) : null;

    /// <summary>Shows <paramref name="message"/> on the status line until the next search or notice; null clears it.</summary>
    public void Notify(string? message, bool isError = false)
    {
        Notice = message;
        NoticeIsError = isError;
        Changed?.Invoke();
    }

    /// <summary>The left of the status line: how many hits, stories and articles (see <see cref="ResultCounts"/>), and how long the search took.</summary>
    public string Summary()
    {
        var result = Results.Result;
        var text = ResultCounts.Of(result) + $" · {result.TookMs.ToString("0", CultureInfo.InvariantCulture)} ms";
        if (NewCountText() is { } fresh) text += $" · {fresh}";
        // With nothing found the result list offers the respelling itself.
        if (result.Suggestion is { } suggestion && result.Total > 0)
            text += $" · did you mean {suggestion.QueryText}? {Counted.Of(suggestion.Articles, "article")}, F7";
        // A cluster that answered without some of its shards: the counts shown may be short.
        if (result.Warnings is [var warning, ..]) text += " · ⚠ " + warning;
        return IsSearching ? text + " · searching…" : text;
    }

    /// <summary>
    /// How many hits are new, counted over all of them when that was done (a saved query's run does), else over those
    /// loaded, which is the least there are while more are still to load; null when none is new, or nothing is new to
    /// anything (0 new is news only when counted over every hit).
    /// </summary>
    private string? NewCountText()
    {
        if (Results.NewInAll is { } all) return $"{all.ToString("N0", CultureInfo.InvariantCulture)} new";
        var loaded = Results.NewCount;
        if (loaded == 0) return null;
        var count = loaded.ToString("N0", CultureInfo.InvariantCulture);
        return Results.HasMore ? $"at least {count} new" : $"{count} new";
    }

    /// <summary>
    /// The line under the query: the problem with the query, or the order, copies and filters in force. With
    /// <paramref name="caretAt"/> (the screen column under the problem's column in the query bar), a caret points there.
    /// </summary>
    public StyledLine CriteriaLine(int width, int? caretAt = null) => CriteriaLine(width, width, caretAt);

    /// <summary>Rows the line under the query may grow to, so a long query problem is read whole.</summary>
    public const int MaxCriteriaRows = 2;

    /// <summary>The line under the query, folded onto up to <see cref="MaxCriteriaRows"/> rows when it does not fit one.</summary>
    public IReadOnlyList<StyledLine> CriteriaLines(int width, int? caretAt = null) =>
        Folding.Fold(CriteriaLine(Folding.Unfolded, width, caretAt), width, MaxCriteriaRows);

    /// <param name="rowWidth">The width of the screen row, which the caret must point within.</param>
    private StyledLine CriteriaLine(int width, int rowWidth, int? caretAt)
    {
        var line = new LineBuilder(width);
        if (Problem is { } problem)
        {
            if (problem.Column is not null && caretAt is { } caret && caret >= 0 && caret < rowWidth / 2)
                line.PadTo(caret).Add("^ ", Ink.Error);
            else line.Add("✗ ", Ink.Error);
            line.Add(problem.Message, Ink.Error);
            if (problem.Column is { } column && !problem.Message.Contains("column", StringComparison.OrdinalIgnoreCase))
                line.Add($" (column {column.ToString(CultureInfo.InvariantCulture)})", Ink.Error);
            return Results.QueryCannotRun ? line.Build() : line.Add(" · showing the last results", Ink.Faint).Build();
        }
        line.Add(Criteria.Sort == SortOrder.Relevance ? "by relevance" : "newest first", Ink.Meta)
            .Add(" · ", Ink.Faint)
            .Add(Criteria.Collapse ? "one per story" : "every copy", Ink.Meta)
            .Add(" · ", Ink.Faint);
        if (!Criteria.HasFilters) return line.Add("no filters", Ink.Faint).Build();
        var first = true;
        foreach (var dimension in ArticleSchema.FacetDimensions)
        {
            var picked = Criteria.Selected(dimension);
            if (picked.Count == 0) continue;
            if (!first) line.Add(" and ", Ink.Faint);
            first = false;
            line.Add(dimension.Label.ToLowerInvariant() + ": ", Ink.Faint).Add(string.Join(" or ", picked), Ink.Chosen);
        }
        return line.Build();
    }

    private const int SnippetsPerHit = 2;

    private void Search(SearchCriteria criteria, IReadOnlySet<string>? seen)
    {
        Criteria = criteria;
        IsSearching = true;
        Notice = null;
        Changed?.Invoke();
        var request = criteria.ToRequest(0, FirstPageSize, FacetTopN, SnippetsPerHit);
        _queryLane.Run(() => SearchOutcome.Of(() => _searcher.Search(request)),
            outcome => Apply(criteria, seen, outcome, newInAll: null, recordHits: true));
    }

    /// <param name="recordHits">
    /// The hits are recorded as shown by a saved query's run when its criteria are in force; false when the run recorded them.
    /// </param>
    private void Apply(SearchCriteria criteria, IReadOnlySet<string>? seen, SearchOutcome outcome, int? newInAll, bool recordHits)
    {
        IsSearching = false;
        Problem = outcome.Problem;
        if (Interlocked.Exchange(ref _followedNotice, null) is { } followed) Notice = followed;
        if (outcome.Result is { } result)
        {
            _seenBefore = seen;
            _loadingMore = false;
            if (_recorder?.Criteria != criteria) _recorder = null;
            Results = new ResultList(criteria, result, SnippetLines, seen) { NewInAll = seen is null ? null : newInAll };
            if (recordHits) RecordShown(criteria, result.Hits);
            Facets = new FacetPanel(result, criteria, ValuesPerDimension);
            Timeline = Timeline.From(result.Facets.GetValueOrDefault(FacetDimension.Date.Field) ?? []);
        }
        else if (outcome.Problem is not null && string.IsNullOrWhiteSpace(Results.Criteria.QueryText))
        {
            _seenBefore = null;
            Results = ResultList.CannotRun(criteria, SnippetLines);
            Facets = new FacetPanel(null, criteria, ValuesPerDimension);
            Timeline = Timeline.From([]);
        }
        Changed?.Invoke();
    }

}
