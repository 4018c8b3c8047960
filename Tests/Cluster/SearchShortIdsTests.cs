using System.Text.Json.Nodes;
using SearchEngine.Querying.Search;
using SearchEngine.Querying.Search.Cluster;
using SearchEngine.Tests.Support;

namespace SearchEngine.Tests.Cluster;

/// <summary>Short ids on a cluster: the shortest start no other id begins with, from each id's neighbours in id order, as locally.</summary>
public sealed class SearchShortIdsTests
{
    [Fact]
    public void A_short_id_is_one_character_longer_than_the_longest_start_it_shares_with_a_neighbour() =>
        Assert.Equal("world/0012345", ClusterShortIds.Shortest("world/0012345abc", "world/0012344zzz", "world/0013"));

    [Fact]
    public void An_id_that_shares_little_is_shortened_to_seven_characters() =>
        Assert.Equal("world/0", ClusterShortIds.Shortest("world/0012345", "sport/9", null));

    [Fact]
    public void An_id_another_id_begins_with_is_shown_whole() =>
        Assert.Equal("world/001", ClusterShortIds.Shortest("world/001", null, "world/0012"));

    [Fact]
    public void The_neighbours_of_every_id_are_asked_for_in_one_multi_search() =>
        GoldenFiles.Matches("short-ids", new JsonArray([.. ClusterShortIds.Body(["world/001", "world/002"]).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonNode.Parse(line))]));

    [Fact]
    public void An_id_whose_neighbour_search_failed_keeps_its_whole_self()
    {
        var answer = JsonNode.Parse(ClusterResponses.Read("msearch-neighbours"))!.AsObject();

        var shortIds = ClusterShortIds.Read(answer, ["world/0012345", "world/0099999"]);

        Assert.Equal("world/001234", shortIds["world/0012345"]);
        Assert.Equal("world/0099999", shortIds["world/0099999"]);
    }

    [Fact]
    public void Neighbours_in_id_order_give_every_seed_the_short_id_the_local_index_gives_it()
    {
        var seeds = new[] { "000", "001", "002", "003", "004" }.Select(SeedPages.Article).ToList();
        using var index = TestIndex.Build([.. seeds, .. seeds.Select(a => a with { Id = a.Id + "-copy" })]);
        using var searcher = ArticleSearcher.Open(index.Root);
        var ids = seeds.Select(a => a.Id).Concat(seeds.Select(a => a.Id + "-copy")).Order(StringComparer.Ordinal).ToList();

        for (var i = 0; i < ids.Count; i++)
            Assert.Equal(searcher.Find(ids[i])!.ShortId, ClusterShortIds.Shortest(ids[i], i > 0 ? ids[i - 1] : null, i + 1 < ids.Count ? ids[i + 1] : null));
    }

    [Fact]
    public void A_search_asking_for_short_ids_finds_each_hit_s_neighbours_in_one_more_request()
    {
        var transport = new SearchTestTransport(body => body!.StartsWith("{}\n", StringComparison.Ordinal)
            ? SearchTestTransport.Ok(NoNeighbours(body.Count(c => c == '\n') / 2))
            : SearchTestTransport.Ok(ClusterResponses.Read("search-collapsed")));
        using var session = new ClusterSearchSession(transport, "articles", SearchTestTransport.Address);

        var hits = session.Search(new SearchRequest { QueryText = "oil", ShortIds = true }).Hits;

        Assert.Equal("/articles/_msearch", transport.Requests[^1].Path);
        Assert.Equal("world/0", hits[0].ShortId);
    }

    /// <summary>A multi-search answer of <paramref name="searches"/> searches that each found nothing.</summary>
    private static string NoNeighbours(int searches) => new JsonObject
    {
        ["took"] = 1,
        ["responses"] = new JsonArray([.. Enumerable.Range(0, searches).Select(_ => (JsonNode)JsonNode.Parse("""
            {"took": 1, "timed_out": false, "_shards": {"total": 1, "successful": 1, "skipped": 0, "failed": 0},
             "hits": {"max_score": null, "hits": []}, "status": 200}
            """)!)]),
    }.ToJsonString();
}
