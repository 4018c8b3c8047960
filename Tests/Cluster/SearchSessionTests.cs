using System.Text.Json.Nodes;
using SearchEngine.Indexing.Cluster;
using SearchEngine.Indexing.Dedup;
using SearchEngine.Indexing.Schema;
using SearchEngine.Querying.Search;
using SearchEngine.Querying.Search.Cluster;
using SearchEngine.Querying.Tui.Models;

namespace SearchEngine.Tests.Cluster;

/// <summary>The session's other questions (find, copies, derived stories, diff, the marked article) asked of a cluster.</summary>
public class SearchSessionTests
{
    private const string Text = "The central bank raised interest rates by half a point on Thursday, its third rise this year, "
        + "saying inflation had stayed well above its target for longer than expected and that wages were still climbing fast.";

    private static ClusterResponse Hits(params JsonObject[] sources)
    {
        var hits = new JsonArray([.. sources.Select(s => (JsonNode)new JsonObject
        {
            ["_index"] = "articles", ["_id"] = s["id"]!.GetValue<string>(), ["_score"] = 0.0, ["_source"] = s,
        })]);
        return SearchTestTransport.Ok(new JsonObject
        {
            ["took"] = 1, ["timed_out"] = false,
            ["_shards"] = new JsonObject { ["total"] = 1, ["successful"] = 1, ["skipped"] = 0, ["failed"] = 0 },
            ["hits"] = new JsonObject { ["total"] = new JsonObject { ["value"] = sources.Length, ["relation"] = "eq" }, ["max_score"] = 0.0, ["hits"] = hits },
        }.ToJsonString());
    }

    private static JsonObject Article(string id, string body = Text, long cluster = 7, bool representative = false) => new()
    {
        ["id"] = id, ["path"] = id + ".txt", ["title"] = "Rates rise", ["body"] = body, ["outlet"] = "Outlet " + id,
        ["cluster"] = cluster, ["cluster_rep"] = representative, ["lineage"] = new JsonArray(), ["derived"] = 0,
        ["dup_sig"] = Convert.ToBase64String(new FingerprintBuilder(DedupSettings.Default).Compute(body).ToBytes()),
    };

    private static (ClusterSearchSession Session, SearchTestTransport Transport) Over(params ClusterResponse[] answers)
    {
        var transport = new SearchTestTransport(answers);
        return (new ClusterSearchSession(transport, "articles", SearchTestTransport.Address), transport);
    }

    [Fact]
    public void An_article_is_found_by_its_whole_id_with_one_term_query()
    {
        var (session, transport) = Over(Hits(Article("world/001")));
        using (session) Assert.Equal("world/001", session.Find("world/001")!.Id);
        Assert.Contains("\"term\":{\"id\":\"world/001\"}", transport.Requests[0].Body);
    }

    [Fact]
    public void An_article_is_found_by_a_start_of_its_id_that_only_it_has()
    {
        var (session, transport) = Over(Hits(), Hits(Article("world/001")));
        using (session) Assert.Equal("world/001", session.Find("world/00")!.Id);
        Assert.Contains("\"prefix\":{\"id\":\"world/00\"}", transport.Requests[1].Body);
    }

    [Fact]
    public void A_start_of_several_ids_is_ambiguous_and_names_them()
    {
        var (session, _) = Over(Hits(), Hits(Article("world/001"), Article("world/002")));
        using (session)
            Assert.Contains("world/001, world/002", Assert.Throws<AmbiguousIdException>(() => session.Find("world/")).Message);
    }

    [Fact]
    public void An_unknown_id_finds_nothing()
    {
        var (session, _) = Over(Hits());
        using (session) Assert.Null(session.Find("nowhere/1"));
    }

    [Fact]
    public void The_copies_of_an_article_are_its_cluster_measured_from_their_stored_signatures()
    {
        var edited = Text.Replace("Thursday", "Wednesday");
        var (session, transport) = Over(Hits(Article("a/1")), Hits(Article("a/1"), Article("b/1", edited, representative: true)));
        using (session)
        {
            var copy = Assert.Single(session.Similar("a/1"));
            Assert.Equal("b/1", copy.Article.Id);
            Assert.True(copy.IsRepresentative);
            var expected = Similarity.Measure(new FingerprintBuilder(DedupSettings.Default).Compute(Text), new FingerprintBuilder(DedupSettings.Default).Compute(edited));
            Assert.Equal((expected.Resemblance, expected.Containment), (copy.Resemblance, copy.Containment));
        }
        Assert.Contains("\"term\":{\"cluster\":7}", transport.Requests[1].Body);
    }

    [Fact]
    public void The_stories_derived_from_an_article_are_found_by_their_lineage_naming_one_of_its_copies()
    {
        var source = Article("pa/1");
        source["derived"] = 1;
        var derived = Article("bbc/9", cluster: 9, representative: true);
        derived["lineage"] = new JsonArray(new JsonObject { ["source"] = "pa/2", ["share"] = 0.6 });
        var (session, transport) = Over(Hits(source), Hits(Article("pa/1"), Article("pa/2")), Hits(derived), Hits(Article("pa/2")));
        using (session)
        {
            var story = Assert.Single(session.DerivedFrom("pa/1"));
            Assert.Equal(("bbc/9", 0.6), (story.Article.Id, story.Share));
        }
        Assert.Contains("\"terms\":{\"lineage.source\":[\"pa/1\",\"pa/2\"]}", transport.Requests[2].Body);
    }

    [Fact]
    public void An_article_nothing_was_derived_from_is_answered_without_a_search_of_lineages()
    {
        var (session, transport) = Over(Hits(Article("pa/1")));
        using (session) Assert.Empty(session.DerivedFrom("pa/1"));
        Assert.Single(transport.Requests);
    }

