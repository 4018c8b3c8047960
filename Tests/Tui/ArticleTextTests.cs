using SearchEngine.Querying.Search;
using SearchEngine.Querying.Tui.Models;

namespace SearchEngine.Tests.Tui;

public class ArticleTextTests
{
    private static MarkedText Marked(string text, params string[] words)
    {
        var marks = new List<Mark>();
        foreach (var word in words)
            for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
                marks.Add(new Mark(at, at + word.Length));
        return new MarkedText(text, marks);
    }

    private static IEnumerable<string> Lines(TextLayout layout)
    {
        layout.LayOutAll();
        return Enumerable.Range(0, layout.KnownLines).Select(i => layout.Line(i).PlainText);
    }

    [Fact]
    public void Paragraphs_are_wrapped_to_the_width_with_a_blank_line_between()
    {
        var text = RichText.FromMarked(new MarkedText("one two three four\n\nfive six", []));

        Assert.Equal(["one two", "three four", "", "five six"], Lines(new TextLayout(text, 10)));
    }

    [Fact]
    public void Matches_are_numbered_in_reading_order()
    {
        var text = RichText.FromMarked(Marked("Kim met Putin. Later Kim left.", "Kim", "Putin"));

        Assert.Equal(3, text.MatchCount);
        var spans = new TextLayout(text, 80).Line(0).Spans.Where(s => s.Match >= 0).ToList();
        Assert.Equal([("Kim", 0), ("Putin", 1), ("Kim", 2)], spans.Select(s => (s.Text, s.Match)));
    }

    [Fact]
    public void A_very_long_paragraph_is_cut_into_blocks_without_blank_lines_between()
    {
        var paragraph = string.Join(' ', Enumerable.Repeat("word", 2000));

        var text = RichText.FromMarked(new MarkedText(paragraph, []));

        Assert.True(text.Blocks.Count > 1);
        Assert.True(text.Blocks[0].StartsParagraph);
        Assert.All(text.Blocks.Skip(1), b => Assert.False(b.StartsParagraph));
        Assert.DoesNotContain("", Lines(new TextLayout(text, 40)));
    }

    [Fact]
    public void A_line_of_megabytes_without_spaces_is_cut_into_blocks_and_wrapped()
    {
        var text = RichText.FromMarked(new MarkedText(new string('x', 1_000_000), []));
        var layout = new TextLayout(text, 100);

        layout.LayOutAll();

        Assert.Equal(1_000_000 / RichText.BlockChars, text.Blocks.Count);
        Assert.Equal(10_000, layout.KnownLines);
        Assert.All(Enumerable.Range(0, 50), i => Assert.Equal(100, layout.Line(i).Width));
    }

    [Fact]
    public void A_huge_article_is_laid_out_only_as_far_as_is_read()
    {
        var body = string.Join("\n\n", Enumerable.Repeat(string.Join(' ', Enumerable.Repeat("word", 200)), 5000));
        var layout = new TextLayout(RichText.FromMarked(new MarkedText(body, [])), 80);

        layout.EnsureLines(40);

        Assert.False(layout.IsComplete);
        Assert.InRange(layout.KnownLines, 40, 200);
    }

    [Fact]
    public void Control_characters_in_the_body_are_shown_as_placeholders()
    {
        var layout = new TextLayout(RichText.FromMarked(new MarkedText("before\u001b[2Jafter", [])), 80);

        Assert.Equal("before␛[2Jafter", layout.Line(0).PlainText);
    }

    [Fact]
    public void Next_match_scrolls_to_it_and_wraps_round_to_the_first()
    {
        var body = string.Join("\n\n", Enumerable.Range(0, 100).Select(i => i is 10 or 80 ? "here is Kim" : $"paragraph {i}"));
        var scroller = new TextScroller(RichText.FromMarked(Marked(body, "Kim")));
        scroller.Resize(40, 10);

        scroller.NextMatch();
        var first = scroller.Top;
        scroller.NextMatch();
        var second = scroller.Top;
        scroller.NextMatch();

        Assert.Equal(0, scroller.CurrentMatch);
        Assert.Equal(first, scroller.Top);
        Assert.True(second > first);
        Assert.Contains(scroller.Visible(), line => line.Spans.Any(s => s.Match == 0));
    }

    [Fact]
    public void Previous_match_from_the_first_goes_to_the_last()
    {
        var scroller = new TextScroller(RichText.FromMarked(Marked("Kim and Kim and Kim", "Kim")));
        scroller.Resize(80, 5);

        scroller.NextMatch();
        scroller.PreviousMatch();

        Assert.Equal(2, scroller.CurrentMatch);
    }

    [Fact]
    public void Resizing_keeps_the_paragraph_at_the_top_in_view()
    {
        // One line each at 80 columns, two at 50.
        var body = string.Join("\n\n", Enumerable.Range(0, 50).Select(i => $"paragraph {i:00} " + string.Join(' ', Enumerable.Repeat("word", 8))));
        var scroller = new TextScroller(RichText.FromMarked(new MarkedText(body, [])));
        scroller.Resize(80, 10);
        scroller.ScrollBy(40);
        Assert.StartsWith("paragraph 20 ", scroller.Visible()[0].PlainText);

        scroller.Resize(50, 10);

        Assert.StartsWith("paragraph 20 ", scroller.Visible()[0].PlainText);
        Assert.Equal(60, scroller.Top);
    }

    [Fact]
    public void Scrolling_stops_at_the_end()
    {
        var scroller = new TextScroller(RichText.FromMarked(new MarkedText("a\n\nb\n\nc", [])));
        scroller.Resize(80, 3);

        scroller.ScrollBy(100);

        Assert.Equal(2, scroller.Top);
    }

    [Fact]
    public void A_diff_marks_deleted_and_inserted_words_so_it_reads_without_colour()
    {
        var pieces = new[] { new DiffPiece(DiffKind.Kept, "troops arrived"), new DiffPiece(DiffKind.Deleted, "on Monday"), new DiffPiece(DiffKind.Inserted, "on Tuesday"), new DiffPiece(DiffKind.Kept, "in Kursk") };
        var text = new RichText(pieces.Select(p => p.Kind switch
        {
            DiffKind.Deleted => new Segment($" [-{p.Text}-] ", Ink.Deleted, 0),
            DiffKind.Inserted => new Segment($" {{+{p.Text}+}} ", Ink.Inserted, 0),
            _ => new Segment(p.Text, Ink.Plain),
        }));

        Assert.Equal("troops arrived [-on Monday-] {+on Tuesday+} in Kursk", new TextLayout(text, 80).Line(0).PlainText);
    }
}
