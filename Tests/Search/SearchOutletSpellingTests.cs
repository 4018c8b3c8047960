using SearchEngine.Indexing.Schema;
using SearchEngine.Querying.Search;
using SearchEngine.Tests.Support;
using static SearchEngine.Tests.Search.SearchTestHelpers;
using static SearchEngine.Tests.Support.TestIndex;

namespace SearchEngine.Tests.Search;

/// <summary>The outlet facet across the collection: spellings of one outlet's name are counted and selected as one (<c>OutletSpellings</c>).</summary>
public sealed class SearchOutletSpellingTests : IDisposable
{
    private readonly TestIndex _index = Build(
        Article("c1", body: "Storm hits coast.", outlet: "CNN"),
        Article("c2", body: "Storm moves inland.", outlet: "CNN"),
        Article("c3", body: "Storm damage counted.", outlet: "CNN.com"),
        Article("t1", body: "Storm warning issued.", outlet: "The New York Times"),
        Article("t2", body: "Storm season ends.", outlet: "BBC News"));

    private readonly ArticleSearcher _searcher;

    public SearchOutletSpellingTests() => _searcher = _index.OpenSearcher();

    public void Dispose()
    {
        _searcher.Dispose();
        _index.Dispose();
    }

    private SearchResult Search(params string[] outlets) => _searcher.Search(new SearchRequest
    {
        QueryText = "storm",
        Filters = FacetFilters.None.With(FacetDimension.Outlet, outlets),
        Limit = 100,
    });

    [Fact]
    public void An_outlet_named_by_its_address_is_counted_under_its_name() =>
        Assert.Equal([new FacetValue("CNN", 3), new FacetValue("BBC News", 1), new FacetValue("The New York Times", 1)],
            Search().Facets[ArticleSchema.Outlet]);

    [Fact]
    public void Selecting_the_name_finds_the_articles_giving_the_address() =>
        Assert.Equal(["c1", "c2", "c3"], Ids(Search("CNN")));

    [Fact]
    public void A_hit_keeps_the_spelling_its_article_gives() =>
        Assert.Equal("CNN.com", Search("CNN").Hits.Single(h => h.Id == "c3").Outlet);
}
