using SearchEngine.Indexing.Extraction;
using SearchEngine.Indexing.Extraction.People;

namespace SearchEngine.Indexing.Schema;

/// <summary>What a dimension's values are, which decides how a selection is read and matched and how counts are shown.</summary>
public enum FacetValues
{
    /// <summary>Names taken as written: a selection is the exact value, counts are per value.</summary>
    Exact,
    /// <summary>Days (yyyy-MM-dd): a selection may name a month (yyyy-MM) for all its days, and counts over a long span roll up to months.</summary>
    Days,
}

/// <summary>A command-line option that selects a dimension's values (<c>--outlet NAME</c>, repeatable for any of several).</summary>
public sealed record FilterOption(string Name, string Description);

/// <summary>
/// One facet dimension: the keyword field holding its values (an indexed term for drill-down, SortedSetDocValues for
/// counting), the one label it is shown under, what its values are, which values an article has, and what a selection
/// is called outside the index. The indexer writes and the query side counts, filters, saves and shows from these
/// alone, so a new dimension is one more of them in <see cref="ArticleSchema.FacetDimensions"/>.
/// </summary>
public sealed record FacetDimension(string Field, string Label, FacetValues Values, Func<Article, IEnumerable<string>> ValuesOf)
{
    public static readonly FacetDimension Outlet = new(ArticleSchema.Outlet, "Outlet", FacetValues.Exact, a => a.Outlet is { } outlet ? [outlet] : [])
    {
        SameValues = OutletSpellings.Find,
        SelectionName = "outlets",
        Option = new FilterOption("outlet", "Only articles from this outlet; repeat for any of several"),
    };

    /// <summary>Filtered from the command line by --from and --to instead of an option of its own.</summary>
    public static readonly FacetDimension Date = new(ArticleSchema.Date, "Date", FacetValues.Days, a => a.Published is { } date ? [date.Day] : [])
    {
        SelectionName = "dates",
    };

    public static readonly FacetDimension People = new(ArticleSchema.People, "People", FacetValues.Exact, a => a.People)
    {
        ManyValues = true,
        SameValues = PersonAliases.Find,
        SelectionName = "people",
        Option = new FilterOption("person", "Only articles mentioning this person; repeat for any of several"),
    };

    /// <summary>What a selection of its values is saved under (the saved-queries file's key); the field's name unless declared.</summary>
    public string SelectionName { get; init; } = Field;

    /// <summary>The command-line option that selects its values, or null when it has none.</summary>
    public FilterOption? Option { get; init; }

    /// <summary>Whether an article may have several values (a list), rather than at most one.</summary>
    public bool ManyValues { get; init; }

    /// <summary>
    /// Which values name the same thing across the collection, given what the collection says of them (each value's texts,
    /// copies of one wire story counting once so they do not pass for fifty sources, and the company values keep): each
    /// merged value and the value it is counted, selected and shown under (never itself merged). Null when every value
    /// stands alone. Worked out at each commit of an index (<see cref="FacetMerges"/>), so a merge follows the collection
    /// as it grows.
    /// </summary>
    public Func<CollectionValues, IReadOnlyDictionary<string, string>>? SameValues { get; init; }
}
