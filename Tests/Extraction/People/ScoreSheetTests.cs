using static SearchEngine.Tests.Extraction.People.PeopleText;

namespace SearchEngine.Tests.Extraction.People;

public class ScoreSheetTests
{
    [Fact]
    public void Goal_scorers_with_their_minute_are_people() =>
        Assert.Equal(["Pires", "Rodriguez"], PeopleIn("Metz 3 (Pires 35th, 48th, 74th) Strasbourg 1 (Rodriguez 56th)."));

    [Fact]
    public void Goal_scorers_with_their_minute_in_brackets_are_people() =>
        Assert.Equal(["Kovacs", "Zinbar Quolle"], PeopleIn("Scorers: Kovacs (12th), Zinbar Quolle (57th, penalty)"));

    [Fact]
    public void Fielder_and_bowler_in_a_cricket_scorecard_are_people() =>
        Assert.Equal(["Ijaz Ahmed", "Healy", "Warne"], PeopleIn("Ijaz Ahmed c Healy b Warne 45"));

    [Fact]
    public void A_batsman_not_out_is_a_person() =>
        Assert.Equal(["Inzamam-ul-Haq"], PeopleIn("Inzamam-ul-Haq not out 58"));

    [Fact]
    public void Bowlers_with_their_analysis_are_people() =>
        Assert.Equal(["Vardon", "Quellan Tarsk"], PeopleIn("Bowling: Vardon 23-3-112-0, Quellan Tarsk 37.1-7-97-3."));

    [Fact]
    public void A_fielder_or_bowler_named_by_a_word_that_is_also_a_place_is_a_person() =>
        Assert.Equal(["Mario Vantrel", "Dublin", "Tarsk"], PeopleIn("Mario Vantrel c Dublin b Tarsk 46"));

    [Fact]
    public void Clubs_and_scores_of_a_results_line_are_not_people() =>
        Assert.Empty(PeopleIn("Metz 3 Strasbourg 1."));
}
