using static SearchEngine.Tests.Extraction.People.PeopleText;

namespace SearchEngine.Tests.Extraction.People;

public class StandingsRowTests
{
    [Fact]
    public void A_side_named_like_a_person_in_a_league_table_is_not_a_person() =>
        Assert.Empty(PeopleIn("Gloria Vardenik 4 1 0 3 3 9 3"));

    [Fact]
    public void A_players_line_of_figures_is_no_league_table_row() =>
        Assert.Equal(["Gloria Vardenik"], PeopleIn("Gloria Vardenik 3 6 1 344 141 68.80"));
}
