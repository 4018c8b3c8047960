using Lucene.Net.Search;
using SearchEngine.Indexing.Schema;
using SearchEngine.Querying.Search;
using SearchEngine.Querying.Search.Facets;
using SearchEngine.Tests.Support;
using static SearchEngine.Tests.Search.SearchTestHelpers;
using static SearchEngine.Tests.Support.TestIndex;

namespace SearchEngine.Tests.Search;

/// <summary>
/// A query matching every article takes its counts from the reader's precounted totals where multi-select semantics
/// allow: the answers must be those of counting the matches one by one.
/// </summary>
public sealed class SearchMatchAllTests : IDisposable
{
    private readonly TestIndex _index = BuildSegments(
        [
            [
                Article("r1", body: "Oil prices rose.", outlet: "Reuters", date: "1987-03-02", people: ["James Baker"]),
                Article("r2", body: "Oil output fell.", outlet: "Reuters", date: "1987-03-03", people: ["Paul Volcker"]),
                Article("gone", body: "Oil.", outlet: "AP", people: ["Paul Volcker"]),
            ],
            [
                Article("a1", body: "Oil ministers met.", outlet: "AP", date: "1987-03-02", people: ["James Baker", "Paul Volcker"]),
                Article("x1", body: "Oil tanker hit.", outlet: "Xinhua", date: "1987-03-04"),
                Article("r3", body: "Gold rose.", outlet: "Reuters", date: "1987-03-02", people: ["James Baker"]),
            ],
        ],
        deletedIds: ["gone"]);

    private readonly ArticleSearcher _searcher;

    public SearchMatchAllTests() => _searcher = _index.OpenSearcher();

    public void Dispose()
    {
        _searcher.Dispose();
        _index.Dispose();
    }

    private SearchResult Everything(FacetFilters filters) =>
        _searcher.Search(new SearchRequest { QueryText = "*:*", Filters = filters, Limit = 100 });

    [Fact]
    public void The_precounted_totals_equal_the_counts_of_a_match_all_search_without_deleted_articles()
    {
        using var reader = _index.OpenReader(out var directory);
        using (directory)
        {
            var state = FacetReaderState.Build(reader);
            var counted = FacetCounting.CreateCounters(state, FacetFilters.None);
            new IndexSearcher(reader).Search(new MatchAllDocsQuery(), new MultiSelectFacetCollector(TopScoreDocCollector.Create(1, false), counted));

            foreach (var counter in counted)
                Assert.Equal(counter.Counts, state.CountsOverEveryDocument(counter.Ordinals.Field));
        }
    }

    [Fact]
    public void The_precounted_totals_are_a_copy_the_caller_may_change()
    {
        using var reader = _index.OpenReader(out var directory);
        using (directory)
        {
            var state = FacetReaderState.Build(reader);

            state.CountsOverEveryDocument(ArticleSchema.Outlet)[0] = 1000;

            Assert.NotEqual(1000, state.CountsOverEveryDocument(ArticleSchema.Outlet)[0]);
        }
    }

    [Fact]
    public void Everything_unfiltered_counts_every_live_article()
    {
        var result = Everything(FacetFilters.None);

        Assert.Equal([new FacetValue("Reuters", 3), new FacetValue("AP", 1), new FacetValue("Xinhua", 1)], result.Facets[ArticleSchema.Outlet]);
        Assert.Equal([new FacetValue("James Baker", 3), new FacetValue("Paul Volcker", 2)], result.Facets[ArticleSchema.People]);
    }

    [Fact]
    public void Everything_with_one_selection_finds_the_articles_passing_it()
    {
        var result = Everything(FacetFilters.None.With(FacetDimension.People, ["James Baker"]));

        Assert.Equal(["a1", "r1", "r3"], Ids(result));
        Assert.Equal(3, result.TotalArticles);
    }

    [Fact]
    public void Everything_with_one_selection_counts_that_dimension_over_every_article()
    {
        var result = Everything(FacetFilters.None.With(FacetDimension.People, ["James Baker"]));

        Assert.Equal([new FacetValue("James Baker", 3), new FacetValue("Paul Volcker", 2)], result.Facets[ArticleSchema.People]);
    }

    [Fact]
    public void Everything_with_one_selection_counts_the_other_dimensions_over_the_articles_passing_it()
    {
        var result = Everything(FacetFilters.None.With(FacetDimension.People, ["James Baker"]));

        Assert.Equal([new FacetValue("Reuters", 2), new FacetValue("AP", 1)], result.Facets[ArticleSchema.Outlet]);
    }

    [Fact]
    public void Everything_with_selections_in_two_dimensions_counts_each_with_the_other_applied()
    {
        var result = Everything(FacetFilters.None.With(FacetDimension.Outlet, ["Reuters"]).With(FacetDimension.People, ["Paul Volcker"]));

        Assert.Equal(["r2"], Ids(result));
        Assert.Equal([new FacetValue("James Baker", 2), new FacetValue("Paul Volcker", 1)], result.Facets[ArticleSchema.People]);
        Assert.Equal([new FacetValue("AP", 1), new FacetValue("Reuters", 1)], result.Facets[ArticleSchema.Outlet]);
    }

    [Fact]
    public void Everything_with_one_selection_scores_as_everything_unfiltered()
    {
        var unfiltered = Everything(FacetFilters.None).Hits.Single(h => h.Id == "a1");

        var filtered = Everything(FacetFilters.None.With(FacetDimension.People, ["James Baker"])).Hits.Single(h => h.Id == "a1");

        Assert.Equal(unfiltered.Score, filtered.Score);
    }

    [Fact]
    public void Everything_with_a_selected_value_no_article_has_finds_nothing_but_still_counts_the_dimension()
    {
        var result = Everything(FacetFilters.None.With(FacetDimension.Outlet, ["Nobody"]));

        Assert.Empty(result.Hits);
        Assert.Equal([new FacetValue("Reuters", 3), new FacetValue("AP", 1), new FacetValue("Xinhua", 1)], result.Facets[ArticleSchema.Outlet]);
    }

    [Fact]
    public void Everything_within_a_date_range_counts_only_the_articles_in_it()
    {
        var result = Everything(FacetFilters.None.With(FacetDimension.People, ["James Baker"]) with { From = new DateOnly(1987, 3, 3) });

        Assert.Empty(result.Hits);
        Assert.Equal([new FacetValue("Paul Volcker", 1)], result.Facets[ArticleSchema.People]);
    }

    [Fact]
    public void A_searcher_opened_after_a_rebuild_counts_the_rebuilt_articles_while_an_older_one_keeps_its_own()
    {
        using var rebuilt = Build(Article("a", outlet: "Reuters"));
        using var before = rebuilt.OpenSearcher();

        rebuilt.Rebuild(Article("b", outlet: "AP"), Article("c", outlet: "AP"));
        using var after = rebuilt.OpenSearcher();

        Assert.Equal([new FacetValue("Reuters", 1)], before.Search(new SearchRequest { QueryText = "*:*" }).Facets[ArticleSchema.Outlet]);
        Assert.Equal([new FacetValue("AP", 2)], after.Search(new SearchRequest { QueryText = "*:*" }).Facets[ArticleSchema.Outlet]);
    }
}
