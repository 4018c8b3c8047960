using SearchEngine.Indexing.Extraction.People;
using static SearchEngine.Tests.Extraction.People.PeopleText;

namespace SearchEngine.Tests.Extraction.People;

public class TableRowTests
{
    [Fact]
    public void Names_in_a_results_table_are_people() =>
        Assert.Equal(["Paul Lawrie", "Miguel Angel Jimenez", "Colin Montgomerie"],
            PeopleIn("Paul Lawrie 72 75 72, Miguel Angel Jimenez (Spain) 74 72 71, Colin Montgomerie 68 76"));

    [Fact]
    public void Names_in_a_line_up_are_people() =>
        Assert.Equal(["Oliver Kahn", "Andreas Koepke", "Oliver Reck"], PeopleIn("Goalkeepers - Oliver Kahn, Andreas Koepke, Oliver Reck."));

    [Theory]
    [InlineData("Goalkeepers - Oliver Kahn, Andreas Koepke.", "Oliver Kahn", "Andreas Koepke")]
    [InlineData("Ernie Els (South Africa), Nick Faldo (Britain)", "Ernie Els", "Nick Faldo")]
    [InlineData("Defenders: Oliver Kahn, Andreas Koepke", "Oliver Kahn", "Andreas Koepke")]
    public void A_short_line_up_with_one_comma_is_a_list_not_a_headline(string line, string first, string second) =>
        Assert.Equal([first, second], PeopleIn(line));

    [Fact]
    public void A_line_whose_capitalised_runs_end_at_words_is_a_headline_not_a_table()
    {
        const string line = "Bolsonaro Not Allowed to Attend Donald Trump's Ceremony in 2025";

        Assert.False(TableRow.Is(line, NameRunScanner.Scan(line).Runs));
    }

    [Fact]
    public void A_standings_row_of_clubs_is_a_table_but_names_no_one() =>
        Assert.Empty(PeopleIn("Bayer Leverkusen 0 Borussia Dortmund 1"));

    [Fact]
    public void A_country_with_and_in_brackets_leaves_a_results_row_a_table() =>
        Assert.Equal(["Mario Vantrel", "Marco Dessaine"], PeopleIn("133 Mario Vantrel 69 64, Marco Dessaine (Trinidad and Tobago)"));

    [Theory]
    [InlineData("Vardo 1 (Quolle 66th) Roda JC Kerkrade 1 (Plenk 3rd)")]
    [InlineData("Willem II Tilburg 0 Vardo 1 (Quolle 66th) (Plenk 3rd)")]
    public void A_clubs_initials_or_numeral_inside_its_name_leave_a_results_row_a_table(string line) =>
        Assert.Equal(["Quolle", "Plenk"], PeopleIn(line));
}
