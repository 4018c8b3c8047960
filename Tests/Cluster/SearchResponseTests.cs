using SearchEngine.Indexing.Cluster;
using SearchEngine.Indexing.Schema;
using SearchEngine.Querying.Search;
using SearchEngine.Querying.Search.Cluster;

namespace SearchEngine.Tests.Cluster;

/// <summary>Answers shaped as the engines document them, read back into the result the local searcher gives.</summary>
public class SearchResponseTests
{
    private static readonly SearchRequest KimJongUn = new() { QueryText = "\"Kim Jong Un\"" };

    private static SearchResult Answer(SearchRequest request, params string[] responses)
    {
        var transport = new SearchTestTransport([.. responses.Select(r => SearchTestTransport.Ok(ClusterResponses.Read(r)))]);
        using var session = new ClusterSearchSession(transport, "articles", SearchTestTransport.Address);
        return session.Search(request);
    }

    private static SearchResult Collapsed() => Answer(KimJongUn, "search-collapsed", "search-lineage-sources");

    private static Exception Failure(int status, string response)
    {
        var transport = new SearchTestTransport(new ClusterResponse(status, ClusterResponses.Read(response)));
        using var session = new ClusterSearchSession(transport, "articles", SearchTestTransport.Address);
        return Record.Exception(() => session.Search(KimJongUn))!;
    }

    [Fact]
    public void Collapsed_rows_are_the_clusters_counted_and_articles_every_matching_copy()
    {
        var result = Collapsed();
        Assert.Equal((3, 6, 2), (result.Total, result.TotalArticles, result.TotalStories));
    }

    [Fact]
    public void A_collapsed_hit_counts_its_other_copies_and_names_their_outlets_once()
    {
        var hit = Collapsed().Hits[0];
        Assert.Equal(2, hit.SimilarCount);
        Assert.Equal(["BBC", "Reuters"], hit.SimilarOutlets);
    }

    [Fact]
    public void A_hit_without_other_copies_shows_none() =>
        Assert.Equal((0, 0), (Collapsed().Hits[1].SimilarCount, Collapsed().Hits[1].SimilarOutlets.Count));

    [Fact]
    public void A_hit_carries_the_stored_fields_and_its_cluster_key_in_hex()
    {
        var hit = Collapsed().Hits[0];
        Assert.Equal(("world/001", "Kim Jong Un meets envoys", "Reuters", "2024-10-18T09:30:00", "Jane Doe"), (hit.Id, hit.Title, hit.Outlet, hit.Date, hit.Author));
        Assert.Equal(("world/001.txt", "https://example.com/world/001", 1), (hit.Path, hit.Url, hit.DerivedStories));
        Assert.Equal(1234567890123L.ToString("x16"), hit.ClusterId);
        Assert.Equal(["2024-10-18"], hit.FacetValues["date"]);
    }

    [Fact]
    public void Highlighted_fragments_become_snippets_as_text_and_marks()
    {
        var snippet = Collapsed().Hits[0].Snippets[0];
        Assert.Equal("North Korean leader Kim Jong Un met envoys in Pyongyang on Friday.", snippet.Text);
        Assert.Equal([new Mark(20, 23), new Mark(24, 28), new Mark(29, 31)], snippet.Marks);
    }

    [Fact]
    public void A_highlighted_title_becomes_marks_in_the_title() =>
        Assert.Equal([new Mark(0, 3), new Mark(4, 8), new Mark(9, 11)], Collapsed().Hits[0].TitleMarks);

    [Fact]
    public void A_derived_hit_names_its_source_by_the_outlet_and_date_looked_up()
    {
        var source = Assert.Single(Collapsed().Hits[1].DerivedFrom);
        Assert.Equal("based on PA, 12 Jul 2024, 43 %", source.Describe());
    }

