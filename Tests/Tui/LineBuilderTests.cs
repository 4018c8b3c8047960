using SearchEngine.Querying.Tui.Models;

namespace SearchEngine.Tests.Tui;

public class LineBuilderTests
{
    [Fact]
    public void A_line_too_wide_is_cut_and_ends_in_an_ellipsis()
    {
        var line = new LineBuilder(10).Add("Kim Jong Un meets Putin", Ink.Plain).Build();

        Assert.Equal("Kim Jong…", line.PlainText);
        Assert.True(line.Width <= 10);
    }

    [Fact]
    public void Escape_sequences_from_the_web_arrive_as_visible_placeholders()
    {
        var line = new LineBuilder(40).Add("red\u001b[31mtext\u0007", Ink.Plain).Build();

        Assert.Equal("red␛[31mtext␇", line.PlainText);
        Assert.DoesNotContain(line.PlainText, char.IsControl);
    }

    [Fact]
    public void Wide_characters_count_two_columns()
    {
        var line = new LineBuilder(5).Add("北朝鮮軍", Ink.Plain).Build();

        Assert.Equal("北朝…", line.PlainText);
        Assert.Equal(5, line.Width);
    }

    [Fact]
    public void Runs_of_one_ink_become_one_span()
    {
        var line = new LineBuilder(40).Add("a", Ink.Plain).Add("b", Ink.Plain).Add("c", Ink.Match).Build();

        Assert.Equal([("ab", Ink.Plain), ("c", Ink.Match)], line.Spans.Select(s => (s.Text, s.Ink)));
    }

    [Fact]
    public void A_huge_text_is_not_read_past_the_width()
    {
        var huge = new string('x', 5_000_000);

        var line = new LineBuilder(20).Add(huge, Ink.Plain).Build();

        Assert.Equal(20, line.Width);
    }
}
