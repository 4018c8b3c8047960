using SearchEngine.Querying.Search;
using SearchEngine.Querying.Tui.Models;

namespace SearchEngine.Tests.Tui;

public class HitLayoutTests
{
    private static SearchHit Hit(string title = "North Korean troops in Ukraine", IReadOnlyList<Mark>? titleMarks = null,
        string? outlet = "Daily Wrap", string? date = "2024-10-19T06:44:00", int similar = 0, params MarkedText[] snippets) => new()
    {
        Id = "a",
        Title = title,
        TitleMarks = titleMarks ?? [],
        Outlet = outlet,
        Date = date,
        Path = "/a.txt",
        SimilarCount = similar,
        SimilarOutlets = similar > 0 ? ["Sweden Herald"] : [],
        Snippets = snippets,
    };

    [Fact]
    public void A_hit_reads_title_then_outlet_date_and_copies_then_snippets()
    {
        var lines = HitLayout.Lines(Hit(similar: 2, snippets: new MarkedText("Kim Jong Un sent troops", [new Mark(0, 11)])), 80, 1);

        Assert.Equal(
            ["North Korean troops in Ukraine", "  Daily Wrap · 2024-10-19 06:44 · +2 copies (Sweden Herald)", "  Kim Jong Un sent troops", ""],
            lines.Select(l => l.PlainText));
    }

    [Fact]
    public void Matched_words_in_title_and_snippet_are_marked()
    {
        var lines = HitLayout.Lines(Hit(titleMarks: [new Mark(6, 12)], snippets: new MarkedText("leader Kim Jong Un said", [new Mark(7, 18)])), 80, 1);

        Assert.Equal("Korean", Assert.Single(lines[0].Spans, s => s.Ink == Ink.Match).Text);
        Assert.Equal("Kim Jong Un", Assert.Single(lines[2].Spans, s => s.Ink == Ink.Match).Text);
    }

    [Fact]
    public void Every_hit_takes_the_same_rows_even_without_snippets()
    {
        Assert.Equal(HitLayout.Height(2), HitLayout.Lines(Hit(), 80, 2).Count);
    }

    [Fact]
    public void A_match_far_into_a_snippet_is_brought_into_view()
    {
        var text = string.Join(' ', Enumerable.Repeat("filler", 30)) + " Pyongyang sent troops";
        var start = text.IndexOf("Pyongyang", StringComparison.Ordinal);

        var lines = HitLayout.Lines(Hit(snippets: new MarkedText(text, [new Mark(start, start + 9)])), 60, 1);

        Assert.StartsWith("  …", lines[2].PlainText);
        Assert.Contains(lines[2].Spans, s => s.Ink == Ink.Match && s.Text == "Pyongyang");
    }

    [Fact]
    public void One_snippet_wraps_onto_both_snippet_lines()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", 40));

        var lines = HitLayout.Lines(Hit(snippets: new MarkedText(text, [])), 40, 2);

        Assert.StartsWith("  word word", lines[2].PlainText);
        Assert.StartsWith("  word word", lines[3].PlainText);
        Assert.EndsWith("…", lines[3].PlainText);
    }

    [Fact]
    public void No_line_is_wider_than_the_width()
    {
        var lines = HitLayout.Lines(Hit(title: new string('T', 500), outlet: new string('O', 300), similar: 3,
            snippets: new MarkedText(new string('s', 400), [])), 30, 2);

        Assert.All(lines, line => Assert.True(line.Width <= 30, line.PlainText));
    }

    [Fact]
    public void Control_characters_in_a_title_never_reach_the_terminal()
    {
        var lines = HitLayout.Lines(Hit(title: "Breaking\u001b]0;pwned\u0007 news"), 80, 1);

        Assert.DoesNotContain(lines.SelectMany(l => l.PlainText), char.IsControl);
        Assert.Contains("␛]0;pwned␇", lines[0].PlainText);
    }

    [Fact]
    public void An_article_without_an_outlet_shows_the_file_it_came_from()
    {
        var hit = Hit(outlet: null, date: null) with { Path = "/corpora/bbc/business/001.txt" };

        Assert.Equal("  business/001.txt", HitLayout.Lines(hit, 80, 1)[1].PlainText);
    }

    [Fact]
    public void A_date_without_time_shows_only_the_day()
    {
        Assert.Equal("2024-10-19", HitLayout.ShortDate("2024-10-19"));
        Assert.Equal("2024-10-19 06:44", HitLayout.ShortDate("2024-10-19T06:44:00"));
        Assert.Null(HitLayout.ShortDate(null));
    }

    [Fact]
    public void A_time_the_source_gave_an_offset_shows_its_own_clock_and_the_offset() =>
        Assert.Equal("2024-10-19 06:44 -04:00", HitLayout.ShortDate("2024-10-19T06:44:00-04:00"));
}
