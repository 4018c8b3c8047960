using SearchEngine.Indexing.Schema;

namespace SearchEngine.Querying.Search.Facets;

/// <summary>
/// Facet counts over hits already found (the new hits of a saved query), each hit counted once per value as the index
/// counts it, and summarised as a search summarises its own, so the two agree.
/// </summary>
internal static class HitFacets
{
    public static Dictionary<string, IReadOnlyList<FacetValue>> Count(IReadOnlyList<SearchHit> hits, IReadOnlyList<FacetDimension> dimensions, int topN)
    {
        var facets = new Dictionary<string, IReadOnlyList<FacetValue>>(StringComparer.Ordinal);
        foreach (var dimension in dimensions)
        {
            var valuesByHit = hits.Select(h => h.FacetValues.GetValueOrDefault(dimension.Field) ?? []).ToList();
            var values = new SortedValues(valuesByHit.SelectMany(v => v));
            var counts = new int[values.ValueCount];
            foreach (var hitValues in valuesByHit)
                foreach (var value in hitValues.Distinct(StringComparer.Ordinal)) counts[values.Find(value)]++;
            facets[dimension.Field] = FacetSummary.Top(values, FacetSummary.CalendarFor(dimension, values), counts, topN);
        }
        return facets;
    }
}
