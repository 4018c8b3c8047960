using Lucene.Net.Index;
using SearchEngine.Indexing.Schema;

namespace SearchEngine.Querying.Search.Facets;

/// <summary>What facet counting needs to know about one open reader, built once when it opens.</summary>
internal sealed class FacetReaderState
{
    private readonly Dictionary<string, DimensionOrdinals> dimensions;

    private FacetReaderState(Dictionary<string, DimensionOrdinals> dimensions, DateCalendar calendar)
    {
        this.dimensions = dimensions;
        Calendar = calendar;
    }

    /// <summary>The schema's facet dimensions, in its order.</summary>
    public IEnumerable<DimensionOrdinals> Dimensions => ArticleSchema.FacetDimensions.Select(d => dimensions[d]);

    public DateCalendar Calendar { get; }

    public DimensionOrdinals this[string dimension] => dimensions[dimension];

    public static FacetReaderState Build(IndexReader reader)
    {
        var dimensions = ArticleSchema.FacetDimensions.ToDictionary(d => d, d => DimensionOrdinals.Build(reader, d), StringComparer.Ordinal);
        return new FacetReaderState(dimensions, new DateCalendar(dimensions[ArticleSchema.Date]));
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
