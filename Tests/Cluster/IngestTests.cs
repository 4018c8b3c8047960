using System.Text.Json.Nodes;
using SearchEngine.Indexing.Cluster;
using SearchEngine.Indexing.Dedup;
using SearchEngine.Indexing.Schema;

namespace SearchEngine.Tests.Cluster;

public sealed class IngestTests : IDisposable
{
    private readonly IngestRun _run = new IngestRun().WriteThree();

    public void Dispose() => _run.Dispose();

    [Fact]
    public void The_index_template_is_installed_before_any_document_is_sent()
    {
        _run.Push();

        var first = _run.Cluster.Requests[0];
        Assert.Equal(HttpMethod.Put, first.Method);
        Assert.Equal("/_index_template/" + ClusterTemplate.NameFor(ClusterConnection.DefaultIndexName), first.Path);
        Assert.True(JsonNode.DeepEquals(ClusterTemplate.Body(DedupSettings.Default, ClusterConnection.DefaultIndexName), JsonNode.Parse(first.Body!)));
    }

    [Fact]
    public void A_rejected_template_stops_the_push_before_any_document_with_the_engine_s_reason()
    {
        _run.Cluster.Then("/_index_template/", 400, ClusterResponses.Read("error-400-template"));

        var stopped = Assert.Throws<BulkStoppedException>(() => _run.Push());

        Assert.Equal("the cluster at http://stand-in:9200 rejected the index template searchengine-articles: 400 mapper_parsing_exception: "
                     + "Failed to parse mapping: analyzer [article_english] has not been configured in mappings", stopped.Message);
        Assert.Single(_run.Cluster.Requests);
    }

    [Fact]
    public void A_push_into_an_index_made_for_another_schema_stops_before_any_document_and_says_what_to_do()
    {
        _run.Cluster.Then(ClusterIndexCheck.MappingPath("articles"), 200, ClusterResponses.MappingWith(ArticleSchema.CommitSchemaVersion, ArticleSchema.SchemaVersion - 1));

        var stopped = Assert.Throws<BulkStoppedException>(() => _run.Push());

        Assert.Equal($"the index articles at http://stand-in:9200 was made for schema version {ArticleSchema.SchemaVersion - 1}, this program uses "
                     + $"{ArticleSchema.SchemaVersion}: push the articles into a new index (name it in SEARCHENGINE_ES_INDEX), or delete this one "
                     + "and push them again", stopped.Message);
        Assert.Empty(_run.Cluster.Bulks);
    }

    [Fact]
    public void A_push_into_an_index_whose_copies_were_found_with_other_settings_stops_before_any_document()
    {
        var other = DedupSettings.Default with { ContainmentThreshold = 0.3 };
        _run.Cluster.Then(ClusterIndexCheck.MappingPath("articles"), 200, ClusterResponses.MappingWith(ArticleSchema.CommitDedupSettings, other.Serialize()));

        var stopped = Assert.Throws<BulkStoppedException>(() => _run.Push());

        Assert.StartsWith($"the index articles at http://stand-in:9200 holds copies found with other near-duplicate settings ({other.Serialize()}; "
                          + $"this push uses {DedupSettings.Default.Serialize()})", stopped.Message);
        Assert.Empty(_run.Cluster.Bulks);
    }

    [Fact]
    public void A_push_into_an_index_not_made_by_searchengine_stops_before_any_document()
    {
        _run.Cluster.Then(ClusterIndexCheck.MappingPath("articles"), 200, """{"articles":{"mappings":{"properties":{"message":{"type":"text"}}}}}""");

        var stopped = Assert.Throws<BulkStoppedException>(() => _run.Push());

        Assert.StartsWith("the index articles at http://stand-in:9200 was not made by SearchEngine (its mapping records no schema version)", stopped.Message);
        Assert.Empty(_run.Cluster.Bulks);
    }

