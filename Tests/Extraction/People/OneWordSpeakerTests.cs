using static SearchEngine.Tests.Extraction.People.PeopleText;

namespace SearchEngine.Tests.Extraction.People;

public class OneWordSpeakerTests
{
    [Theory]
    [InlineData("Suharto said on Tuesday he would visit Japan next month.", "Suharto")]
    [InlineData("Da Silva said he would stand.", "Da Silva")]
    public void A_single_name_that_speaks_with_he_after_it_is_a_person(string sentence, string person) =>
        Assert.Equal([person], PeopleIn(sentence));

    [Fact]
    public void A_single_name_after_a_quote_and_said_is_a_person_when_she_follows() =>
        Assert.Equal(["Navratilova"], PeopleIn("\"We will win,\" said Navratilova. She smiled."));

    [Fact]
    public void A_speaker_merges_into_the_full_name_the_article_gives() =>
        Assert.Equal(["Bob Dole"], PeopleIn("Bob Dole spoke in Los Angeles.", "Dole said he would use the National Guard."));

    [Theory]
    [InlineData("Amoco said its profit rose in the first quarter.")]
    [InlineData("Chrysler says it will close two plants.")]
    public void A_single_word_that_speaks_of_its_own_profit_is_not_a_person(string sentence) =>
        Assert.Empty(PeopleIn(sentence));

    [Fact]
    public void A_single_word_the_article_uses_in_a_firm_name_is_not_a_speaker() =>
        Assert.Empty(PeopleIn("Shares in Amoco Corp rose.", "Amoco said he had left the board."));

    [Theory]
    [InlineData("The minister told Hamiti he would resign.")]
    [InlineData("He said Citibank is his lead lender.")]
    [InlineData("He said Citibank's loan was his idea.")]
    public void A_single_word_spoken_to_or_about_is_not_a_speaker(string sentence) =>
        Assert.Empty(PeopleIn(sentence));

    [Fact]
    public void A_single_word_inside_a_longer_subject_is_not_the_speaker() =>
        Assert.Empty(PeopleIn("An officer with Korth said he expected more such deals."));

    [Fact]
    public void A_plural_that_opens_the_sentence_is_not_a_speaker() =>
        Assert.Empty(PeopleIn("Colleagues said he had been charged with theft."));

    [Fact]
    public void A_news_agency_that_speaks_is_not_a_person() =>
        Assert.Empty(PeopleIn("Reuters said he had been released."));

    [Theory]
    [InlineData("Woman says landlord kept her deposit")]
    [InlineData("Teen admits he forged the note.")]
    public void A_noun_for_a_person_that_opens_the_sentence_is_not_a_speaker(string line) =>
        Assert.Empty(PeopleIn(line));
}
