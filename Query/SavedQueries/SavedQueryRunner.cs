using SearchEngine.Querying.Search;

namespace SearchEngine.Querying.SavedQueries;

/// <summary>What one run of a saved query shows, what to record as its last run, and how many of its hits are new.</summary>
public sealed record SavedQueryOutcome(SearchResult Shown, SavedQueryRun Run, int NewCount);

/// <summary>Runs a saved query against any search function, so the command line and a console can share it.</summary>
public static class SavedQueryRunner
{
    /// <summary>
    /// Runs <paramref name="query"/> once for the ids of all its hits (to tell the new ones) and once for the page to
    /// show with snippets. With <paramref name="onlyNew"/>, the page is taken from the hits no earlier run showed. The
    /// run to record adds the page shown to what earlier runs showed: a hit counts as seen once it was shown (or
    /// written out), not because it matched.
    /// </summary>
    public static SavedQueryOutcome Run(
        Func<SearchRequest, SearchResult> search, SavedQuery query, bool onlyNew, int offset, int limit, DateTimeOffset now)
    {
        var pageRequest = query.ToRequest(offset, limit);
        var all = search(pageRequest with { Offset = 0, Limit = SavedQueryRun.MaxHitIds, SnippetsPerHit = 0 });
        var shown = onlyNew
            ? WithSnippets(search, pageRequest, all, NewHits.Narrow(all, query.LastRun, offset, limit, pageRequest.FacetTopN))
            : search(pageRequest);
        var run = new SavedQueryRun { At = now, Total = all.Total, HitIds = NewHits.SeenAfter(shown.Hits, query.LastRun) };
        return new SavedQueryOutcome(shown, run, NewHits.Count(all, query.LastRun));
    }

    /// <summary>
    /// The new hits sit at known ranks among all hits, so one search over the ranks they span brings their snippets.
    /// A hit missing from that search (the index changed in between) is shown without snippets.
    /// </summary>
    private static SearchResult WithSnippets(Func<SearchRequest, SearchResult> search, SearchRequest request, SearchResult all, SearchResult page)
    {
        if (page.Hits.Count == 0) return page;
        var rankOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var rank = 0; rank < all.Hits.Count; rank++) rankOf.TryAdd(all.Hits[rank].Id, rank);
        var first = rankOf[page.Hits[0].Id];
        var last = rankOf[page.Hits[^1].Id];

        var span = search(request with { Offset = first, Limit = last - first + 1 });
        var withSnippets = new Dictionary<string, SearchHit>(StringComparer.Ordinal);
        foreach (var hit in span.Hits) withSnippets.TryAdd(hit.Id, hit);
        return page with
        {
            Hits = page.Hits.Select(hit => withSnippets.GetValueOrDefault(hit.Id) ?? hit).ToList(),
            TookMs = all.TookMs + span.TookMs,
        };
    }
}
