using SearchEngine.Querying.Search;
using SearchEngine.Querying.Search.Facets;

namespace SearchEngine.Querying.SavedQueries;

/// <summary>What a run of a saved query found that its previous run did not.</summary>
public static class NewHits
{
    /// <summary>The ids the previous run returned, or null when there was none (so every hit is new).</summary>
    public static IReadOnlySet<string>? SeenBy(SavedQueryRun? previous) =>
        previous is null ? null : new HashSet<string>(previous.HitIds, StringComparer.Ordinal);

    /// <summary>The hits whose ids the previous run did not return, in rank order; all of them when there was no previous run.</summary>
    public static IReadOnlyList<SearchHit> Select(IReadOnlyList<SearchHit> hits, SavedQueryRun? previous) =>
        SeenBy(previous) is { } seen ? hits.Where(hit => !seen.Contains(hit.Id)).ToList() : hits;

    /// <summary>How many hits of <paramref name="run"/> are new since <paramref name="previous"/>: all it matched when there was no previous run.</summary>
    public static int Count(SavedQueryRun run, SavedQueryRun? previous) =>
        SeenBy(previous) is { } seen ? run.HitIds.Count(id => !seen.Contains(id)) : run.Total;

    /// <summary>
    /// <paramref name="all"/> (every hit of the run) narrowed to the new hits: the total counts them, facets are counted
    /// over them as a search counts its own, and the hits are the page <paramref name="offset"/>, <paramref name="limit"/> of them.
    /// </summary>
    public static SearchResult Narrow(SearchResult all, SavedQueryRun? previous, int offset, int limit, int facetTopN)
    {
        var fresh = Select(all.Hits, previous);
        return all with
        {
            Total = fresh.Count,
            Hits = fresh.Skip(offset).Take(limit).ToList(),
            Facets = HitFacets.Count(fresh, all.Dimensions, facetTopN),
        };
    }
}
