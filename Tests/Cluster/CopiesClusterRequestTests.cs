using System.Text.Json.Nodes;
using SearchEngine.Indexing.Cluster;
using SearchEngine.Indexing.Dedup;
using SearchEngine.Tests.Dedup;

namespace SearchEngine.Tests.Cluster;

/// <summary>The stored-copy lookup and moves as requests to an Elasticsearch or OpenSearch cluster, and their answers.</summary>
public class CopiesClusterRequestTests
{
    /// <summary>Eight bands instead of 128, so the golden lookup stays readable.</summary>
    private static readonly DedupSettings Small = DedupSettings.Default with { HashCount = 16 };

    private const string ShortNotice = "The case was adjourned until tomorrow.";

    private static CopyLookup LookupOf(params DedupDocument[] batch) =>
        Assert.Single(new StoredCopyFinder(new MemoryCopyCandidates(Small), Small).Lookups(batch));

    /// <summary>A stand-in for the network: records each request and answers with the next canned response.</summary>
    private sealed class CannedTransport(params ClusterResponse[] responses) : IClusterTransport
    {
        private readonly Queue<ClusterResponse> _responses = new(responses);

        public List<(HttpMethod Method, string Path, string? Body)> Requests { get; } = [];

        public Task<ClusterResponse> SendAsync(HttpMethod method, string path, string? body, string contentType = "application/json",
            CancellationToken cancellation = default)
        {
            Requests.Add((method, path, body));
            return Task.FromResult(_responses.Dequeue());
        }

        public void Dispose()
        {
        }
    }

    [Fact]
    public void A_lookup_asks_for_exact_keys_at_any_date_and_band_keys_within_the_copy_window()
    {
        var lookup = LookupOf(
            Stories.Document("wire/001", Stories.Wire, day: 2, settings: Small),
            Stories.Document("court/002", ShortNotice, day: 3, settings: Small));
        GoldenFiles.Matches("copies-lookup", ClusterCopyCandidates.SearchBody(lookup, after: null));
    }

    [Fact]
    public void A_lookup_for_an_undated_article_asks_for_its_band_keys_at_any_date()
    {
        var undated = new DedupDocument("archive/003", Stories.Fingerprint(Stories.Wire, Small), null, Stories.Wire.Length);
        GoldenFiles.Matches("copies-lookup-undated", ClusterCopyCandidates.SearchBody(LookupOf(undated), after: null));
    }

    [Fact]
    public void The_next_page_of_a_lookup_continues_after_the_last_id()
    {
        var lookup = LookupOf(Stories.Document("wire/001", Stories.Wire, settings: Small));
        Assert.Null(ClusterCopyCandidates.SearchBody(lookup, after: null)["search_after"]);
        Assert.Equal("""["council/001"]""", ClusterCopyCandidates.SearchBody(lookup, after: "council/001")["search_after"]!.ToJsonString());
    }

    [Fact]
    public void The_representatives_of_stored_clusters_are_looked_up_by_cluster_key_and_flag()
    {
        GoldenFiles.Matches("copies-representatives", ClusterCopyCandidates.RepresentativesBody([ClusterKey.Of("wire/001"), ClusterKey.Of("pa/7")]));
    }

    [Fact]
    public void Stored_clusters_move_by_one_update_by_query_on_their_cluster_and_story_keys()
    {
        GoldenFiles.Matches("copies-move", ClusterCopyCandidates.MoveBody([
            new ClusterMove(ClusterKey.Of("wire/001"), ClusterKey.Of("wire/000")),
            new ClusterMove(ClusterKey.Of("pa/7"), ClusterKey.Of("wire/000"))]));
    }

    [Fact]
    public void A_lookup_answer_is_read_into_stored_copies_with_their_fingerprints()
    {
        var (copies, last) = ClusterCopyCandidates.ParseCandidates(ClusterResponses.Read("copies-search"));
        Assert.Equal(2, copies.Count);
        var dated = copies[0];
        Assert.Equal(("council/001", new DateTime(2024, 3, 2, 9, 30, 0), 280, 1234567890123L, true),
            (dated.Id, dated.Published, dated.Length, dated.Cluster, dated.IsRepresentative));
        Assert.Equal(Stories.Fingerprint(Stories.OtherStories[0]), dated.Fingerprint);
        Assert.Null(copies[1].Published);
        Assert.False(copies[1].IsRepresentative);
        Assert.Equal("council/002", last);
    }

    [Fact]
    public async Task A_lookup_shorter_than_a_page_is_one_search_of_the_index()
    {
        var transport = new CannedTransport(new ClusterResponse(200, ClusterResponses.Read("copies-search")));
        var found = await new ClusterCopyCandidates(transport, "articles").FindAsync(LookupOf(Stories.Document("wire/001", Stories.Wire, settings: Small)));
        Assert.Equal(["council/001", "council/002"], found.Select(c => c.Id));
        var request = Assert.Single(transport.Requests);
        Assert.Equal((HttpMethod.Post, "/articles/_search"), (request.Method, request.Path));
    }

    [Fact]
    public async Task A_lookup_some_shards_did_not_answer_is_an_error_naming_the_shard_and_reason()
    {
        var transport = new CannedTransport(new ClusterResponse(200, ClusterResponses.Read("copies-search-shard-failure")));
        var error = await Assert.ThrowsAsync<BulkStoppedException>(() =>
            new ClusterCopyCandidates(transport, "articles").FindAsync(LookupOf(Stories.Document("wire/001", Stories.Wire, settings: Small))));
        Assert.Contains("1 of 2 shards", error.Message);
        Assert.Contains("shard 1: node_not_connected_exception", error.Message);
    }

    [Fact]
    public async Task A_rejected_lookup_reports_the_engines_error_type_and_root_cause()
    {
        var transport = new CannedTransport(new ClusterResponse(400, ClusterResponses.Read("copies-search-error")));
        var error = await Assert.ThrowsAsync<BulkStoppedException>(() =>
            new ClusterCopyCandidates(transport, "articles").FindAsync(LookupOf(Stories.Document("wire/001", Stories.Wire, settings: Small))));
        Assert.Contains("400 search_phase_execution_exception: all shards failed", error.Message);
        Assert.Contains("index.max_terms_count", error.Message);
    }

    [Fact]
    public async Task A_move_stopped_by_a_version_conflict_names_the_article_and_its_cause()
    {
        var transport = new CannedTransport(new ClusterResponse(409, ClusterResponses.Read("copies-move-conflict")));
        var error = await Assert.ThrowsAsync<BulkStoppedException>(() =>
            new ClusterCopyCandidates(transport, "articles").MoveAsync([new ClusterMove(1, 2)]));
        Assert.Contains("after 1 updates", error.Message);
        Assert.Contains("article 'wire/002': version_conflict_engine_exception", error.Message);
        Assert.Equal("/articles/_update_by_query?refresh=true", Assert.Single(transport.Requests).Path);
    }

    [Fact]
    public void A_stored_article_without_a_fingerprint_is_reported_by_its_id()
    {
        var answer = JsonNode.Parse(ClusterResponses.Read("copies-search"))!;
        answer["hits"]!["hits"]![1]!["_source"]!.AsObject().Remove("dup_sig");
        var error = Assert.Throws<FormatException>(() => ClusterCopyCandidates.ParseCandidates(answer.ToJsonString()));
        Assert.Equal("stored article 'council/002' has no dup_sig", error.Message);
    }
}
