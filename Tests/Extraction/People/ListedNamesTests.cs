using static SearchEngine.Tests.Extraction.People.PeopleText;

namespace SearchEngine.Tests.Extraction.People;

public class ListedNamesTests
{
    [Fact]
    public void A_name_listed_among_people_is_a_person_though_its_given_name_is_unknown() =>
        Assert.Equal(["Mario Basler", "Marco Bode", "Zinbar Quolle"], PeopleIn("Midfielders - Mario Basler, Marco Bode, Zinbar Quolle."));

    [Fact]
    public void A_list_joined_by_and_in_prose_is_a_list_too() =>
        Assert.Equal(["Mario Basler", "Zinbar Quolle", "Marco Bode"],
            PeopleIn("The coach picked Mario Basler, Zinbar Quolle and Marco Bode for the final."));

    [Fact]
    public void One_known_name_does_not_make_its_neighbours_people() =>
        Assert.Equal(["Mario Basler"], PeopleIn("Mario Basler, Zinbar Quolle, Vardo Plenk."));

    [Fact]
    public void A_name_outside_the_list_is_not_vouched_for() =>
        Assert.Equal(["Mario Basler", "Marco Bode"], PeopleIn("Mario Basler and Marco Bode left while Zinbar Quolle stayed."));
}
