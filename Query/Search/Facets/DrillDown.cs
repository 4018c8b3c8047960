using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchEngine.Indexing.Schema;
using SearchEngine.Querying.Search.Parsing;
using LuceneQuery = Lucene.Net.Search.Query;

namespace SearchEngine.Querying.Search.Facets;

/// <summary>
/// Facet filters as plain Lucene filters over the indexed terms: values ORed within a dimension, dimensions ANDed,
/// From/To as a range on the publication time. The searcher applies the value selections while counting instead
/// (see <see cref="MultiSelectFacetCollector"/>); this form serves a bare Lucene search that must return the same hits.
/// </summary>
public static class DrillDown
{
    /// <summary>The filter for all of <paramref name="filters"/>, or null when they select nothing.</summary>
    /// <param name="dimensions">The dimensions whose selections count; the schema's unless a caller declares others.</param>
    /// <param name="valuesSelectedBy">The values a selected value stands for, where a dimension merges values; each value alone when null.</param>
    public static Filter? ToFilter(FacetFilters filters, IReadOnlyList<FacetDimension>? dimensions = null,
        Func<FacetDimension, string, IEnumerable<string>>? valuesSelectedBy = null)
    {
        var all = new BooleanQuery();
        foreach (var dimension in dimensions ?? ArticleSchema.FacetDimensions)
            AddAnyOf(all, filters.Selected(dimension)
                .SelectMany(value => valuesSelectedBy?.Invoke(dimension, value) ?? [value])
                .Distinct(StringComparer.Ordinal)
                .Select(value => Matching(dimension, value)));
        if (PublishedBetween(filters) is { } range) all.Add(range, Occur.MUST);
        return all.Clauses.Count == 0 ? null : new QueryWrapperFilter(all);
    }

    /// <summary>Only the From/To range, or null when both ends are open.</summary>
    public static Filter? ToDateRangeFilter(FacetFilters filters) =>
        PublishedBetween(filters) is { } range ? new QueryWrapperFilter(range) : null;

    private static LuceneQuery? PublishedBetween(FacetFilters filters) =>
        filters.From is null && filters.To is null
            ? null
            : DatePeriod.Between(
                filters.From is { } from ? new DatePeriod(from, from) : null,
                filters.To is { } to ? new DatePeriod(to, to) : null);

    private static void AddAnyOf(BooleanQuery all, IEnumerable<LuceneQuery> values)
    {
        var any = new BooleanQuery();
        foreach (var value in values) any.Add(value, Occur.SHOULD);
        if (any.Clauses.Count > 0) all.Add(any, Occur.MUST);
    }

    /// <summary>A value is its own term, except that a month (yyyy-MM) of a dimension of days is every day term under it.</summary>
    private static LuceneQuery Matching(FacetDimension dimension, string value) =>
        IsMonth(dimension, value)
            ? new PrefixQuery(new Term(dimension.Field, MonthPrefix(value)))
            : new TermQuery(new Term(dimension.Field, value));

    /// <summary>Whether a selected value is a month (yyyy-MM) of a dimension of days, which stands for each of its days.</summary>
    internal static bool IsMonth(FacetDimension dimension, string value) =>
        dimension.Values == FacetValues.Days && value.Length == "yyyy-MM".Length;

    /// <summary>What the days of a month begin with.</summary>
    internal static string MonthPrefix(string month) => month + "-";
}
