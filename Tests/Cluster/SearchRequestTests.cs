using System.Text.Json.Nodes;
using SearchEngine.Indexing.Schema;
using SearchEngine.Querying.Search;
using SearchEngine.Querying.Search.Cluster;

namespace SearchEngine.Tests.Cluster;

/// <summary>The <c>_search</c> body of each class of query, compared with its reviewed golden file.</summary>
public class SearchRequestTests
{
    private static JsonNode BodySent(SearchRequest request)
    {
        var transport = new SearchTestTransport(SearchTestTransport.NothingFound);
        using (var session = new ClusterSearchSession(transport, "articles", SearchTestTransport.Address))
            session.Search(request);
        var (method, path, body) = Assert.Single(transport.Requests);
        Assert.Equal(HttpMethod.Post, method);
        Assert.Equal("/articles/_search", path);
        return JsonNode.Parse(body!)!;
    }

    [Fact]
    public void A_term_query_searches_title_boosted_and_body_with_every_word_required() =>
        GoldenFiles.Matches("search-term", BodySent(new SearchRequest { QueryText = "opec" }));

    [Fact]
    public void A_phrase_query_is_passed_on_as_a_phrase() =>
        GoldenFiles.Matches("search-phrase", BodySent(new SearchRequest { QueryText = "\"Kim Jong Un\"" }));

    [Fact]
    public void A_boolean_query_keeps_its_operators_and_maps_the_user_field_names() =>
        GoldenFiles.Matches("search-boolean", BodySent(new SearchRequest { QueryText = "oil AND (opec OR outlet:reuters) -iran date:2024-10" }));

    [Fact]
    public void Selections_in_one_dimension_filter_the_hits_and_every_other_dimension_but_not_their_own() =>
        GoldenFiles.Matches("search-facet-one-dimension", BodySent(new SearchRequest
        {
            QueryText = "oil",
            Filters = FacetFilters.None.With(FacetDimension.Outlet, ["Reuters", "BBC"]),
        }));

    [Fact]
    public void Selections_in_two_dimensions_are_anded_and_each_dimension_is_counted_under_the_other_only() =>
        GoldenFiles.Matches("search-facet-two-dimensions", BodySent(new SearchRequest
        {
            QueryText = "oil",
            Filters = FacetFilters.None.With(FacetDimension.Outlet, ["Reuters"]).With(FacetDimension.Date, ["2024-10", "2024-11-02"]),
        }));

    [Fact]
    public void A_date_range_filters_the_query_so_it_narrows_hits_and_every_facet() =>
        GoldenFiles.Matches("search-date-range", BodySent(new SearchRequest
        {
            QueryText = "oil",
            Filters = FacetFilters.None with { From = new DateOnly(2024, 10, 18), To = new DateOnly(2024, 10, 20) },
        }));

    [Fact]
    public void A_collapsed_search_collapses_on_the_cluster_key_and_counts_clusters_and_stories() =>
        GoldenFiles.Matches("search-collapse-on", BodySent(new SearchRequest { QueryText = "oil", Collapse = true }));

    [Fact]
    public void A_search_of_every_copy_neither_collapses_nor_counts_clusters() =>
        GoldenFiles.Matches("search-collapse-off", BodySent(new SearchRequest { QueryText = "oil", Collapse = false }));

    [Fact]
    public void A_search_by_date_sorts_newest_first_with_undated_articles_last() =>
        GoldenFiles.Matches("search-sort-date", BodySent(new SearchRequest { QueryText = "oil", Sort = SortOrder.Date }));

    [Fact]
    public void Equally_scored_hits_are_ordered_by_their_clusters_key_and_representative_as_in_a_local_index() =>
        Assert.Equal("""["_score",{"cluster":"asc"},{"cluster_rep":"desc"}]""",
            BodySent(new SearchRequest { QueryText = "oil" })["sort"]!.ToJsonString());

    [Fact]
    public void A_later_page_is_asked_for_by_from_and_size() =>
        GoldenFiles.Matches("search-paging", BodySent(new SearchRequest { QueryText = "oil", Offset = 20, Limit = 10 }));

    [Fact]
    public void An_empty_query_matches_every_article() =>
        Assert.Equal("""{"match_all":{}}""", BodySent(new SearchRequest { QueryText = "  " })["query"]!.ToJsonString());

    [Fact]
    public void A_query_the_local_parser_refuses_is_refused_with_its_column_before_anything_is_sent()
    {
        var transport = new SearchTestTransport(SearchTestTransport.NothingFound);
        using var session = new ClusterSearchSession(transport, "articles", SearchTestTransport.Address);
        var error = Assert.Throws<QuerySyntaxException>(() => session.Search(new SearchRequest { QueryText = "oil color:red" }));
        Assert.Equal(5, error.Column);
        Assert.Empty(transport.Requests);
    }

    [Fact]
    public void A_selected_name_matches_its_value_in_any_case_and_a_selected_month_its_days()
    {
        var body = BodySent(new SearchRequest
        {
            QueryText = "",
            Filters = FacetFilters.None.With(FacetDimension.Outlet, ["reuters"]).With(FacetDimension.Date, ["2024-10"]),
        });
        var filters = body["post_filter"]!["bool"]!["filter"]!.AsArray().Select(f => f!["bool"]!["should"]![0]!.ToJsonString());
        Assert.Equal(["""{"term":{"outlet":{"value":"reuters","case_insensitive":true}}}""", """{"prefix":{"date":"2024-10-"}}"""], filters);
    }
}
