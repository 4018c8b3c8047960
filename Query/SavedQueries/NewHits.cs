using SearchEngine.Querying.Search;
using SearchEngine.Querying.Search.Facets;

namespace SearchEngine.Querying.SavedQueries;

/// <summary>What a run of a saved query found that no earlier run showed.</summary>
public static class NewHits
{
    /// <summary>The ids earlier runs showed, or null when there was none (so every hit is new).</summary>
    public static IReadOnlySet<string>? SeenBy(SavedQueryRun? previous) =>
        previous is null ? null : new HashSet<string>(previous.HitIds, StringComparer.Ordinal);

    /// <summary>The hits no earlier run showed, in rank order; all of them when there was no earlier run.</summary>
    public static IReadOnlyList<SearchHit> Select(IReadOnlyList<SearchHit> hits, SavedQueryRun? previous) =>
        SeenBy(previous) is { } seen ? hits.Where(hit => !seen.Contains(hit.Id)).ToList() : hits;

    /// <summary>How many hits of <paramref name="all"/> (every hit of a run) no earlier run showed: all it matched when there was no earlier run.</summary>
    public static int Count(SearchResult all, SavedQueryRun? previous) =>
        SeenBy(previous) is { } seen ? all.Hits.Count(hit => !seen.Contains(hit.Id)) : all.Total;

    /// <summary>The ids seen after a run showed <paramref name="shown"/>: those first, then what earlier runs showed.</summary>
    public static IReadOnlyList<string> SeenAfter(IReadOnlyList<SearchHit> shown, SavedQueryRun? previous) =>
        [.. shown.Select(hit => hit.Id).Concat(previous?.HitIds ?? []).Distinct(StringComparer.Ordinal).Take(SavedQueryRun.MaxHitIds)];

    /// <summary>
    /// <paramref name="all"/> (every hit of the run) narrowed to the new hits: the total counts them and the articles
    /// count them with their matching copies, so no count of every hit sits beside theirs as if it were one of the new;
    /// stories are not counted (a hit does not carry its story), so their count is 0, as when not collapsed. Facets are
    /// counted over the new hits as a search counts its own, and the hits are the page <paramref name="offset"/>,
    /// <paramref name="limit"/> of them.
    /// </summary>
    public static SearchResult Narrow(SearchResult all, SavedQueryRun? previous, int offset, int limit, int facetTopN)
    {
        var fresh = Select(all.Hits, previous);
        return all with
        {
            Total = fresh.Count,
            TotalArticles = fresh.Sum(hit => 1 + hit.SimilarCount),
            TotalStories = 0,
            Hits = fresh.Skip(offset).Take(limit).ToList(),
            Facets = HitFacets.Count(fresh, all.Dimensions, facetTopN),
        };
    }
}