    [Fact]
    public void The_lineage_sources_are_looked_up_by_id_in_one_second_request()
    {
        var transport = new SearchTestTransport(SearchTestTransport.Ok(ClusterResponses.Read("search-collapsed")),
            SearchTestTransport.Ok(ClusterResponses.Read("search-lineage-sources")));
        using (var session = new ClusterSearchSession(transport, "articles", SearchTestTransport.Address))
            session.Search(KimJongUn);
        Assert.Equal(2, transport.Requests.Count);
        Assert.Contains("\"terms\":{\"id\":[\"pa/1\"]}", transport.Requests[1].Body);
    }

    [Fact]
    public void Facet_values_come_most_frequent_first()
    {
        var result = Collapsed();
        Assert.Equal([new FacetValue("Reuters", 3), new FacetValue("AP", 2), new FacetValue("BBC", 1)], result.Facets["outlet"]);
        Assert.Equal([new FacetValue("Kim Jong Un", 6), new FacetValue("Moon Jae-in", 1)], result.Facets["people"]);
    }

    [Fact]
    public void Days_spread_over_more_than_two_months_are_rolled_up_into_months_as_locally() =>
        Assert.Equal([new FacetValue("2024-08", 1), new FacetValue("2024-10", 5)], Collapsed().Facets["date"]);

    [Fact]
    public void A_complete_answer_carries_no_warning() => Assert.Empty(Collapsed().Warnings);

    [Fact]
    public void An_answer_missing_some_shards_gives_its_results_with_a_warning_naming_the_failure()
    {
        var result = Answer(KimJongUn with { Collapse = false }, "search-partial-shards");
        Assert.Equal("world/001", Assert.Single(result.Hits).Id);
        Assert.Equal(
            "2 of 5 shards of the cluster failed to answer, so matches and counts may be missing: node_not_connected_exception: [node-2][10.0.0.7:9300] Node not connected",
            Assert.Single(result.Warnings));
    }

    [Fact]
    public void A_query_the_cluster_refuses_is_a_query_error_with_the_engines_reason()
    {
        var error = Assert.IsType<QuerySyntaxException>(Failure(400, "search-query-refused"));
        Assert.Equal("the cluster cannot run the query: maxClauseCount is set to 1024", error.Message);
    }

    [Fact]
    public void An_overloaded_cluster_is_reported_with_its_address_and_status()
    {
        var error = Assert.IsType<ClusterSearchException>(Failure(429, "search-rejected-429"));
        Assert.Equal(429, error.Status);
        Assert.StartsWith($"the cluster at {SearchTestTransport.Address} is overloaded and refused the search (429): rejected execution", error.Message);
    }

    [Fact]
    public void An_unavailable_cluster_is_reported_with_its_address_and_reason() =>
        Assert.Equal($"the cluster at {SearchTestTransport.Address} is unavailable (503): all shards failed",
            Assert.IsType<ClusterSearchException>(Failure(503, "search-unavailable-503")).Message);

    [Fact]
    public void A_missing_index_is_reported_by_name() =>
        Assert.Equal($"the cluster at {SearchTestTransport.Address} has no such index: no such index [articles]",
            Assert.IsType<ClusterSearchException>(Failure(404, "search-index-missing")).Message);

    [Fact]
    public void A_selected_name_no_article_has_is_reported_with_the_nearest_values_shown()
    {
        var answer = ClusterResponses.Read("search-collapsed").Replace("""
              "aggregations": {
            """, """
              "aggregations": {
                "selected": {"doc_count": 40, "outlet": {"buckets": {"Reuter": {"doc_count": 0}}}},
            """);
        var transport = new SearchTestTransport(SearchTestTransport.Ok(answer), SearchTestTransport.Ok(ClusterResponses.Read("search-lineage-sources")));
        using var session = new ClusterSearchSession(transport, "articles", SearchTestTransport.Address);
        var result = session.Search(KimJongUn with { Filters = FacetFilters.None.With(FacetDimension.Outlet, ["Reuter"]) });
        var unknown = Assert.Single(result.UnknownSelections);
        Assert.Equal(("Reuter", "Reuters"), (unknown.Value, unknown.Nearest[0]));
    }
}
