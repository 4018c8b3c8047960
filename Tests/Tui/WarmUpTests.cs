using SearchEngine.Querying.Search;
using SearchEngine.Querying.Tui.Models;

namespace SearchEngine.Tests.Tui;

/// <summary>The console's warm-up: the first keystrokes' searches, run before the first key.</summary>
public sealed class WarmUpTests(SeedsIndex seeds) : IClassFixture<SeedsIndex>
{
    [Fact]
    public async Task The_warm_up_types_each_dimension_s_most_frequent_value_a_letter_at_a_time()
    {
        using var session = new RecordingSession(seeds.Searcher);
        var console = new SearchConsole(session, new InlineLane(), new InlineLane());
        var everything = seeds.Searcher.Search(new SearchRequest { QueryText = "" });
        var names = everything.Facets.Values.Select(v => v[0].Value).ToList();

        await console.WarmUp();

        var typed = session.Queries.Skip(1).ToList();
        Assert.Equal(SearchConsole.WarmUpSearches, typed.Count);
        Assert.All(typed, text => Assert.Contains(names, name => name.StartsWith(text, StringComparison.Ordinal)));
        Assert.All(names, name => Assert.Contains(name, typed));
    }

    [Fact]
    public async Task The_warm_up_stops_once_the_user_has_typed()
    {
        using var session = new RecordingSession(seeds.Searcher);
        var console = new SearchConsole(session, new InlineLane(), new InlineLane());
        console.SetQueryText("troops");
        var before = session.Queries.Count;

        await console.WarmUp();

        // The one search that finds the names to type; none of them typed.
        Assert.Equal(before + 1, session.Queries.Count);
    }

    /// <summary>The real searcher, with every query text asked of it recorded, in order.</summary>
    private sealed class RecordingSession(ArticleSearcher searcher) : ISearchSession
    {
        private readonly List<string> _queries = [];

        public IReadOnlyList<string> Queries
        {
            get
            {
                lock (_queries) return [.. _queries];
            }
        }

        public SearchResult Search(SearchRequest request)
        {
            lock (_queries) _queries.Add(request.QueryText);
            return searcher.Search(request);
        }

        public SearchHit? Find(string id) => searcher.Find(id);

        public MarkedText? HighlightArticle(string id, string queryText, bool asTyped = false, FacetFilters? filters = null) =>
            searcher.HighlightArticle(id, queryText, asTyped, filters);

        public IReadOnlyList<SimilarArticle> Similar(string id) => searcher.Similar(id);

        public IReadOnlyList<DerivedArticle> DerivedFrom(string id) => searcher.DerivedFrom(id);

        public ArticleDiff? Diff(string firstId, string secondId) => searcher.Diff(firstId, secondId);

        // The searcher belongs to the fixture.
        public void Dispose()
        {
        }
    }
}
