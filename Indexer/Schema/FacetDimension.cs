using SearchEngine.Indexing.Extraction;

namespace SearchEngine.Indexing.Schema;

/// <summary>What a dimension's values are, which decides how a selection is read and matched and how counts are shown.</summary>
public enum FacetValues
{
    /// <summary>Names taken as written: a selection is the exact value, counts are per value.</summary>
    Exact,
    /// <summary>Days (yyyy-MM-dd): a selection may name a month (yyyy-MM) for all its days, and counts over a long span roll up to months.</summary>
    Days,
}

/// <summary>
/// One facet dimension: the keyword field holding its values (an indexed term for drill-down, SortedSetDocValues for
/// counting), the one label it is shown under, what its values are, and which values an article has. The indexer
/// writes and the query side counts, filters and shows from these alone, so a new dimension is one more of them in
/// <see cref="ArticleSchema.FacetDimensions"/>.
/// </summary>
public sealed record FacetDimension(string Field, string Label, FacetValues Values, Func<Article, IEnumerable<string>> ValuesOf)
{
    public static readonly FacetDimension Outlet = new(ArticleSchema.Outlet, "Outlet", FacetValues.Exact, a => a.Outlet is { } outlet ? [outlet] : []);
    public static readonly FacetDimension Date = new(ArticleSchema.Date, "Date", FacetValues.Days, a => a.Published is { } date ? [date.Day] : []);
    public static readonly FacetDimension People = new(ArticleSchema.People, "People", FacetValues.Exact, a => a.People);
}