    [Fact]
    public void A_diff_compares_the_two_stored_bodies()
    {
        var (session, _) = Over(Hits(Article("a/1", "oil prices rose")), Hits(Article("b/1", "oil prices fell")));
        using (session)
        {
            var diff = session.Diff("a/1", "b/1")!;
            Assert.Contains(diff.Pieces, p => p is { Kind: DiffKind.Deleted, Text: "rose" });
            Assert.Contains(diff.Pieces, p => p is { Kind: DiffKind.Inserted, Text: "fell" });
        }
    }

    [Fact]
    public void The_article_view_marks_the_stored_body_as_the_local_engine_does()
    {
        var (session, _) = Over(Hits(Article("a/1", "Oil rose as oil stocks fell")));

        using (session)
            Assert.Equal([new Mark(0, 3), new Mark(12, 15)], session.HighlightArticle("a/1", "oil")!.Marks);
    }

    [Fact]
    public void The_article_view_marks_a_person_picked_in_the_people_facet_by_whole_name_and_family_name()
    {
        var (session, _) = Over(Hits(Article("a/1", "Vladimir Putin met envoys. Putin said little.")));
        var filters = FacetFilters.None.With(FacetDimension.People, ["Vladimir Putin"]);

        using (session)
            Assert.Equal([new Mark(0, 14), new Mark(27, 32)], session.HighlightArticle("a/1", "", filters: filters)!.Marks);
    }

    [Fact]
    public void Snippets_of_a_search_for_a_person_are_highlighted_where_the_text_names_them()
    {
        var (session, transport) = Over(SearchTestTransport.NothingFound);

        using (session) session.Search(new SearchRequest { QueryText = "people:\"kim jong un\" troops" });

        var highlightQuery = JsonNode.Parse(transport.Requests[0].Body!)!["highlight"]!["highlight_query"]!.ToJsonString();
        Assert.Contains("""{"match_phrase":{"body":"Kim Jong Un"}}""", highlightQuery);
        Assert.Contains("""{"match_phrase":{"title":"Kim Jong Un"}}""", highlightQuery);
        Assert.Contains("troops", highlightQuery);
    }

    [Fact]
    public void The_console_s_status_line_says_when_some_shards_did_not_answer()
    {
        var (session, _) = Over(SearchTestTransport.Ok(ClusterResponses.Read("search-partial-shards")));
        using (session)
        {
            var console = new SearchConsole(session, new InlineLane(), new InlineLane());

            console.SetQueryText("kim");

            Assert.Contains("⚠ 2 of 5 shards of the cluster failed to answer", console.Summary());
        }
    }

    [Fact]
    public void A_search_of_an_index_made_for_another_schema_is_refused_and_says_what_to_do()
    {
        var (session, transport) = Over(SearchTestTransport.NothingFound);
        transport.Mapping = SearchTestTransport.Ok(ClusterResponses.MappingWith(ArticleSchema.CommitSchemaVersion, ArticleSchema.SchemaVersion - 1));

        var refused = Assert.Throws<ClusterSearchException>(() => session.Search(new SearchRequest { QueryText = "oil" }));

        Assert.StartsWith($"the index articles at {SearchTestTransport.Address} was made for schema version {ArticleSchema.SchemaVersion - 1}", refused.Message);
        Assert.Empty(transport.Requests);
    }

    [Fact]
    public void The_index_s_schema_is_read_once_for_the_session()
    {
        var (session, transport) = Over(SearchTestTransport.NothingFound);

        session.Search(new SearchRequest { QueryText = "oil" });
        session.Search(new SearchRequest { QueryText = "gas" });

        Assert.Equal(1, transport.MappingReads);
        Assert.Equal(2, transport.Requests.Count);
    }

    [Fact]
    public void An_index_not_there_yet_is_looked_for_again_at_the_next_search()
    {
        var (session, transport) = Over(new ClusterResponse(404, ClusterResponses.Read("search-index-missing")), SearchTestTransport.NothingFound);
        transport.Mapping = new ClusterResponse(404, ClusterResponses.Read("search-index-missing"));
        Assert.Throws<ClusterSearchException>(() => session.Search(new SearchRequest { QueryText = "oil" }));
        transport.Mapping = new SearchTestTransport().Mapping;

        session.Search(new SearchRequest { QueryText = "oil" });

        Assert.Equal(2, transport.MappingReads);
    }

    [Fact]
    public void A_search_waits_for_the_transport_without_needing_the_callers_context()
    {
        var previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(new SingleThreadContext());
        try
        {
            using var session = new ClusterSearchSession(new SlowTransport(), "articles", SearchTestTransport.Address);
            Assert.Equal(0, session.Search(new SearchRequest { QueryText = "oil" }).Total);
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }
    }

    /// <summary>A context like a UI thread's that never runs what is posted to it: continuations that need it deadlock.</summary>
    private sealed class SingleThreadContext : SynchronizationContext
    {
        public override void Post(SendOrPostCallback d, object? state)
        {
        }
    }

    /// <summary>Answers after a real wait, continuing on whatever context it was called from (as careless code would).</summary>
    private sealed class SlowTransport : IClusterTransport
    {
        public async Task<ClusterResponse> SendAsync(HttpMethod method, string path, string? body, string contentType = "application/json", CancellationToken cancellation = default)
        {
            await Task.Delay(10, cancellation);
            return path.EndsWith("/_mapping", StringComparison.Ordinal) ? new SearchTestTransport().Mapping : SearchTestTransport.NothingFound;
        }

        public void Dispose()
        {
        }
    }
}
