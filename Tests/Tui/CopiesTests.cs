using SearchEngine.Querying.Tui.Models;
using Terminal.Gui.Input;

namespace SearchEngine.Tests.Tui;

public sealed class CopiesTests(CopiesIndex copies) : IClassFixture<CopiesIndex>
{
    private SearchConsole Console(string query)
    {
        var console = new SearchConsole(copies.Searcher, new InlineLane(), new InlineLane());
        console.SetQueryText(query);
        return console;
    }

    [Fact]
    public void Collapsed_results_show_one_hit_per_cluster_of_copies_with_its_copies_counted()
    {
        var console = Console("ferry");

        var wire = Assert.Single(console.Results.Hits, h => h.SimilarCount > 0);
        Assert.Equal(2, console.Results.Hits.Count);
        Assert.Contains("+2 copies", HitLayout.Lines(wire, 120, 1)[1].PlainText);
        Assert.StartsWith("2 hits (4 articles)", console.Summary());
    }

    [Fact]
    public void Turning_collapse_off_lists_every_copy()
    {
        var console = Console("ferry");

        console.ToggleCollapse();

        Assert.Equal(4, console.Results.Hits.Count);
        Assert.StartsWith("4 hits", console.Summary());
    }

    [Fact]
    public void An_article_lists_its_copies_most_alike_first_with_their_resemblance()
    {
        var console = Console("ferry");
        var page = ArticlePage.Open(copies.Searcher, console.Results.Hits.Single(h => h.SimilarCount > 0), "ferry");

        Assert.Equal(2, page.Related.CountOf(Relation.Copy));
        Assert.True(page.Related[0].Share >= page.Related[1].Share);
        Assert.Matches(@"^\s*\d+% ", page.Related.Render(0, 80)[0].PlainText);
    }

    [Fact]
    public void Newest_first_no_other_copy_is_said_to_be_shown_in_results_when_the_one_opened_is()
    {
        using var console = new ConsoleHarness(copies.Searcher, 120, 40);
        console.Press(Key.F2).Open("ferry", h => h.SimilarCount > 0);

        Assert.NotEqual("feed/wire", console.Window.Article.Page!.Hit.Id);
        Assert.DoesNotContain(console.Window.Article.Page.Related.Items, copy => copy.ShownInResults);
    }

    [Fact]
    public void With_every_copy_listed_the_copies_in_the_results_are_said_to_be_shown_there()
    {
        using var console = new ConsoleHarness(copies.Searcher, 120, 40);
        console.Press(Key.F3).Open("ferry", h => h.Id == "feed/wire");

        Assert.All(console.Window.Article.Page!.Related.Items.Where(r => r.Relation == Relation.Copy),
            copy => Assert.True(copy.ShownInResults));
    }

    [Fact]
    public void A_diff_marks_the_words_a_copy_changed()
    {
        var console = Console("ferry");
        var wire = console.Results.Hits.Single(h => h.SimilarCount > 0);
        var other = wire.Id.EndsWith("respelled", StringComparison.Ordinal) ? "feed/wire" : "feed/respelled";

        var diff = DiffPage.Open(copies.Searcher, wire.Id, other)!;
        diff.Body.Resize(200, 50);
        var text = string.Join('\n', diff.Body.Visible().Select(l => l.PlainText));

        Assert.Contains("[-", text);
        Assert.Contains("{+", text);
        Assert.Contains("harbor", text);
        Assert.True(diff.Body.MatchCount > 0);
    }

    [Fact]
    public void A_diff_with_an_earlier_copy_reads_from_that_copy_to_the_article()
    {
        var diff = DiffPage.Open(copies.Searcher, "feed/respelled", "feed/wire")!;

        Assert.Equal(("feed/wire", "feed/respelled"), (diff.Diff.First.Id, diff.Diff.Second.Id));
        Assert.Equal("[-only in the copy-]  {+only in this article+}", diff.Header(120)[1].PlainText.TrimEnd());
    }

    [Fact]
    public void In_the_console_d_compares_the_article_with_the_selected_copy()
    {
        using var console = new ConsoleHarness(copies.Searcher, 120, 40);
        console.Open("ferry", h => h.SimilarCount > 0);
        Assert.Contains("Related · 2 copies", console.Screen);

        console.Type("d");

        Assert.Equal(ConsoleScreen.Diff, console.Window.Screen);
        Assert.Contains("Changes from", console.Row(0));
        Assert.Matches(@"change 1 of \d+", console.Row(38));
    }

    [Fact]
    public void Esc_from_a_diff_goes_back_to_the_article()
    {
        using var console = new ConsoleHarness(copies.Searcher, 120, 40);
        console.Open("ferry", h => h.SimilarCount > 0).Type("d");

        console.Press(Key.Esc);

        Assert.Equal(ConsoleScreen.Article, console.Window.Screen);
    }

    [Fact]
    public void Comparing_a_copy_asks_the_lane_and_the_diff_shows_when_the_lane_answers()
    {
        var opens = new QueuedLane();
        using var console = new ConsoleHarness(copies.Searcher, 120, 40, opens: opens);
        console.Open("ferry", h => h.SimilarCount > 0);
        opens.RunAll();
        console.Type("d");
        Assert.Equal((ConsoleScreen.Article, 1), (console.Window.Screen, opens.Pending));

        opens.RunAll();

        Assert.Equal(ConsoleScreen.Diff, console.Window.Screen);
        Assert.Matches(@"change 1 of \d+", console.Row(38));
    }
}