    [Fact]
    public void A_push_into_an_index_the_same_template_made_goes_ahead()
    {
        _run.Cluster.Then(ClusterIndexCheck.MappingPath("articles"), 200, ClusterResponses.MappingWith(ArticleSchema.CommitSchemaVersion, ArticleSchema.SchemaVersion));

        var report = _run.Push();

        Assert.Equal(3, report.Sent);
    }

    [Fact]
    public void A_cluster_that_does_not_answer_the_first_request_is_reported_at_once()
    {
        _run.Cluster.Unreachable("/_index_template/");

        var unreachable = Assert.Throws<ClusterUnreachableException>(() => _run.Push());

        Assert.StartsWith("cannot reach the cluster at http://stand-in:9200", unreachable.Message);
        Assert.Empty(_run.Waits);
    }

    [Fact]
    public void Every_document_sent_is_the_pipeline_s_article_under_its_id()
    {
        var report = _run.Push();

        Assert.Equal(3, report.Sent);
        Assert.Equal(["wire/a", "wire/b", "wire/c"], _run.Cluster.Stored.Keys.Order());
        var b = _run.Cluster.Stored["wire/b"];
        Assert.Equal("Story b", b[ArticleSchema.Title]!.GetValue<string>());
        Assert.Equal("2024-10-02", b[ArticleSchema.Date]!.GetValue<string>());
        Assert.Equal("wire.jsonl:2", b[ArticleSchema.Path]!.GetValue<string>());
    }

    [Fact]
    public void A_push_run_again_on_the_same_sources_sends_nothing()
    {
        _run.Push();
        var before = _run.Cluster.Bulks.Count();

        var again = _run.Push();

        Assert.Equal(before, _run.Cluster.Bulks.Count());
        Assert.Equal(3, again.Unchanged);
        Assert.Equal(0, again.Sent);
        Assert.True(again.Complete);
    }

    [Fact]
    public void A_push_stopped_half_way_and_started_again_sends_only_what_is_missing()
    {
        _run.Options = new BulkOptions { MaxDocuments = 2, MaxAttempts = 1 };
        // The first request is indexed, then the cluster goes away: as if the run were killed there.
        _run.Cluster.Then(BulkRequest.Path, _run.Cluster.Index).Then(BulkRequest.Path, 503, ClusterResponses.Read("error-503-unavailable-shards"));
        var first = _run.Push();
        Assert.Equal(["wire/c"], first.Failed.Select(f => f.Id));
        _run.Cluster.Requests.Clear();

        var again = _run.Push();

        Assert.Equal(["wire/c"], _run.Cluster.Bulks.Single().BulkIds);
        Assert.Equal(2, again.Unchanged);
        Assert.Equal(1, again.Sent);
    }

    [Fact]
    public void A_push_after_an_article_changed_sends_that_article_and_the_new_one_only()
    {
        _run.Push();
        _run.Cluster.Requests.Clear();
        _run.Write(
            ("a", "Harbour workers in Rotterdam began a two-day strike over pay on Monday, halting container traffic at Europe's largest port."),
            ("b", "The central bank raised its main interest rate to four and a half percent, citing stubborn inflation in services."),
            ("c", "Heavy rain flooded villages along the river valley overnight, and rescue teams evacuated hundreds of residents by boat."),
            ("d", "A new bridge across the estuary opened to traffic after six years of construction and a long dispute over its cost."));

        var report = _run.Push();

        Assert.Equal(["wire/b", "wire/d"], _run.Cluster.Bulks.Single().BulkIds);
        Assert.Equal(2, report.Unchanged);
        Assert.Equal(2, report.Sent);
    }

    [Fact]
    public void An_article_whose_copies_changed_is_sent_again_though_its_text_did_not()
    {
        const string strike = "Harbour workers in Rotterdam began a two-day strike over pay on Monday, halting container traffic at Europe's "
                              + "largest port, and unions said further stoppages would follow next month unless employers improved their offer.";
        _run.Write(("a", strike));
        _run.Push();
        _run.Cluster.Requests.Clear();
        // An earlier copy of the same story in another file: it now represents the cluster, and wire/a no longer does.
        _run.Add("early.jsonl", "0", "2024-09-30", strike);

        var report = _run.Push();

        Assert.Equal(["early/0", "wire/a"], _run.Cluster.Bulks.Single().BulkIds);
        Assert.False(_run.Cluster.Stored["wire/a"][ArticleSchema.ClusterRepresentative]!.GetValue<bool>());
        Assert.Equal(2, report.Sent);
    }

