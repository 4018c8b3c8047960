using SearchEngine.Querying.Cli.Rendering;
using static SearchEngine.Tests.Cli.Results;

namespace SearchEngine.Tests.Cli;

public class LineRendererTests
{
    private static readonly TableLayout Piped = new(Width: 80, Colour: false);
    private static readonly TableLayout Terminal = new(Width: 60, Colour: false) { ClipLines = true };

    private static string[] Lines(string output) => output.TrimEnd('\n').Split('\n');

    [Fact]
    public void In_a_pipe_each_field_is_whole_and_the_fields_are_separated_by_tabs()
    {
        var hit = Hit("l3s-0274", title: "Kerry endorses Obama in a speech to supporters in South Carolina",
            outlet: "Berkshire Eagle Online");

        Assert.Equal(
            ["l3s-0274\t2024-03-15\tBerkshire Eagle Online\tKerry endorses Obama in a speech to supporters in South Carolina"],
            Lines(LineRenderer.Render(Of(hit), Piped)));
    }

    [Fact]
    public void In_a_pipe_a_tab_or_line_break_inside_a_value_is_a_space_and_a_missing_value_a_dash()
    {
        var hit = Hit("a1", title: "Grain\tdeal\nsigned", outlet: null, date: null);

        Assert.Equal(["a1\t-\t-\tGrain deal signed"], Lines(LineRenderer.Render(Of(hit), Piped)));
    }

    [Fact]
    public void Nothing_is_added_to_the_title_of_a_hit_with_copies()
    {
        var hit = Hit("a1", title: "Grain deal signed") with { SimilarCount = 1, SimilarOutlets = ["Wire"] };

        Assert.Equal(["a1\t2024-03-15\tDaily Herald\tGrain deal signed"], Lines(LineRenderer.Render(Of(hit), Piped)));
        Assert.EndsWith("  Grain deal signed", Assert.Single(Lines(LineRenderer.Render(Of(hit), Terminal))));
    }

    [Fact]
    public void On_a_terminal_the_fields_are_lined_up_and_the_line_is_cut_to_the_width()
    {
        var output = LineRenderer.Render(Of(
            Hit("a1", title: "Grain deal signed after a long night of talks between the ministers"),
            Hit("b22", title: "Ferry strike", outlet: "Wire")), Terminal);

        Assert.Equal(
            "a1   2024-03-15  Daily Herald  Grain deal signed after a lo…\n" +
            "b22  2024-03-15  Wire          Ferry strike\n",
            output);
    }
}
