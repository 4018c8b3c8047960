using static SearchEngine.Tests.Extraction.People.PeopleText;

namespace SearchEngine.Tests.Extraction.People;

public class AgeAppositionTests
{
    [Fact]
    public void An_age_after_a_name_vouches_for_a_given_name_outside_the_lexicon() =>
        Assert.Equal(["Zorbek Tagiyev"], PeopleIn("Zorbek Tagiyev, 45, was arrested on Monday."));

    [Fact]
    public void An_age_after_a_single_name_makes_a_one_word_person() =>
        Assert.Equal(["Raju"], PeopleIn("She is like a goddess, said Raju, 8, who has no father."));

    [Theory]
    [InlineData("The Blue Jays held off the Minnesota Twins, 5-3.")]
    [InlineData("-- Prague Newsroom, 42-2-2423-0003")]
    [InlineData("The poll put Rossi, 48% to 52%, behind the mayor.")]
    public void A_score_share_or_telephone_number_after_a_comma_is_not_an_age(string line) =>
        Assert.Empty(PeopleIn(line));

    [Fact]
    public void A_figure_with_a_decimal_point_after_a_comma_is_a_measure_not_an_age() =>
        Assert.Empty(PeopleIn("The laptop's chip runs at 1.9 GHz, 2.4 GHz at most."));

    [Fact]
    public void A_figure_with_a_thousands_comma_after_a_comma_is_a_size_not_an_age() =>
        Assert.Empty(PeopleIn("The Greek bulk carrier Brindle, 84,137 tonnes dw, was hit by a missile."));

    [Fact]
    public void A_figure_before_a_bracket_no_bracket_opened_numbers_a_list_entry_not_an_age() =>
        Assert.Empty(PeopleIn("The menu offers three soups: 1) Tomato, 2) Leek, 3) Barley."));

    [Fact]
    public void An_age_in_brackets_after_a_single_name_is_still_an_age() =>
        Assert.Equal(["Raju"], PeopleIn("The youngest (Raju, 8) waved at the crowd."));
}
