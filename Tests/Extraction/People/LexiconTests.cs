using SearchEngine.Indexing.Extraction.People;

namespace SearchEngine.Tests.Extraction.People;

public class LexiconTests
{
    [Fact]
    public void Given_name_lexicon_is_large() => Assert.True(GivenNames.All.Count > 3000, $"{GivenNames.All.Count} given names");

    [Theory]
    [InlineData("Kyrylo")]
    [InlineData("Volodymyr")]
    [InlineData("Dmitry")]
    [InlineData("Andrzej")]
    [InlineData("Jürgen")]
    [InlineData("Jean-Claude")]
    [InlineData("Giuseppe")]
    [InlineData("Joaquín")]
    [InlineData("Farah")]
    [InlineData("Recep")]
    [InlineData("Narendra")]
    [InlineData("Olusegun")]
    [InlineData("Yasuhiro")]
    [InlineData("Siobhan")]
    public void Given_names_of_many_languages_are_known_with_or_without_accents(string name) =>
        Assert.True(GivenNames.All.Contains(name));

    [Theory]
    [InlineData("Mike")]
    [InlineData("William")]
    [InlineData("Wasim")]
    [InlineData("Juha")]
    [InlineData("Slobodan")]
    [InlineData("Arantxa")]
    public void Given_names_come_from_the_shipped_lexicon_as_well_as_the_curated_list(string name) =>
        Assert.True(GivenNames.All.Contains(name));

    [Fact]
    public void Shipped_lexicon_holds_tens_of_thousands_of_names() => Assert.True(GivenNameLexicon.Names().Count() > 50_000);

    [Theory]
    [InlineData("Sierra")]
    [InlineData("Autumn")]
    [InlineData("Georgia")]
    [InlineData("Hope")]
    public void Lexicon_names_that_are_also_places_dates_countries_or_words_are_left_out(string word) =>
        Assert.False(GivenNames.All.Contains(word));

    [Theory]
    [InlineData("Will")]
    [InlineData("May")]
    [InlineData("Jordan")]
    [InlineData("Paris")]
    [InlineData("Said")]
    public void Given_names_that_are_also_common_words_or_places_are_left_out(string word) =>
        Assert.False(GivenNames.All.Contains(word));

    [Theory]
    [InlineData("Kim")]
    [InlineData("Yoon")]
    [InlineData("Deng")]
    [InlineData("Nguyen")]
    public void East_asian_family_names_are_known(string name) => Assert.True(EastAsianNames.FamilyNames.Contains(name));

    [Theory]
    [InlineData("Agency")]
    [InlineData("Directorate")]
    [InlineData("Peninsula")]
    [InlineData("Vladivostok")]
    [InlineData("Ukrainian")]
    [InlineData("October")]
    [InlineData("Meanwhile")]
    public void Organisation_place_nationality_date_and_opener_words_are_not_person_words(string word) =>
        Assert.True(NonPersonWords.Contains(word));
}