    [Fact]
    public void A_lookup_in_an_index_not_yet_created_sends_every_document()
    {
        _run.Cluster.Then("/articles/_mget", 200, ClusterResponses.Read("mget-index-not-found"));

        var report = _run.Push();

        Assert.Equal(["wire/a", "wire/b", "wire/c"], _run.Cluster.Bulks.Single().BulkIds);
        Assert.Equal(3, report.Sent);
    }

    [Fact]
    public void The_lookup_asks_for_the_stored_hash_and_placement_of_the_request_s_ids()
    {
        _run.Push();

        var lookup = _run.Cluster.Requests.Single(r => r.Path.Contains("_mget"));
        Assert.Equal("/articles/_mget?_source_includes=hash,cluster,cluster_rep,story,lineage,derived", lookup.Path);
        Assert.Equal("""{"ids":["wire/a","wire/b","wire/c"]}""", lookup.Body);
    }

    [Fact]
    public void The_bulk_files_hold_exactly_the_requests_sent_to_a_cluster()
    {
        _run.Options = new BulkOptions { MaxDocuments = 2 };
        var folder = _run.Folder("ndjson");

        var written = _run.PushFiles(folder);
        _run.Push();

        var files = Directory.GetFiles(folder, "bulk-*.ndjson").Order(StringComparer.Ordinal).ToList();
        Assert.Equal([BulkFileTarget.FileName(1), BulkFileTarget.FileName(2)], files.Select(Path.GetFileName));
        Assert.Equal(_run.Cluster.Bulks.Select(r => r.Body), files.Select(File.ReadAllText));
        Assert.Equal(3, written.Sent);
        Assert.Equal(2, written.Requests);
    }

    [Fact]
    public void Every_bulk_file_is_pairs_of_an_index_action_and_its_document()
    {
        var folder = _run.Folder("ndjson");

        _run.PushFiles(folder);

        var lines = File.ReadAllText(Path.Combine(folder, BulkFileTarget.FileName(1))).Split('\n');
        Assert.Equal("", lines[^1]);
        Assert.Equal(6, lines.Length - 1);
        for (var i = 0; i < 6; i += 2)
        {
            var action = JsonNode.Parse(lines[i])!["index"]!;
            var document = JsonNode.Parse(lines[i + 1])!;
            Assert.Equal(ClusterConnection.DefaultIndexName, action["_index"]!.GetValue<string>());
            Assert.Equal(document[ArticleSchema.Id]!.GetValue<string>(), action["_id"]!.GetValue<string>());
        }
    }

    [Fact]
    public void The_template_file_is_the_body_installed_on_a_cluster()
    {
        var folder = _run.Folder("ndjson");

        _run.PushFiles(folder);

        Assert.True(JsonNode.DeepEquals(ClusterTemplate.Body(DedupSettings.Default, ClusterConnection.DefaultIndexName),
            JsonNode.Parse(File.ReadAllText(Path.Combine(folder, BulkFileTarget.TemplateFile)))));
    }

    [Fact]
    public void A_second_run_into_the_same_folder_leaves_no_file_of_the_first()
    {
        var folder = _run.Folder("ndjson");
        _run.Options = new BulkOptions { MaxDocuments = 1 };
        _run.PushFiles(folder);
        File.WriteAllText(Path.Combine(folder, BulkFileTarget.FileName(9) + ".tmp"), "half a file");

        _run.Options = BulkOptions.Default;
        _run.PushFiles(folder);

        Assert.Equal([BulkFileTarget.FileName(1), BulkFileTarget.TemplateFile], Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
