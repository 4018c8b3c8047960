using Lucene.Net.Index;
using SearchEngine.Indexing.Schema;

namespace SearchEngine.Querying.Search.Facets;

/// <summary>What facet counting needs to know about one open reader, built once when it opens.</summary>
internal sealed class FacetReaderState
{
    private readonly Dictionary<string, DimensionOrdinals> _ordinals;
    private readonly Dictionary<string, DateCalendar> _calendars;
    private readonly Dictionary<string, int[]> _everyDocumentCounts;

    private FacetReaderState(IReadOnlyList<FacetDimension> dimensions, Dictionary<string, DimensionOrdinals> ordinals,
        Dictionary<string, DateCalendar> calendars, Dictionary<string, int[]> everyDocumentCounts)
    {
        Dimensions = dimensions;
        _ordinals = ordinals;
        _calendars = calendars;
        _everyDocumentCounts = everyDocumentCounts;
    }

    /// <summary>The dimensions counted, in the order they are shown.</summary>
    public IReadOnlyList<FacetDimension> Dimensions { get; }

    public DimensionOrdinals this[FacetDimension dimension] => _ordinals[dimension.Field];

    /// <summary>The days and months of a <see cref="FacetValues.Days"/> dimension; null for any other.</summary>
    public DateCalendar? CalendarOf(FacetDimension dimension) => _calendars.GetValueOrDefault(dimension.Field);

    /// <param name="dimensions">The dimensions to count; the schema's unless a caller declares others.</param>
    public static FacetReaderState Build(IndexReader reader, IReadOnlyList<FacetDimension>? dimensions = null)
    {
        dimensions ??= ArticleSchema.FacetDimensions;
        var commitData = (reader as DirectoryReader)?.IndexCommit.UserData ?? new Dictionary<string, string>();
        var ordinals = dimensions.ToDictionary(d => d.Field, d => DimensionOrdinals.Build(reader, d.Field, FacetMerges.Of(commitData, d)), StringComparer.Ordinal);
        var calendars = dimensions
            .Select(d => (d.Field, Calendar: FacetSummary.CalendarFor(d, ordinals[d.Field])))
            .Where(c => c.Calendar is not null)
            .ToDictionary(c => c.Field, c => c.Calendar!, StringComparer.Ordinal);
        var live = MultiFields.GetLiveDocs(reader);
        var everyDocumentCounts = ordinals.ToDictionary(d => d.Key, d => CountEveryLiveDocument(d.Value, reader.MaxDoc, live), StringComparer.Ordinal);
        return new FacetReaderState(dimensions, ordinals, calendars, everyDocumentCounts);
    }

    /// <summary>
    /// The dimension's counts over every article in the reader, as a match-all query with no other selection counts
    /// them; worked out once because counting them per query visits every document. A fresh copy per call.
    /// </summary>
    public int[] CountsOverEveryDocument(string field) => (int[])_everyDocumentCounts[field].Clone();

    private static int[] CountEveryLiveDocument(DimensionOrdinals dimension, int maxDoc, Lucene.Net.Util.IBits? live)
    {
        var counts = new int[dimension.ValueCount];
        for (var doc = 0; doc < maxDoc; doc++)
            if (live is null || live.Get(doc)) dimension.Documents.CountInto(counts, doc);
        return counts;
    }

    /// <summary>The values a selected value selects: itself, and the values merged with it (see <see cref="FacetMerges"/>).</summary>
    public IEnumerable<string> ValuesSelectedBy(FacetDimension dimension, string value) =>
        _ordinals.TryGetValue(dimension.Field, out var ordinals) && ordinals.Find(value) is >= 0 and var ord ? ordinals.ValuesCountedAs(ord) : [value];

    /// <summary>
    /// The values of a dimension's field merged into the value those words name
    /// (see <see cref="DimensionOrdinals.MergedIntoValueWorded"/>); none for a field not counted.
    /// </summary>
    public IReadOnlyList<string> MergedIntoValueWorded(string field, string words) =>
        _ordinals.TryGetValue(field, out var ordinals) ? ordinals.MergedIntoValueWorded(words) : [];

    /// <summary>An article's values by field as the facets count them: a merged value as the value it is counted under, once.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> AsCounted(IReadOnlyDictionary<string, IReadOnlyList<string>> valuesByField) =>
        valuesByField.ToDictionary(
            field => field.Key,
            field => _ordinals.TryGetValue(field.Key, out var ordinals) && ordinals.MergesValues
                ? (IReadOnlyList<string>)[.. field.Value.Select(v => ordinals.Find(v) is >= 0 and var ord ? ordinals.ValueOf(ord) : v).Distinct(StringComparer.Ordinal)]
                : field.Value,
            StringComparer.Ordinal);

    /// <summary>Sorted global ordinals of the selected values; a month selected on a dimension of days stands for its days.</summary>
    public int[] OrdinalsOf(FacetDimension dimension, IEnumerable<string> values)
    {
        var selected = CalendarOf(dimension) is { } calendar
            ? values.SelectMany(calendar.OrdinalsOf)
            : values.Select(this[dimension].Find).Where(o => o >= 0);
        return selected.Distinct().Order().ToArray();
    }
}
