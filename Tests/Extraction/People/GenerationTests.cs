using SearchEngine.Indexing.Extraction.People;

using static SearchEngine.Tests.Extraction.People.PeopleText;

namespace SearchEngine.Tests.Extraction.People;

public class GenerationTests
{
    [Theory]
    [InlineData("II")]
    [InlineData("XVI")]
    [InlineData("Jr")]
    [InlineData("Snr")]
    public void Numerals_and_junior_or_senior_tell_generations_apart(string word) =>
        Assert.True(Generation.IsSuffix(word));

    [Theory]
    [InlineData("V")]
    [InlineData("Xi")]
    [InlineData("Vi")]
    public void A_single_letter_or_a_name_in_lower_case_is_no_numeral(string word) =>
        Assert.False(Generation.IsSuffix(word));

    [Fact]
    public void A_numeral_stays_on_the_name_it_ends() =>
        Assert.Equal(["John Paul II"], PeopleIn("Pope John Paul II met the bishops."));

    [Fact]
    public void Son_and_father_of_one_name_are_two_people() =>
        Assert.Equal(["Carlos Smith Sr", "Carlos Smith Jr"], PeopleIn("Carlos Smith Sr and his son Carlos Smith Jr both raced."));

    [Fact]
    public void A_surname_alone_stands_for_the_name_with_its_generation() =>
        Assert.Equal(["Ken Mills Jr"], PeopleIn("Ken Mills Jr hit a home run.", "Mills said he felt fine."));

    [Fact]
    public void A_title_makes_one_name_and_a_numeral_a_monarch() =>
        Assert.Equal(["Elizabeth II"], PeopleIn("Queen Elizabeth II opened parliament."));

    [Theory]
    [InlineData("Artemis II will fly round the moon next year.")]
    [InlineData("Willem II Tilburg beat the visitors.")]
    public void One_name_and_a_numeral_without_a_title_are_no_one(string sentence) =>
        Assert.Empty(PeopleIn(sentence));
}
