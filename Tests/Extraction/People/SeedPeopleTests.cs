using SearchEngine.Tests.Support;
using SearchEngine.Indexing.Cleaning;
using SearchEngine.Indexing.Extraction;
using SearchEngine.Indexing.Sources;

namespace SearchEngine.Tests.Extraction.People;

public class SeedPeopleTests
{
    private static IReadOnlyList<string> PeopleOf(string seed) => PeopleExtractor.Extract(SeedPages.Page(seed), ExplicitMetadata.None);

    [Theory]
    [InlineData("000", new[] { "Vladimir Putin", "Kim Jong Un", "Volodymyr Zelensky" })]
    [InlineData("001", new[] { "Kim Jong Un", "Vladimir Putin", "Kyrylo Budanov", "Volodymyr Zelensky", "John Healey", "Stephen Doughty" })]
    [InlineData("002", new[] { "Volodymyr Zelensky", "Yoon Suk Yeol", "Kim Jong Un", "Vladimir Putin", "Valeriy Ryabykh" })]
    [InlineData("003", new[] { "Volodymyr Zelensky", "Mark Rutte", "Kyrylo Budanov", "Vladimir Putin", "Kim Jong Un", "Dmitry Peskov" })]
    [InlineData("004", new[] { "Vladimir Putin", "Farah Dakhlallah", "Yoon Suk Yeol", "Andrzej Duda" })]
    public void Seed_page_names_exactly_its_people_in_order_of_first_mention(string seed, string[] expected) =>
        Assert.Equal(expected, PeopleOf(seed));

    [Fact]
    public void Byline_author_is_not_a_person_of_the_story() =>
        Assert.DoesNotContain("Malwina Witkowska", PeopleOf("000"));

    [Fact]
    public void Footer_editor_is_not_a_person_of_the_story() =>
        Assert.DoesNotContain("Kirill Martynov", PeopleOf("003"));

    [Fact]
    public void Photo_credit_is_not_a_person_of_the_story() =>
        Assert.DoesNotContain("Alexander Zemlianichenko", PeopleOf("004"));

    [Fact]
    public void Related_story_headlines_that_give_only_surnames_add_no_one_even_read_as_body()
    {
        var related = SeedPages.Page("004").OfKind(LineKind.Related).ToList();
        var page = new CleanedPage(related.Select(l => l with { Kind = LineKind.Body }).ToList());

        Assert.Empty(PeopleExtractor.Extract(page, ExplicitMetadata.None));
    }
}
