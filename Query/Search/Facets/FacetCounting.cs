namespace SearchEngine.Querying.Search.Facets;

/// <summary>Sets up one query's facet counting from the user's selections and turns the counts into the values shown.</summary>
internal static class FacetCounting
{
    /// <param name="queryMatchesAll">
    /// The query matches every article: then a dimension with no selection in any other dimension is counted over
    /// every article, and takes the reader's precounted totals instead of visiting a million documents.
    /// </param>
    public static List<DimensionCounter> CreateCounters(FacetReaderState state, FacetFilters filters, bool queryMatchesAll = false)
    {
        var selections = state.Dimensions
            .Select(d => (Dimension: d, Selected: filters.Selected(d) is { Count: > 0 } values ? state.OrdinalsOf(d, values) : null))
            .ToList();
        var selectedDimensions = selections.Count(s => s.Selected is not null);
        return [.. selections.Select(s =>
        {
            var othersSelected = selectedDimensions - (s.Selected is null ? 0 : 1) > 0;
            return new DimensionCounter(s.Dimension, state[s.Dimension], s.Selected,
                queryMatchesAll && !othersSelected ? state.CountsOverEveryDocument(s.Dimension.Field) : null);
        })];
    }

    public static Dictionary<string, IReadOnlyList<FacetValue>> Summarize(FacetReaderState state, IEnumerable<DimensionCounter> counters, int topN)
    {
        var facets = new Dictionary<string, IReadOnlyList<FacetValue>>(StringComparer.Ordinal);
        foreach (var counter in counters)
            facets[counter.Dimension.Field] = FacetSummary.Top(counter.Ordinals, state.CalendarOf(counter.Dimension), counter.Counts, topN);
        return facets;
    }
}
