using Lucene.Net.Search;
using SearchEngine.Indexing.Schema;
using SearchEngine.Querying.Search;
using SearchEngine.Querying.Search.Facets;
using SearchEngine.Querying.Search.Parsing;
using SearchEngine.Tests.Support;
using static SearchEngine.Tests.Search.SearchTestHelpers;
using static SearchEngine.Tests.Support.TestIndex;

namespace SearchEngine.Tests.Search;

/// <summary>Facet filters through the searcher: AND across dimensions, OR within one, each dimension counted without its own selection.</summary>
public sealed class SearchMultiSelectTests : IDisposable
{
    private readonly TestIndex _index = Build(
        Article("r1", body: "Oil prices rose.", outlet: "Reuters", date: "1987-03-02", people: ["James Baker"]),
        Article("r2", body: "Oil output fell.", outlet: "Reuters", date: "1987-03-03", people: ["Paul Volcker"]),
        Article("a1", body: "Oil ministers met.", outlet: "AP", date: "1987-03-02", people: ["James Baker", "Paul Volcker"]),
        Article("x1", body: "Oil tanker hit.", outlet: "Xinhua", date: "1987-03-04"),
        Article("r3", body: "Gold rose.", outlet: "Reuters", date: "1987-03-02", people: ["James Baker"]));

    private readonly ArticleSearcher _searcher;

    public SearchMultiSelectTests() => _searcher = _index.OpenSearcher();

    public void Dispose()
    {
        _searcher.Dispose();
        _index.Dispose();
    }

    private SearchResult Oil(FacetFilters filters) =>
        _searcher.Search(new SearchRequest { QueryText = "oil", Filters = filters, Limit = 100 });

    [Fact]
    public void Values_selected_in_one_dimension_are_alternatives()
    {
        var result = Oil(FacetFilters.None.With(FacetDimension.Outlet, ["AP", "Xinhua"]));

        Assert.Equal(["a1", "x1"], Ids(result));
    }

    [Fact]
    public void Selections_in_different_dimensions_must_all_hold()
    {
        var result = Oil(FacetFilters.None.With(FacetDimension.Outlet, ["Reuters"]).With(FacetDimension.People, ["James Baker"]));

        Assert.Equal(["r1"], Ids(result));
    }

    [Fact]
    public void A_dimension_is_counted_without_its_own_selection()
    {
        var result = Oil(FacetFilters.None.With(FacetDimension.Outlet, ["AP"]));

        Assert.Equal([new FacetValue("Reuters", 2), new FacetValue("AP", 1), new FacetValue("Xinhua", 1)],
            result.Facets[ArticleSchema.Outlet]);
    }

    [Fact]
    public void Other_dimensions_are_counted_with_the_selection_applied()
    {
        var result = Oil(FacetFilters.None.With(FacetDimension.Outlet, ["Reuters"]));

        Assert.Equal([new FacetValue("James Baker", 1), new FacetValue("Paul Volcker", 1)], result.Facets[ArticleSchema.People]);
    }

    [Fact]
    public void A_dimension_is_counted_with_the_other_dimensions_selections_applied()
    {
        var result = Oil(FacetFilters.None.With(FacetDimension.Outlet, ["Reuters"]).With(FacetDimension.People, ["Paul Volcker"]));

        Assert.Equal([new FacetValue("James Baker", 1), new FacetValue("Paul Volcker", 1)], result.Facets[ArticleSchema.People]);
        Assert.Equal([new FacetValue("AP", 1), new FacetValue("Reuters", 1)], result.Facets[ArticleSchema.Outlet]);
    }

    [Fact]
    public void Filters_leave_scores_unchanged()
    {
        var unfiltered = Oil(FacetFilters.None).Hits.Single(h => h.Id == "a1");

        var filtered = Oil(FacetFilters.None.With(FacetDimension.Outlet, ["AP"]).With(FacetDimension.People, ["Paul Volcker"]) with { From = new DateOnly(1987, 3, 1) }).Hits.Single();

        Assert.Equal(unfiltered.Score, filtered.Score);
    }

    [Fact]
    public void From_and_to_restrict_the_hits_and_every_count_to_their_days()
    {
        var result = Oil(new FacetFilters { From = new DateOnly(1987, 3, 3), To = new DateOnly(1987, 3, 4) });

        Assert.Equal(["r2", "x1"], Ids(result));
        Assert.Equal([new FacetValue("1987-03-03", 1), new FacetValue("1987-03-04", 1)], result.Facets[ArticleSchema.Date]);
    }

    [Fact]
    public void A_selected_month_stands_for_all_its_days()
    {
        using var months = Build(
            Article("feb", body: "Oil.", date: "1987-02-27"),
            Article("mar", body: "Oil.", date: "1987-03-30"),
            Article("oct", body: "Oil.", date: "1987-10-19"));
        using var monthSearcher = months.OpenSearcher();

        var result = monthSearcher.Search(new SearchRequest { QueryText = "oil", Filters = FacetFilters.None.With(FacetDimension.Date, ["1987-03"]) });

        Assert.Equal(["mar"], Ids(result));
        Assert.Equal(3, result.Facets[ArticleSchema.Date].Sum(v => v.Count));
    }

    [Fact]
    public void The_hits_are_those_of_a_plain_lucene_drill_down()
    {
        var filters = FacetFilters.None.With(FacetDimension.Outlet, ["Reuters", "AP"]).With(FacetDimension.People, ["Paul Volcker"]).With(FacetDimension.Date, ["1987-03"]);
        using var reader = _index.OpenReader(out var directory);
        using var analyzer = ArticleSchema.CreateAnalyzer();
        var plain = new IndexSearcher(reader);
        var query = new FilteredQuery(new ArticleQueryParser(reader, analyzer).Parse("oil"), DrillDown.ToFilter(filters));
        var expected = plain.Search(query, 100).ScoreDocs.Select(d => plain.Doc(d.Doc).Get(ArticleSchema.Id)).Order(StringComparer.Ordinal);

        var result = Oil(filters);

        Assert.Equal(expected, Ids(result));
        Assert.Equal(["a1", "r2"], Ids(result));
        directory.Dispose();
    }
}
