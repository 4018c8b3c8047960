using SearchEngine.Indexing.Schema;
using SearchEngine.Querying.Search;

namespace SearchEngine.Querying.SavedQueries;

/// <summary>What a run of a saved query found that its previous run did not.</summary>
public static class NewHits
{
    /// <summary>The hits whose ids the previous run did not return, in rank order; all of them when there was no previous run.</summary>
    public static IReadOnlyList<SearchHit> Select(IReadOnlyList<SearchHit> hits, SavedQueryRun? previous)
    {
        if (previous is null) return hits;
        var seen = new HashSet<string>(previous.HitIds, StringComparer.Ordinal);
        return hits.Where(hit => !seen.Contains(hit.Id)).ToList();
    }

    /// <summary>
    /// <paramref name="all"/> (every hit of the run) narrowed to the new hits: the total counts them, facets are counted
    /// over them, and the hits are the page <paramref name="offset"/>, <paramref name="limit"/> of them.
    /// </summary>
    public static SearchResult Narrow(SearchResult all, SavedQueryRun? previous, int offset, int limit, int facetTopN)
    {
        var fresh = Select(all.Hits, previous);
        return all with
        {
            Total = fresh.Count,
            Hits = fresh.Skip(offset).Take(limit).ToList(),
            Facets = CountFacets(fresh, facetTopN),
        };
    }

    private static Dictionary<string, IReadOnlyList<FacetValue>> CountFacets(IReadOnlyList<SearchHit> hits, int topN) => new()
    {
        [ArticleSchema.Outlet] = Top(hits.Select(h => h.Outlet), topN),
        [ArticleSchema.Date] = Top(hits.Select(h => h.Date is { Length: >= 10 } date ? date[..10] : null), topN),
        [ArticleSchema.People] = Top(hits.SelectMany(h => h.People), topN),
    };

    private static IReadOnlyList<FacetValue> Top(IEnumerable<string?> values, int topN) =>
        values.OfType<string>()
            .GroupBy(v => v, StringComparer.Ordinal)
            .Select(g => new FacetValue(g.Key, g.Count()))
            .OrderByDescending(f => f.Count)
            .ThenBy(f => f.Value, StringComparer.Ordinal)
            .Take(topN)
            .ToList();
}
