using SearchEngine.Indexing.Schema;

namespace SearchEngine.Querying.Search.Facets;

/// <summary>Sets up one query's facet counting from the user's selections and turns the counts into the values shown.</summary>
internal static class FacetCounting
{
    /// <summary>Matching documents spread over more days than this get their date counts by month (yyyy-MM).</summary>
    public const int MaxDaySpanForDays = 62;

    /// <param name="queryMatchesAll">
    /// The query matches every article: then a dimension with no selection in any other dimension is counted over
    /// every article, and takes the reader's precounted totals instead of visiting a million documents.
    /// </param>
    public static List<DimensionCounter> CreateCounters(FacetReaderState state, FacetFilters filters, bool queryMatchesAll = false)
    {
        var selections = state.Dimensions
            .Select(d => (Dimension: d, Selected: Selected(filters, d.Field) is { Count: > 0 } values ? state.OrdinalsOf(d.Field, values) : null))
            .ToList();
        var selectedDimensions = selections.Count(s => s.Selected is not null);
        return [.. selections.Select(s =>
        {
            var othersSelected = selectedDimensions - (s.Selected is null ? 0 : 1) > 0;
            return new DimensionCounter(s.Dimension, s.Selected,
                queryMatchesAll && !othersSelected ? state.CountsOverEveryDocument(s.Dimension.Field) : null);
        })];
    }

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
