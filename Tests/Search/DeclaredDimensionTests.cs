using SearchEngine.Indexing.Schema;
using SearchEngine.Querying.Cli.Rendering;
using SearchEngine.Querying.SavedQueries;
using SearchEngine.Querying.Search;
using SearchEngine.Querying.Tui.Models;
using SearchEngine.Tests.Support;

namespace SearchEngine.Tests.Search;

/// <summary>
/// Adding a facet dimension is a schema change: declared here as the schema would declare an author dimension, it is
/// written by the indexer's document mapper, counted, filtered and shown with nothing else changed.
/// </summary>
public sealed class DeclaredDimensionTests : IDisposable
{
    private static readonly FacetDimension Author = new("author_facet", "Author", FacetValues.Exact, a => a.Author is { } author ? [author] : []);
    private static readonly IReadOnlyList<FacetDimension> Dimensions = [.. ArticleSchema.FacetDimensions, Author];

    private readonly TestIndex _index = TestIndex.BuildWith(Dimensions,
        TestIndex.Article("a1", "Grain exports resume", "grain", outlet: "Daily Herald", author: "Ana Ruiz"),
        TestIndex.Article("a2", "Grain prices fall", "grain", outlet: "The Post", author: "Ana Ruiz"),
        TestIndex.Article("a3", "Grain harvest late", "grain", outlet: "The Post", author: "Li Wei"));

    private readonly ArticleSearcher _searcher;

    public DeclaredDimensionTests() => _searcher = ArticleSearcher.Open(_index.Root, Dimensions);

    public void Dispose()
    {
        _searcher.Dispose();
        _index.Dispose();
    }

    private SearchResult Grain(FacetFilters? filters = null) =>
        _searcher.Search(new SearchRequest { QueryText = "grain", Filters = filters ?? FacetFilters.None });

    [Fact]
    public void A_declared_dimension_is_counted_after_the_schemas_own()
    {
        var result = Grain();

        Assert.Equal(Dimensions, result.Dimensions);
        Assert.Equal([new FacetValue("Ana Ruiz", 2), new FacetValue("Li Wei", 1)], result.Facets[Author.Field]);
    }

    [Fact]
    public void A_declared_dimension_filters_the_hits_and_keeps_its_other_values_counted()
    {
        var result = Grain(FacetFilters.None.With(Author, ["Li Wei"]));

        Assert.Equal(["a3"], result.Hits.Select(h => h.Id));
        Assert.Equal([new FacetValue("Ana Ruiz", 2), new FacetValue("Li Wei", 1)], result.Facets[Author.Field]);
        Assert.Equal([new FacetValue("The Post", 1)], result.Facets[ArticleSchema.Outlet]);
    }

    [Fact]
    public void A_declared_dimension_is_counted_over_the_new_hits_of_a_saved_query()
    {
        var previous = new SavedQueryRun { At = DateTimeOffset.UnixEpoch, Total = 1, HitIds = ["a3"] };

        var fresh = NewHits.Narrow(Grain(), previous, offset: 0, limit: 10, facetTopN: 10);

        Assert.Equal([new FacetValue("Ana Ruiz", 2)], fresh.Facets[Author.Field]);
    }

    [Fact]
    public void A_declared_dimension_is_shown_under_its_label_in_the_table_the_json_and_the_console()
    {
        var result = Grain();

        Assert.Contains("Author: Ana Ruiz (2) · Li Wei (1)", TableRenderer.Render(result, new TableLayout(Width: 80, Colour: false)));
        Assert.Contains("\"author_facet\": [", JsonRenderer.Render(result));
        var panel = new FacetPanel(result, SearchCriteria.Start.Toggle(Author, "Li Wei"), 8);
        Assert.Contains(panel.Entries, e => e.Dimension == Author && e is { Value: "Li Wei", Selected: true });
        Assert.Equal("Author (filtered)", panel.Render(panel.Entries.ToList().FindIndex(e => e.Dimension == Author && !e.IsValue), 30)[0].PlainText);
    }
}
