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
    public void Two_known_names_vouch_for_a_list_whose_every_entry_reads_as_a_name() =>
        Assert.Equal(["Mario Vantrel", "Zinbar Quolle", "Vardo Plenk", "Marco Dessaine", "Quellan Tarsk"],
            PeopleIn("Squad - Mario Vantrel, Zinbar Quolle, Vardo Plenk, Marco Dessaine, Quellan Tarsk."));

    [Fact]
    public void A_club_among_the_entries_keeps_a_list_with_few_known_names_unvouched() =>
        Assert.Equal(["Mario Vantrel", "Marco Dessaine"],
            PeopleIn("Mario Vantrel, Zinbar Quolle, Vardo Plenk, Marco Dessaine, Rapid Vienna."));

    [Fact]
    public void One_known_name_does_not_make_its_neighbours_people() =>
        Assert.Equal(["Mario Basler"], PeopleIn("Mario Basler, Zinbar Quolle, Vardo Plenk."));

    [Fact]
    public void A_name_outside_the_list_is_not_vouched_for() =>
        Assert.Equal(["Mario Basler", "Marco Bode"], PeopleIn("Mario Basler and Marco Bode left while Zinbar Quolle stayed."));

    [Fact]
    public void A_line_up_that_numbers_each_position_is_a_list() =>
        Assert.Equal(["Mario Basler", "Marco Bode", "Zinbar Quolle"], PeopleIn("15 - Mario Basler, 14 - Marco Bode, 13 - Zinbar Quolle."));

    [Fact]
    public void The_rows_of_a_table_of_figures_are_a_list() =>
        Assert.Equal(["Harold Quenby", "Zorvo Kabirat", "Thomas Brant"],
            PeopleIn("Batting:", "Harold Quenby 3 5 0 396 170 79.20", "Zorvo Kabirat 2 4 0 87 35 21.75",
                "Thomas Brant 2 3 1 51 41no 25.50"));

    [Fact]
    public void A_line_of_prose_ends_the_table() =>
        Assert.Equal(["Harold Quenby", "Thomas Brant"],
            PeopleIn("Harold Quenby 3 5 0 396 170 79.20", "Thomas Brant 2 3 1 51 41 25.50", "He thanked Zorvo Kabirat 2 4 0 87 35 21.75"));
}
