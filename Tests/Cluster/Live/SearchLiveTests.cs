using SearchEngine.Indexing.Schema;
using SearchEngine.Querying.Search;

namespace SearchEngine.Tests.Cluster.Live;

/// <summary>
/// The local engine's scenarios on the seeds, run on a real cluster and compared with the local engine on the same
/// articles: which articles match, the rows and counts, the facets. Skipped unless SEARCHENGINE_ES_URL names a cluster.
/// </summary>
public sealed class SearchLiveTests(LiveCluster cluster) : IClassFixture<LiveCluster>
{
    private static SearchRequest Request(string query) => new() { QueryText = query, Limit = 100 };

    private static IEnumerable<string> Ids(SearchResult result) => result.Hits.Select(h => h.Id).Order(StringComparer.Ordinal);

    [LiveClusterFact]
    public void Kim_Jong_Un_finds_the_same_articles_as_the_local_engine()
    {
        var remote = cluster.Remote.Search(Request("Kim Jong Un"));
        var local = cluster.Local.Search(Request("Kim Jong Un"));
        Assert.NotEmpty(remote.Hits);
        Assert.Equal(Ids(local), Ids(remote));
        Assert.Equal((local.Total, local.TotalArticles, local.TotalStories), (remote.Total, remote.TotalArticles, remote.TotalStories));
        Assert.Contains(remote.Hits, h => h.Snippets.Any(s => s.Marks.Count > 0));
    }

    [LiveClusterFact]
    public void The_outlet_filter_keeps_the_hits_of_its_outlet_and_the_other_outlets_counts()
    {
        var everything = cluster.Remote.Search(Request(""));
        var outlet = everything.Facets[ArticleSchema.Outlet][0].Value;
        var request = Request("") with { Filters = FacetFilters.None.With(FacetDimension.Outlet, [outlet]) };
        var filtered = cluster.Remote.Search(request);
        Assert.All(filtered.Hits, h => Assert.Equal(outlet, h.Outlet));
        Assert.Equal(everything.Facets[ArticleSchema.Outlet], filtered.Facets[ArticleSchema.Outlet]);
        Assert.Equal(cluster.Local.Search(request).Facets, filtered.Facets);
    }

    [LiveClusterFact]
    public void A_date_range_keeps_the_articles_published_in_it_as_locally()
    {
        var request = Request("") with { Filters = FacetFilters.None with { From = new DateOnly(2024, 10, 18), To = new DateOnly(2024, 10, 18) } };
        var remote = cluster.Remote.Search(request);
        Assert.NotEmpty(remote.Hits);
        Assert.Equal(Ids(cluster.Local.Search(request)), Ids(remote));
        Assert.Equal(cluster.Local.Search(request).Facets[ArticleSchema.Date], remote.Facets[ArticleSchema.Date]);
    }

    [LiveClusterFact]
    public void Three_copies_collapse_to_one_hit_that_names_the_other_copies_outlets()
    {
        var request = Request("outlet:copy");
        var hit = Assert.Single(cluster.Remote.Search(request).Hits);
        Assert.Equal(2, hit.SimilarCount);
        Assert.Equal(LiveCluster.CopyOutlets.Where(o => o != hit.Outlet).Order(StringComparer.Ordinal), hit.SimilarOutlets);
        Assert.Equal(3, cluster.Remote.Search(request with { Collapse = false }).Total);
    }

    [LiveClusterFact]
    public void The_copies_of_a_copy_are_the_other_two_measured_as_locally()
    {
        var remote = cluster.Remote.Similar("copies/copy-0");
        var local = cluster.Local.Similar("copies/copy-0");
        Assert.Equal(local.Select(c => (c.Article.Id, c.Resemblance, c.IsRepresentative)), remote.Select(c => (c.Article.Id, c.Resemblance, c.IsRepresentative)));
    }

    [LiveClusterFact]
    public void Every_article_sits_in_the_same_cluster_on_the_cluster_as_locally()
    {
        var request = Request("") with { Collapse = false };
        Assert.Equal(cluster.Local.Search(request).Hits.Select(h => (h.Id, h.ClusterId)).Order(),
            cluster.Remote.Search(request).Hits.Select(h => (h.Id, h.ClusterId)).Order());
    }
}
