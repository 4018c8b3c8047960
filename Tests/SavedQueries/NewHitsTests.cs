using SearchEngine.Querying.SavedQueries;
using SearchEngine.Querying.Search;
using SearchEngine.Tests.Support;
using static SearchEngine.Tests.Cli.Results;

namespace SearchEngine.Tests.SavedQueries;

public class NewHitsTests
{
    private static SavedQueryRun Previous(params string[] ids) =>
        new() { At = DateTimeOffset.UnixEpoch, Total = ids.Length, HitIds = ids };

    [Fact]
    public void Without_a_previous_run_every_hit_is_new()
    {
        var hits = new[] { Hit("a"), Hit("b") };

        Assert.Equal(["a", "b"], NewHits.Select(hits, previous: null).Select(h => h.Id));
    }

    [Fact]
    public void Hits_the_previous_run_returned_are_left_out_and_the_rest_keep_their_order()
    {
        var hits = new[] { Hit("d"), Hit("a"), Hit("c"), Hit("b") };

        Assert.Equal(["d", "c"], NewHits.Select(hits, Previous("a", "b")).Select(h => h.Id));
    }

    [Fact]
    public void Ids_are_compared_exactly()
    {
        Assert.Single(NewHits.Select([Hit("A1")], Previous("a1")));
    }

    [Fact]
    public void Narrowing_counts_only_new_hits_and_pages_through_them()
    {
        var all = Of(Hit("a"), Hit("n1"), Hit("b"), Hit("n2"), Hit("n3")) with { Total = 5 };

        var narrowed = NewHits.Narrow(all, Previous("a", "b"), offset: 1, limit: 1, facetTopN: 10);

        Assert.Equal(3, narrowed.Total);
        Assert.Equal(["n2"], narrowed.Hits.Select(h => h.Id));
    }

    [Fact]
    public void Narrowing_counts_facets_over_the_new_hits_only()
    {
        using var index = TestIndex.Build(
            TestIndex.Article("old", outlet: "The Post", date: "2024-03-01", people: ["Li Wei"]),
            TestIndex.Article("n1", outlet: "Daily Herald", date: "2024-03-15T08:00:00", people: ["Ana Ruiz", "Li Wei"]),
            TestIndex.Article("n2", outlet: "Daily Herald", date: "2024-03-16", people: ["Ana Ruiz"]),
            TestIndex.Article("n3"));

        var facets = NewHits.Narrow(Everything(index), Previous("old"), offset: 0, limit: 10, facetTopN: 10).Facets;

        Assert.Equal([new FacetValue("Daily Herald", 2)], facets["outlet"]);
        Assert.Equal([new FacetValue("2024-03-15", 1), new FacetValue("2024-03-16", 1)], facets["date"]);
        Assert.Equal([new FacetValue("Ana Ruiz", 2), new FacetValue("Li Wei", 1)], facets["people"]);
    }

    [Fact]
    public void New_hits_spread_over_months_are_counted_by_month_as_a_search_counts_them()
    {
        using var index = TestIndex.Build(
            TestIndex.Article("a", date: "2024-01-10"),
            TestIndex.Article("b", date: "2024-01-20"),
            TestIndex.Article("c", date: "2024-05-02"));
        var all = Everything(index);

        var facets = NewHits.Narrow(all, previous: null, offset: 0, limit: 10, facetTopN: 10).Facets;

        Assert.Equal([new FacetValue("2024-01", 2), new FacetValue("2024-05", 1)], facets["date"]);
        Assert.Equal(all.Facets["date"], facets["date"]);
    }

    private static SearchResult Everything(TestIndex index)
    {
        using var searcher = index.OpenSearcher();
        return searcher.Search(new SearchRequest { QueryText = "", Limit = 100 });
    }
}
