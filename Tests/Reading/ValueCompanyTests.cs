using SearchEngine.Indexing.Reading;
using SearchEngine.Indexing.Schema;
using SearchEngine.Tests.Support;
using Article = SearchEngine.Indexing.Extraction.Article;
using static SearchEngine.Tests.Support.TestIndex;

namespace SearchEngine.Tests.Reading;

/// <summary>The company a person keeps across the collection, and the share of it an article chosen by chance holds.</summary>
public sealed class ValueCompanyTests
{
    /// <summary>
    /// The share by chance of Ann Hale's company (people 0 to 49) over more than twice the articles the sample reads,
    /// every other one naming one of her company and the rest strangers, written in the order <paramref name="ordered"/> gives.
    /// </summary>
    private static double? ChanceShare(Func<IEnumerable<Article>, IEnumerable<Article>> ordered)
    {
        var articles = Enumerable.Range(0, 2 * ValueCompany.MaxArticlesRead + 500)
            .Select(i => Article($"a{i}", body: "Talks.", people: [i % 2 == 0 ? $"Person {i % 50}" : $"Stranger {i % 50}", $"Other {i % 40}"]))
            .Concat(Enumerable.Range(0, 50).Select(i => Article($"h{i}", body: "Talks.", people: ["Ann Hale", $"Person {i}"])));
        using var index = BuildSegments(ordered(articles).Chunk(1500));
        using var reader = index.OpenReader(out var directory);
        using (directory) return new ValueCompany(reader, ArticleSchema.People).SharedByChance("Stranger 1", "Ann Hale");
    }

    [Fact]
    public void The_share_by_chance_is_the_same_whatever_order_the_articles_were_written_in() =>
        Assert.Equal(ChanceShare(a => a), ChanceShare(a => a.Reverse()));
}
