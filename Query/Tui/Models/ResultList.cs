using SearchEngine.Indexing.Cli;
using SearchEngine.Querying.Display;
using SearchEngine.Querying.Search;

namespace SearchEngine.Querying.Tui.Models;

/// <summary>
/// The hits loaded so far for one set of criteria, page after page as the user scrolls, with the totals of the search
/// that found them. Hits a saved query's previous run did not return are drawn as new.
/// </summary>
public sealed class ResultList : IItemSource
{
    private readonly List<SearchHit> _hits;
    private readonly IReadOnlySet<string>? _seenBefore;
    private bool _cannotRun;

    public ResultList(SearchCriteria criteria, SearchResult result, int snippetLines, IReadOnlySet<string>? seenBefore = null)
    {
        Criteria = criteria;
        Result = result;
        _hits = [.. result.Hits];
        SnippetLines = snippetLines;
        _seenBefore = seenBefore;
    }

    public static ResultList Empty(int snippetLines) => Nothing(SearchCriteria.Start, snippetLines);

    /// <summary>No hits, for <paramref name="criteria"/> whose query cannot run: the list says so, not that nothing matches.</summary>
    public static ResultList CannotRun(SearchCriteria criteria, int snippetLines)
    {
        var list = Nothing(criteria, snippetLines);
        list._cannotRun = true;
        return list;
    }

    private static ResultList Nothing(SearchCriteria criteria, int snippetLines) => new(criteria,
        new SearchResult
        {
            QueryText = criteria.QueryText, Total = 0, TookMs = 0, Hits = [], Facets = new Dictionary<string, IReadOnlyList<FacetValue>>(),
        },
        snippetLines);

    /// <summary>The criteria these hits answer (the query bar may already hold something newer).</summary>
    public SearchCriteria Criteria { get; }

    /// <summary>The first page's search: totals, time taken and facet counts.</summary>
    public SearchResult Result { get; }

    public IReadOnlyList<SearchHit> Hits => _hits;

    /// <summary>The list stands for a query that cannot run (see <see cref="CannotRun"/>), not for the last one that could.</summary>
    public bool QueryCannotRun => _cannotRun;

    public int SnippetLines { get; }

    public bool HasMore => _hits.Count < Result.Total;

    /// <summary>Items in the list: the hits, or one note saying there are none.</summary>
    public int Count => Math.Max(1, _hits.Count);

    public int ItemHeight => HitLayout.Height(SnippetLines);

    public bool IsSelectable(int item) => _hits.Count > 0;

    public bool IsNew(SearchHit hit) => _seenBefore is not null && !_seenBefore.Contains(hit.Id);

    /// <summary>How many of the hits loaded are new.</summary>
    public int NewCount => _seenBefore is null ? 0 : _hits.Count(IsNew);

    /// <summary>How many of all the hits, loaded or not, are new, when that was counted (a saved query's run counts them).</summary>
    public int? NewInAll { get; init; }

    public IReadOnlyList<StyledLine> Render(int item, int width) =>
        _hits.Count == 0 ? NoHits(width) : HitLayout.Lines(_hits[item], width, SnippetLines, IsNew(_hits[item]));

    private IReadOnlyList<StyledLine> NoHits(int width)
    {
        var lines = _cannotRun ? new List<StyledLine>
        {
            new LineBuilder(width).Add("The query cannot run: what is wrong is under the query bar.", Ink.Title).Build(),
            new LineBuilder(width).Add("Ctrl+U empties the bar, which shows every article again.", Ink.Faint).Build(),
        } : new List<StyledLine>
        {
            new LineBuilder(width).Add(Criteria.HasFilters ? "No article matches the query and the filters." : "No article matches the query.", Ink.Title).Build(),
            // What the search itself says (a query of stop words alone) is why; the general advice would mislead.
            new LineBuilder(width).Add(Result.Warnings is [var why, ..] ? TerminalText.Capitalised(why) + "."
                : Criteria.HasFilters ? "F4 clears the filters; fewer words or OR find more." : "Fewer words, OR, or a shorter word* find more.",
                Ink.Faint).Build(),
        };
        if (Result.Suggestion is { } suggestion)
            lines.Insert(1, new LineBuilder(width).Add("Did you mean ", Ink.Plain).Add(suggestion.QueryText, Ink.Chosen)
                .Add($"? {Counted.Of(suggestion.Articles, "article")} · F7 searches it", Ink.Faint).Build());
        while (lines.Count < ItemHeight) lines.Add(StyledLine.Empty);
        return lines;
    }

    /// <summary>
    /// The position of the hit <paramref name="step"/> places from the hit with id <paramref name="id"/> among those
    /// loaded, or null when there is none that far (or the hit is no longer listed).
    /// </summary>
    public int? Neighbour(string id, int step)
    {
        var at = _hits.FindIndex(hit => hit.Id == id);
        return at < 0 || at + step < 0 || at + step >= _hits.Count ? null : at + step;
    }

    /// <summary>A further page of the same search.</summary>
    public void Append(IReadOnlyList<SearchHit> more) => _hits.AddRange(more);

    /// <summary>The same hits laid out with another number of snippet lines (when the terminal is resized).</summary>
    public ResultList WithSnippetLines(int lines) =>
        new(Criteria, Result with { Hits = _hits }, lines, _seenBefore) { _cannotRun = _cannotRun, NewInAll = NewInAll };
}
