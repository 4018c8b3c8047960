using Lucene.Net.Index;
using SearchEngine.Indexing.Schema;

namespace SearchEngine.Querying.Search.Facets;

/// <summary>What facet counting needs to know about one open reader, built once when it opens.</summary>
internal sealed class FacetReaderState
{
    private readonly Dictionary<string, DimensionOrdinals> dimensions;
    private readonly Dictionary<string, int[]> everyDocumentCounts;

    private FacetReaderState(Dictionary<string, DimensionOrdinals> dimensions, DateCalendar calendar, Dictionary<string, int[]> everyDocumentCounts)
    {
        this.dimensions = dimensions;
        Calendar = calendar;
        this.everyDocumentCounts = everyDocumentCounts;
    }

    /// <summary>The schema's facet dimensions, in its order.</summary>
    public IEnumerable<DimensionOrdinals> Dimensions => ArticleSchema.FacetDimensions.Select(d => dimensions[d]);

    public DateCalendar Calendar { get; }

    public DimensionOrdinals this[string dimension] => dimensions[dimension];

    public static FacetReaderState Build(IndexReader reader)
    {
        var dimensions = ArticleSchema.FacetDimensions.ToDictionary(d => d, d => DimensionOrdinals.Build(reader, d), StringComparer.Ordinal);
        var live = MultiFields.GetLiveDocs(reader);
        var everyDocumentCounts = dimensions.ToDictionary(d => d.Key, d => CountEveryLiveDocument(d.Value, reader.MaxDoc, live), StringComparer.Ordinal);
        return new FacetReaderState(dimensions, new DateCalendar(dimensions[ArticleSchema.Date]), everyDocumentCounts);
    }

    /// <summary>
    /// The dimension's counts over every article in the reader, as a match-all query with no other selection counts
    /// them; worked out once because counting them per query visits every document. A fresh copy per call.
    /// </summary>
    public int[] CountsOverEveryDocument(string dimension) => (int[])everyDocumentCounts[dimension].Clone();

    private static int[] CountEveryLiveDocument(DimensionOrdinals dimension, int maxDoc, Lucene.Net.Util.IBits? live)
    {
        var counts = new int[dimension.ValueCount];
        for (var doc = 0; doc < maxDoc; doc++)
            if (live is null || live.Get(doc)) dimension.Documents.CountInto(counts, doc);
        return counts;
    }

    /// <summary>Sorted global ordinals of the selected values; a month selected on the date dimension stands for its days.</summary>
    public int[] OrdinalsOf(string dimension, IEnumerable<string> values)
    {
        var ordinals = dimension == ArticleSchema.Date
            ? values.SelectMany(Calendar.OrdinalsOf)
            : values.Select(dimensions[dimension].Find).Where(o => o >= 0);
        return ordinals.Distinct().Order().ToArray();
    }
}
