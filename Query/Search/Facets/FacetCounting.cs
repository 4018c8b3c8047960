using SearchEngine.Indexing.Schema;

namespace SearchEngine.Querying.Search.Facets;

/// <summary>Sets up one query's facet counting from the user's selections and turns the counts into the values shown.</summary>
internal static class FacetCounting
{
    /// <summary>Matching documents spread over more days than this get their date counts by month (yyyy-MM).</summary>
    public const int MaxDaySpanForDays = 62;

    public static List<DimensionCounter> CreateCounters(FacetReaderState state, FacetFilters filters) =>
        [.. state.Dimensions.Select(d => new DimensionCounter(d,
            Selected(filters, d.Field) is { Count: > 0 } values ? state.OrdinalsOf(d.Field, values) : null))];

    public static Dictionary<string, IReadOnlyList<FacetValue>> Summarize(FacetReaderState state, IEnumerable<DimensionCounter> counters, int topN)
    {
        var facets = new Dictionary<string, IReadOnlyList<FacetValue>>(StringComparer.Ordinal);
        foreach (var counter in counters)
        {
            var ordinals = counter.Ordinals;
            facets[ordinals.Field] = ordinals.Field == ArticleSchema.Date && state.Calendar.SpanInDays(counter.Counts) > MaxDaySpanForDays
                ? [.. TopCounts.Select(state.Calendar.MonthCounts(counter.Counts), topN).Select(t => new FacetValue(state.Calendar.Months[t.Index], t.Count))]
                : [.. TopCounts.Select(counter.Counts, topN).Select(t => new FacetValue(ordinals.ValueOf(t.Index), t.Count))];
        }
        return facets;
    }

    private static IReadOnlyList<string> Selected(FacetFilters filters, string dimension) => dimension switch
    {
        ArticleSchema.Outlet => filters.Outlets,
        ArticleSchema.People => filters.People,
        ArticleSchema.Date => filters.Dates,
        _ => [],
    };
}
