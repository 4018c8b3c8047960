using static SearchEngine.Tests.Extraction.People.PeopleText;

namespace SearchEngine.Tests.Extraction.People;

public class InitialsTests
{
    [Theory]
    [InlineData("The relay team was anchored by C. Lewis in the final.", "C. Lewis")]
    [InlineData("The prize is named after J.R.R. Tolkien, its first winner.", "J. R. R. Tolkien")]
    [InlineData("Yorkshire 305-5 (C. White 66 not out, M. Moxon 51).", "C. White")]
    public void Initials_before_a_surname_make_a_name(string sentence, string person) =>
        Assert.Contains(person, PeopleIn(sentence));

    [Theory]
    [InlineData("Shares in U.S. Steel fell two percent.")]
    [InlineData("F.C. Brasov 1 Rapid Bucharest 1")]
    [InlineData("A fire bomb was thrown into the U.S. Consulate-General on Monday.")]
    [InlineData("Results herald a dismal future, warned a U.N. High Commissioner spokesman.")]
    public void Abbreviations_spelt_in_initials_are_not_people(string sentence) =>
        Assert.Empty(PeopleIn(sentence));

    [Fact]
    public void A_letter_joined_by_an_ampersand_ends_an_abbreviation_and_is_no_initial() =>
        Assert.Empty(PeopleIn("Her sound mixes soul and R&B. Marisol writes every song herself."));

    [Fact]
    public void Initials_stay_before_a_capitalised_particle_that_is_also_a_given_name() =>
        Assert.Equal(["K. J. De Vrinde"], PeopleIn("Former president K.J. De Vrinde spoke first."));

    [Theory]
    [InlineData("Her album As I Am sold two million copies.")]
    [InlineData("He starred in Why Did I Get Married on Friday.")]
    public void I_with_no_period_is_the_pronoun_not_an_initial(string sentence) =>
        Assert.Empty(PeopleIn(sentence));
}
