using SearchEngine.Querying.Display;
using SearchEngine.Tests.Cli;

namespace SearchEngine.Tests.Display;

public class TerminalTextTests
{
    [Fact]
    public void Escape_becomes_the_escape_control_picture()
    {
        Assert.Equal("a␛[31mb", TerminalText.Visible("a\e[31mb"));
    }

    [Fact]
    public void Delete_and_C1_controls_become_visible_too()
    {
        Assert.Equal("␡\uFFFD", TerminalText.Visible("\u007f\u009b"));
    }

    [Fact]
    public void Runs_of_whitespace_and_line_breaks_become_one_space()
    {
        var cells = TerminalText.Cells("  one \r\n\t two  ");

        Assert.Equal("one two", TerminalText.Draw(cells, colour: false));
    }

    [Fact]
    public void Wrapping_breaks_at_spaces()
    {
        var lines = TerminalText.Wrap(TerminalText.Cells("the quick brown fox jumps"), 10);

        Assert.Equal(["the quick", "brown fox", "jumps"], lines.Select(l => TerminalText.Draw(l, colour: false)));
    }

    [Fact]
    public void A_word_longer_than_the_line_is_split()
    {
        var lines = TerminalText.Wrap(TerminalText.Cells("abcdefghij"), 4);

        Assert.Equal(["abcd", "efgh", "ij"], lines.Select(l => TerminalText.Draw(l, colour: false)));
    }

    [Fact]
    public void A_mark_cut_by_a_line_break_is_reset_at_the_end_of_the_line()
    {
        var lines = TerminalText.Wrap(TerminalText.Cells(Results.Snippet("big grain ships", (4, 15))), 9);

        Assert.Equal(["big \e[1;33mgrain\e[0m", "\e[1;33mships\e[0m"], lines.Select(l => TerminalText.Draw(l, colour: true)));
    }

    [Fact]
    public void Wide_characters_count_two_columns()
    {
        Assert.Equal(4, TerminalText.Width(TerminalText.Cells("東京")));
    }

    [Fact]
    public void Truncating_ends_in_an_ellipsis_within_the_width()
    {
        var cells = TerminalText.Truncate(TerminalText.Cells("abcdefgh"), 5);

        Assert.Equal("abcd…", TerminalText.Draw(cells, colour: false));
    }
}
