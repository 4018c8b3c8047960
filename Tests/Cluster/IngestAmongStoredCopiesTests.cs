using SearchEngine.Indexing.Cluster;
using SearchEngine.Indexing.Dedup;
using SearchEngine.Indexing.Schema;

namespace SearchEngine.Tests.Cluster;

/// <summary>A push to a cluster places its articles among the copies stored by earlier pushes, not only among each other.</summary>
public sealed class IngestAmongStoredCopiesTests : IDisposable
{
    private const string Strike = "Harbour workers in Rotterdam began a two-day strike over pay on Monday, halting container traffic at Europe's "
                                  + "largest port, and unions said further stoppages would follow next month unless employers improved their offer "
                                  + "to the twelve thousand dock staff whose contract expired in the summer.";

    private readonly IngestRun _run = new();

    public void Dispose() => _run.Dispose();

    private long StoredCluster(string id) => _run.Cluster.Stored[id][ArticleSchema.Cluster]!.GetValue<long>();

    private bool StoredRepresents(string id) => _run.Cluster.Stored[id][ArticleSchema.ClusterRepresentative]!.GetValue<bool>();

    /// <summary>Pushes the strike story as <c>wire/a</c> on 1 October, then leaves only <paramref name="file"/>'s article in the sources.</summary>
    private void StoreStrikeThenOnly(string file, string id, string date, string body)
    {
        _run.Write(("a", Strike));
        _run.Push();
        File.Delete(Path.Combine(_run.Source, "wire.jsonl"));
        _run.Add(file, id, date, body);
    }

    [Fact]
    public void An_article_pushed_later_joins_the_stored_cluster_of_its_copy()
    {
        StoreStrikeThenOnly("paper.jsonl", "1", "2024-10-02", Strike.Replace("on Monday", "on Monday morning"));

        var report = _run.Push();

        Assert.Equal(StoredCluster("wire/a"), StoredCluster("paper/1"));
        Assert.Equal(ClusterKey.Of("wire/a"), StoredCluster("paper/1"));
        Assert.False(StoredRepresents("paper/1"));
        Assert.Equal(1, report.JoinedStored);
        Assert.Equal(0, report.MovedClusters);
    }

    [Fact]
    public void A_stored_cluster_moves_to_an_earlier_copy_pushed_later()
    {
        StoreStrikeThenOnly("early.jsonl", "0", "2024-09-30", Strike);

        var report = _run.Push();

        Assert.Equal(ClusterKey.Of("early/0"), StoredCluster("wire/a"));
        Assert.False(StoredRepresents("wire/a"));
        Assert.True(StoredRepresents("early/0"));
        Assert.Equal(1, report.MovedClusters);
    }

    [Fact]
    public void An_article_unlike_any_stored_one_keeps_a_cluster_of_its_own()
    {
        StoreStrikeThenOnly("paper.jsonl", "2", "2024-10-02",
            "The central bank left its main interest rate unchanged at four percent on Thursday, citing stubborn inflation in "
            + "services and wages, and said it would wait for the spring figures before deciding whether to cut borrowing costs.");

        var report = _run.Push();

        Assert.Equal(ClusterKey.Of("paper/2"), StoredCluster("paper/2"));
        Assert.Equal(0, report.JoinedStored);
        Assert.DoesNotContain(_run.Cluster.Requests, r => r.Path.Contains("_update_by_query", StringComparison.Ordinal));
    }

    [Fact]
    public void A_copy_lookup_answered_503_is_tried_again_after_a_wait()
    {
        StoreStrikeThenOnly("paper.jsonl", "1", "2024-10-02", Strike);
        _run.Cluster.Then("/articles/_search", 503, ClusterResponses.Read("error-503-unavailable-shards"));

        var report = _run.Push();

        Assert.Single(_run.Waits);
        Assert.Equal(1, report.JoinedStored);
        Assert.True(report.Complete);
    }
}
