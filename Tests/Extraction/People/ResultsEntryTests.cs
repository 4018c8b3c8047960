using static SearchEngine.Tests.Extraction.People.PeopleText;

namespace SearchEngine.Tests.Extraction.People;

public class ResultsEntryTests
{
    [Fact]
    public void A_ranked_entry_of_a_results_table_is_a_person() =>
        Assert.Equal(["Falilat Ogunkoya"], PeopleIn("2. Falilat Ogunkoya (Nigeria) 22.58"));

    [Fact]
    public void A_name_with_its_country_in_brackets_is_a_person() =>
        Assert.Equal(["Martina Hingis", "Dally Randriantefy"], PeopleIn("Martina Hingis (Switzerland) beat Dally Randriantefy (Madagascar) 6-1 6-0"));

    [Fact]
    public void Clubs_with_their_country_in_a_fixture_list_are_not_people() =>
        Assert.Empty(PeopleIn("Brann Bergen (Norway) v Cercle Brugge (Belgium)"));

    [Fact]
    public void A_bracket_that_holds_no_country_vouches_for_no_one() =>
        Assert.Empty(PeopleIn("Gorre Tinbergen (penalty) scored 3 goals"));
}
