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
    public static Filter? ToFilter(FacetFilters filters)
    {
        var all = new BooleanQuery();
        AddAnyOf(all, filters.Outlets.Select(v => Term(ArticleSchema.Outlet, v)));
        AddAnyOf(all, filters.People.Select(v => Term(ArticleSchema.People, v)));
        AddAnyOf(all, filters.Dates.Select(DayOrMonth));
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

    private static TermQuery Term(string field, string value) => new(new Term(field, value));

    /// <summary>A day is its own term; a month (yyyy-MM) is every day term under it.</summary>
    private static LuceneQuery DayOrMonth(string value) =>
        value.Length == "yyyy-MM".Length
            ? new PrefixQuery(new Term(ArticleSchema.Date, value + "-"))
            : Term(ArticleSchema.Date, value);
}
