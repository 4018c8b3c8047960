using static SearchEngine.Tests.Extraction.People.PeopleText;

namespace SearchEngine.Tests.Extraction.People;

public class ResultsEntryTests
{
    [Fact]
    public void A_ranked_entry_of_a_results_table_is_a_person() =>
        Assert.Equal(["Falilat Ogunkoya"], PeopleIn("2. Falilat Ogunkoya (Nigeria) 22.58"));

    [Fact]
    public void A_ranked_entry_with_a_time_after_it_is_a_person() =>
        Assert.Equal(["Zeltavo Marunde"], PeopleIn("3. Zeltavo Marunde 10.12"));

    [Theory]
    [InlineData("4. Additional Cost Factors")]
    [InlineData("6. Use Negative Space: let your subject breathe")]
    public void A_numbered_heading_is_no_ranked_entry(string line) =>
        Assert.Empty(PeopleIn(line));

    [Fact]
    public void A_name_with_its_country_in_brackets_is_a_person() =>
        Assert.Equal(["Martina Hingis", "Dally Randriantefy"], PeopleIn("Martina Hingis (Switzerland) beat Dally Randriantefy (Madagascar) 6-1 6-0"));

    [Fact]
    public void Clubs_with_their_country_in_a_fixture_list_are_not_people() =>
        Assert.Empty(PeopleIn("Brann Bergen (Norway) v Cercle Brugge (Belgium)"));

    [Theory]
    [InlineData("Gloria Bistrita 0 Universitatea Cluj 1")]
    [InlineData("Bayer Leverkusen 0 Fortuna Duesseldorf 1 (Seeliger 47th).")]
    public void Sides_with_their_goals_in_a_match_result_are_not_people(string line) =>
        Assert.DoesNotContain(PeopleIn(line), p => p.Contains(' '));

    [Fact]
    public void A_side_with_its_country_then_its_goals_and_the_other_side_is_not_a_person() =>
        Assert.Empty(PeopleIn("Stella Rossa (Austria) 3 Dinamo Minsk (Belarus) 1"));

    [Fact]
    public void A_competitor_with_its_country_then_its_points_is_a_person() =>
        Assert.Equal(["Sally Jones"], PeopleIn("8. Sally Jones (Britain) 9"));

    [Theory]
    [InlineData("Hampshire 232 (A. Fraser 5-55, G. Rose 4-77)", "G. Rose")]
    [InlineData("C. Lewis lbw b Waqar Younis 4", "Waqar Younis")]
    public void A_bowling_figure_or_a_batsman_s_score_is_not_a_side_s_goals(string line, string person) =>
        Assert.Contains(person, PeopleIn(line));

    [Fact]
    public void A_bracket_that_holds_no_country_vouches_for_no_one() =>
        Assert.Empty(PeopleIn("Gorre Tinbergen (penalty) scored 3 goals"));
}
