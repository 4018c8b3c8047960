using SearchEngine.Indexing.Schema;
using SearchEngine.Querying.Search;

namespace SearchEngine.Querying.Tui.Models;

/// <summary>Everything the user has asked for: the words, the facet values picked, the order, and whether copies collapse.</summary>
public sealed record SearchCriteria
{
    public string QueryText { get; init; } = "";
    public FacetFilters Filters { get; init; } = FacetFilters.None;
    public SortOrder Sort { get; init; } = SortOrder.Relevance;
    public bool Collapse { get; init; } = true;

    /// <summary>The words come from the query bar as typed (see <see cref="SearchRequest.AsTyped"/>), not from a saved query.</summary>
    public bool AsTyped { get; init; }

    public static readonly SearchCriteria Start = new();

    public bool HasFilters => Filters.HasSelections() || Filters.From is not null || Filters.To is not null;

    public SearchRequest ToRequest(int offset, int limit, int facetTopN, int snippets) => new()
    {
        QueryText = QueryText,
        Filters = Filters,
        Sort = Sort,
        Collapse = Collapse,
        AsTyped = AsTyped,
        Offset = offset,
        Limit = limit,
        FacetTopN = facetTopN,
        SnippetsPerHit = snippets,
    };

    public IReadOnlyList<string> Selected(FacetDimension dimension) => Filters.Selected(dimension);

    public bool IsSelected(FacetDimension dimension, string value) => Selected(dimension).Contains(value, StringComparer.Ordinal);

    /// <summary>Picks <paramref name="value"/> if it was not picked, drops it if it was: values of one dimension are ORed.</summary>
    public SearchCriteria Toggle(FacetDimension dimension, string value)
    {
        var current = Selected(dimension);
        IReadOnlyList<string> next = IsSelected(dimension, value)
            ? [.. current.Where(v => !string.Equals(v, value, StringComparison.Ordinal))]
            : [.. current, value];
        return this with { Filters = Filters.With(dimension, next) };
    }

    public SearchCriteria WithoutFilters() => this with { Filters = FacetFilters.None };

    public SearchCriteria WithOtherSort() => this with { Sort = Sort == SortOrder.Relevance ? SortOrder.Date : SortOrder.Relevance };
}
