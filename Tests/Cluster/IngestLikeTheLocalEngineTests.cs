using System.Globalization;
using SearchEngine.Indexing.Cluster;
using SearchEngine.Indexing.Extraction;
using SearchEngine.Indexing.Schema;
using SearchEngine.Indexing.Writing;
using SearchEngine.Querying.Search;
using SearchEngine.Tests.Cluster.Live;
using SearchEngine.Tests.Support;

namespace SearchEngine.Tests.Cluster;

/// <summary>The seeds and three copies of one, pushed to a cluster and built locally: each article sits in the same cluster both ways.</summary>
public sealed class IngestLikeTheLocalEngineTests : IDisposable
{
    private readonly TempFolder _dir = new();
    private readonly BulkTransportStandIn _cluster = new();
    private readonly string _sources;

    public IngestLikeTheLocalEngineTests() => _sources = LiveCluster.WriteSources(_dir);

    public void Dispose() => _dir.Dispose();

    private Dictionary<string, (string? Cluster, bool Represents)> Local()
    {
        var store = new IndexStore(_dir.Combine("index"));
        new IndexBuilder(ArticlePipeline.Default, new BuildOptions { Threads = 1 }).Rebuild([_sources], store, IBuildProgress.None);
        using var searcher = ArticleSearcher.Open(store.Root);
        var hits = searcher.Search(new SearchRequest { QueryText = "", Collapse = false, Limit = 100 }).Hits;
        return hits.ToDictionary(h => h.Id, h => (h.ClusterId, searcher.Similar(h.Id).All(c => !c.IsRepresentative)));
    }

    private Dictionary<string, (string? Cluster, bool Represents)> Pushed() => _cluster.Stored.ToDictionary(
        d => d.Key,
        d => ((string?)d.Value[ArticleSchema.Cluster]!.GetValue<long>().ToString("x16", CultureInfo.InvariantCulture),
            d.Value[ArticleSchema.ClusterRepresentative]!.GetValue<bool>()));

    private void Push() => LiveCluster.Push(_sources, new BulkClusterTarget(_cluster, "http://stand-in:9200", ClusterConnection.DefaultIndexName, BulkOptions.Default),
        ClusterConnection.DefaultIndexName);

    [Fact]
    public void A_first_push_puts_every_article_in_the_cluster_the_local_engine_puts_it_in()
    {
        Push();

        Assert.Equal(Local().OrderBy(p => p.Key, StringComparer.Ordinal), Pushed().OrderBy(p => p.Key, StringComparer.Ordinal));
        // The first seed and its three copies.
        Assert.Equal(4, Pushed().Values.Count(p => p.Cluster == Pushed()["copies/copy-0"].Cluster));
    }

    [Fact]
    public void The_same_push_again_finds_its_own_articles_stored_and_changes_no_cluster()
    {
        Push();
        var first = Pushed();
        _cluster.Requests.Clear();

        Push();

        Assert.Equal(first, Pushed());
        Assert.Empty(_cluster.Bulks);
        Assert.DoesNotContain(_cluster.Requests, r => r.Path.Contains("_update_by_query", StringComparison.Ordinal));
    }
}
