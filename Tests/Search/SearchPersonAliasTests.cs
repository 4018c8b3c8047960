using Lucene.Net.Index;
using SearchEngine.Indexing.Reading;
using SearchEngine.Indexing.Schema;
using SearchEngine.Indexing.Writing;
using SearchEngine.Querying.Search;
using SearchEngine.Tests.Support;
using static SearchEngine.Tests.Search.SearchTestHelpers;
using static SearchEngine.Tests.Support.TestIndex;

namespace SearchEngine.Tests.Search;

/// <summary>
/// The people facet across the collection: an article naming a person by family name alone, or with a middle initial,
/// is counted and selected under the full name the collection uses, as <c>PersonAliases</c> decides.
/// </summary>
public sealed class SearchPersonAliasTests : IDisposable
{
    private readonly TestIndex _index = Build(
        Article("m1", body: "Talks in Berlin.", people: ["Angela Merkel"]),
        Article("m2", body: "Talks in Paris.", people: ["Angela Merkel", "Olaf Scholz", "Emmanuel Macron"]),
        Article("m3", body: "Talks in Rome.", people: ["Angela Merkel"]),
        Article("m4", body: "Talks in Vienna.", people: ["Merkel", "Emmanuel Macron"]),
        Article("s1", body: "Budget in Berlin.", people: ["Olaf Scholz"]),
        Article("s2", body: "Budget in Bonn.", people: ["Olaf W. Scholz"]));

    private readonly ArticleSearcher _searcher;

    public SearchPersonAliasTests() => _searcher = _index.OpenSearcher();

    public void Dispose()
    {
        _searcher.Dispose();
        _index.Dispose();
    }

    private SearchResult Search(string query, params string[] people) => _searcher.Search(new SearchRequest
    {
        QueryText = query,
        Filters = FacetFilters.None.With(FacetDimension.People, people),
        Limit = 100,
    });

    [Fact]
    public void An_article_naming_only_the_family_name_is_counted_under_the_full_name()
    {
        var result = Search("talks");

        Assert.Equal([new FacetValue("Angela Merkel", 4), new FacetValue("Emmanuel Macron", 2), new FacetValue("Olaf Scholz", 1)], result.Facets[ArticleSchema.People]);
    }

    [Fact]
    public void An_article_naming_a_middle_initial_is_counted_under_the_name_without_it()
    {
        var result = Search("budget");

        Assert.Equal([new FacetValue("Olaf Scholz", 2)], result.Facets[ArticleSchema.People]);
    }

    [Fact]
    public void Selecting_the_full_name_finds_the_articles_naming_only_the_family_name() =>
        Assert.Equal(["m1", "m2", "m3", "m4"], Ids(Search("talks", "Angela Merkel")));

    [Fact]
    public void Selecting_the_full_name_over_every_article_finds_the_articles_naming_only_the_family_name() =>
        Assert.Equal(["m1", "m2", "m3", "m4"], Ids(Search("", "Angela Merkel")));

    [Theory]
    [InlineData("people:\"angela merkel\"")]
    [InlineData("people:\"Angela Merkel\"~1")]
    public void A_people_query_naming_the_full_name_finds_the_articles_naming_only_the_family_name(string query) =>
        Assert.Equal(["m1", "m2", "m3", "m4"], Ids(Search(query)));

    [Fact]
    public void A_people_query_naming_a_merged_value_in_words_finds_it_as_the_words_do() =>
        Assert.Equal(["s2"], Ids(Search("people:\"olaf w scholz\"")));

    [Theory]
    [InlineData("Mrs Merkel")]
    [InlineData("Chancellor Merkel")]
    public void Selecting_a_name_with_the_title_the_text_gives_it_selects_the_name_without_it(string typed) =>
        Assert.Equal(["m1", "m2", "m3", "m4"], Ids(Search("", typed)));

    [Fact]
    public void Selecting_a_merged_value_selects_the_name_it_is_counted_under() =>
        Assert.Equal(["m2", "s1", "s2"], Ids(Search("", "Olaf W. Scholz")));

    [Fact]
    public void A_hit_keeps_the_name_its_article_gives_and_carries_the_facet_value_it_is_counted_under()
    {
        var hit = Search("vienna").Hits.Single();

        Assert.Equal(["Merkel", "Emmanuel Macron"], hit.People);
        Assert.Equal(["Angela Merkel", "Emmanuel Macron"], hit.FacetValues[ArticleSchema.People]);
    }

    [Fact]
    public void An_article_holding_both_variants_is_counted_once()
    {
        using var index = Build(
            Article("a", body: "Budget.", people: ["Olaf Scholz", "Olaf W. Scholz"]),
            Article("b", body: "Budget.", people: ["Olaf Scholz"]));
        using var searcher = index.OpenSearcher();

        var result = searcher.Search(new SearchRequest { QueryText = "budget" });

        Assert.Equal([new FacetValue("Olaf Scholz", 2)], result.Facets[ArticleSchema.People]);
    }

    [Fact]
    public void An_index_whose_recorded_merges_cannot_be_read_is_refused_with_what_is_wrong()
    {
        using var index = Build(Article("a", body: "Budget.", people: ["Olaf Scholz"]));
        using (var directory = IndexStore.OpenDirectory(new IndexStore(index.Root).CurrentGeneration!))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(ArticleSchema.Version, null) { OpenMode = OpenMode.APPEND }))
        {
            var data = new Dictionary<string, string>(writer.CommitData) { [ArticleSchema.CommitMergesPrefix + ArticleSchema.People] = "{not json" };
            writer.SetCommitData(data);
            writer.Commit();
        }

        var refused = Assert.Throws<IndexUnusableException>(index.OpenSearcher);

        Assert.Contains("merged people values", refused.Message);
    }

    /// <summary>The people facet of a search for "budget" over the articles.</summary>
    private static IReadOnlyList<FacetValue> PeopleCounted(params Indexing.Extraction.Article[] articles)
    {
        using var index = Build(articles);
        using var searcher = index.OpenSearcher();
        return searcher.Search(new SearchRequest { QueryText = "budget" }).Facets[ArticleSchema.People];
    }

    [Fact]
    public void A_familiar_given_name_is_counted_under_the_formal_one_when_their_articles_name_the_same_people() =>
        Assert.Equal([new FacetValue("Robert Quenby", 3), new FacetValue("Ann Hale", 2)], PeopleCounted(
            Article("r1", body: "Budget vote.", people: ["Robert Quenby", "Ann Hale"]),
            Article("r2", body: "Budget talks.", people: ["Robert Quenby"]),
            Article("b1", body: "Budget row.", people: ["Bob Quenby", "Ann Hale"])));

    [Fact]
    public void A_familiar_and_a_formal_given_name_one_article_names_both_are_counted_apart() =>
        Assert.Equal([new FacetValue("Andy Quenby", 2), new FacetValue("Andrew Quenby", 1)], PeopleCounted(
            Article("a1", body: "Budget game.", people: ["Andy Quenby", "Andrew Quenby"]),
            Article("a2", body: "Budget coach.", people: ["Andy Quenby"])));
}
