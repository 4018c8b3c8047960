using System.Text.RegularExpressions;
using SearchEngine.Querying.Cli.Rendering;
using SearchEngine.Querying.Tui.Models;
using SearchEngine.Tests.Dedup;
using SearchEngine.Tests.Support;
using Terminal.Gui.Input;

namespace SearchEngine.Tests.Tui;

public sealed class LineageTests(LineageIndex index) : IClassFixture<LineageIndex>
{
    private SearchConsole Console(string query)
    {
        var console = new SearchConsole(index.Searcher, new InlineLane(), new InlineLane());
        console.SetQueryText(query);
        return console;
    }

    [Fact]
    public void A_copy_is_collapsed_under_the_wire_story_and_stories_derived_from_it_are_shown_as_hits_of_their_own()
    {
        var console = Console("ferry");

        var wireStory = Assert.Single(console.Results.Hits, h => h.SimilarCount == 1);
        Assert.Contains(wireStory.Id, new[] { "feed/wire", "feed/trimmed" });
        Assert.Equal(["feed/rewrite", "feed/roundup"], console.Results.Hits.Where(h => h != wireStory).Select(h => h.Id).Order());
        Assert.StartsWith("3 hits · 1 story (4 articles)", console.Summary());
    }

    [Fact]
    public void A_derived_hit_says_what_it_was_based_on_and_its_source_how_many_stories_used_it()
    {
        var hits = Console("ferry").Results.Hits;

        var rewrite = HitLayout.Lines(hits.Single(h => h.Id == "feed/rewrite"), 160, 1)[1].PlainText;
        var wire = HitLayout.Lines(hits.Single(h => h.SimilarCount > 0), 160, 1)[1].PlainText;

        Assert.Matches(@"based on Wire Agency, 5 Mar 2024, \d+ %", rewrite);
        Assert.Contains("+1 copy", wire);
        Assert.Contains("used by 2 stories", wire);
    }

    [Fact]
    public void The_article_view_of_a_derived_story_names_its_source_under_the_title()
    {
        var console = Console("ferry");
        var page = ArticlePage.Open(index.Searcher, console.Results.Hits.Single(h => h.Id == "feed/roundup"), "ferry");

        Assert.Contains(page.Header(160),
            line => line.PlainText.StartsWith("Based on Wire Agency, 5 Mar 2024, ", StringComparison.Ordinal));
    }

    [Fact]
    public void The_article_view_sums_up_its_related_articles_by_relation()
    {
        var hits = Console("ferry").Results.Hits;

        var rewrite = ArticlePage.Open(index.Searcher, hits.Single(h => h.Id == "feed/rewrite"), "ferry");
        var wire = ArticlePage.Open(index.Searcher, hits.Single(h => h.SimilarCount > 0), "ferry");

        Assert.Equal("no copies · based on 1", rewrite.Related.Summary());
        Assert.Equal("1 copy · used by 2", wire.Related.Summary());
    }

    [Fact]
    public void The_article_view_of_a_derived_story_lists_the_story_it_was_derived_from_to_compare_with()
    {
        var page = ArticlePage.Open(index.Searcher, Console("ferry").Results.Hits.Single(h => h.Id == "feed/rewrite"), "ferry");

        var source = Assert.Single(page.Related.Items);
        Assert.Equal(("feed/wire", Relation.Source), (source.Article.Id, source.Relation));
        Assert.Matches(@"^\s*\d+% based on Wire Agency · 2024-03-05", page.Related.Render(0, 80)[0].PlainText);
    }

    [Fact]
    public void The_article_view_of_a_wire_story_lists_its_copy_then_the_stories_derived_from_it()
    {
        var wire = index.Searcher.Find("feed/wire")!;

        var page = ArticlePage.Open(index.Searcher, wire, "ferry");

        Assert.Equal(
            [("feed/trimmed", Relation.Copy), ("feed/rewrite", Relation.Derived), ("feed/roundup", Relation.Derived)],
            page.Related.Items.Select(r => (r.Article.Id, r.Relation)).OrderBy(r => r.Relation).ThenBy(r => r.Id));
        Assert.Equal(Relation.Copy, page.Related[0].Relation);
        Assert.Contains("used by Valley News", string.Join('\n', Enumerable.Range(0, page.Related.Count).Select(i => page.Related.Render(i, 80)[0].PlainText)));
    }

    [Fact]
    public void In_the_console_d_compares_a_derived_story_with_its_source()
    {
        using var console = new ConsoleHarness(index.Searcher, 120, 40);
        console.Open("ferry", h => h.Id == "feed/rewrite");
        Assert.Contains("Related · no copies · based on 1", console.Screen);

        console.Type("d");

        Assert.Equal(ConsoleScreen.Diff, console.Window.Screen);
        Assert.Contains("[-only in the source-]", console.Row(1));
    }

    [Fact]
    public void The_related_list_s_keys_have_a_row_of_their_own_so_a_narrow_pane_cuts_neither_them_nor_the_summary()
    {
        using var console = new ConsoleHarness(index.Searcher, 100, 30);
        console.Open("ferry", h => h.SimilarCount > 0);

        var heading = console.Find("Related · 1 copy · used by 2");
        Assert.StartsWith("Enter reads · d compares", console.Row(heading.Y + 1)[heading.X..]);
    }

    [Fact]
    public void In_the_console_Enter_on_the_source_in_the_related_list_reads_it_and_Esc_comes_back_to_the_story()
    {
        using var console = new ConsoleHarness(index.Searcher, 120, 40);
        console.Open("ferry", h => h.Id == "feed/rewrite");
        var story = console.Row(0);

        console.Press(Key.Tab, Key.Enter);

        Assert.Equal(ConsoleScreen.Article, console.Window.Screen);
        Assert.Equal("feed/wire", console.Window.Article.Page!.Hit.Id);
        Assert.NotEqual(story, console.Row(0));
        console.Press(Key.Esc);
        Assert.Equal((ConsoleScreen.Article, story), (console.Window.Screen, console.Row(0)));
        console.Press(Key.Esc);
        Assert.Equal(ConsoleScreen.Search, console.Window.Screen);
    }

    [Fact]
    public void A_diff_with_the_source_reads_from_the_source_to_the_story_derived_from_it()
    {
        var diff = DiffPage.Open(index.Searcher, "feed/rewrite", "feed/wire", Relation.Source)!;

        Assert.Equal(("feed/wire", "feed/rewrite"), (diff.Diff.First.Id, diff.Diff.Second.Id));
        Assert.Equal("[-only in the source-]  {+only in this article+}", diff.Header(120)[1].PlainText.TrimEnd());
    }

    [Fact]
    public void A_diff_with_a_story_derived_from_the_article_reads_from_the_article_to_that_story()
    {
        var diff = DiffPage.Open(index.Searcher, "feed/wire", "feed/roundup", Relation.Derived)!;

        Assert.Equal(("feed/wire", "feed/roundup"), (diff.Diff.First.Id, diff.Diff.Second.Id));
        Assert.Equal("[-only in this article-]  {+only in the story derived from it+}", diff.Header(120)[1].PlainText.TrimEnd());
    }

    [Fact]
    public void Search_json_gives_each_derived_hit_its_sources_with_their_shares()
    {
        var json = JsonRenderer.Render(Console("ferry").Results.Result);

        Assert.Contains("\"derivedFrom\": [\n        {\n          \"id\": \"feed/wire\",\n          \"outlet\": \"Wire Agency\"", json);
        Assert.Contains("\"totalStories\": 1", json);
    }

    /// <summary>A wire story, a copy of it the same day, and a paper's story written from it the day after.</summary>
    private sealed class CopyOfASource() : IndexedFeed(
        new FeedArticle("wire", Stories.WireHeadline, Stories.Wire, "Wire Agency", "2024-03-05"),
        new FeedArticle("copy", Stories.WireHeadline, Stories.WireParagraphsOf(0, 1, 2, 3), "Daily Wrap", "2024-03-05"),
        new FeedArticle("paper", "Ferry firm must pay for harbour crash", Stories.WireParagraphsOf(0, 2) + "\n\n" + Stories.IndependentReport, "Coastal Times", "2024-03-06"));

    [Fact]
    public void Similar_on_a_copy_names_the_copy_the_stories_were_derived_from()
    {
        using var feed = new CopyOfASource();
        var copy = feed.Searcher.Find("feed/copy")!;

        var text = CopiesRenderer.SimilarText(copy, feed.Searcher.Similar(copy.Id), feed.Searcher.DerivedFrom(copy.Id), feed.Searcher.Find);

        Assert.Matches(@"1 story was derived from feed/wi\S*, of which feed/copy is a copy:", text);
    }

    [Fact]
    public void Similar_lists_the_stories_derived_from_the_wire_story_and_what_a_story_was_derived_from()
    {
        var wire = index.Searcher.Find("feed/wire")!;
        var rewrite = index.Searcher.Find("feed/rewrite")!;

        var fromWire = CopiesRenderer.SimilarText(wire, index.Searcher.Similar(wire.Id), index.Searcher.DerivedFrom(wire.Id), index.Searcher.Find);
        var ofRewrite = CopiesRenderer.SimilarText(rewrite, index.Searcher.Similar(rewrite.Id), index.Searcher.DerivedFrom(rewrite.Id), index.Searcher.Find);

        Assert.Contains("2 stories were derived from feed/wire:", fromWire);
        Assert.Contains("feed/roundup  Valley News", fromWire);
        Assert.Contains("feed/rewrite was derived from:", ofRewrite);
        Assert.Matches(@"\d+ %  feed/wi\S*  Wire Agency  2024-03-05", ofRewrite);
    }

    [Fact]
    public void Similar_names_each_source_a_story_was_derived_from_by_its_title()
    {
        var rewrite = index.Searcher.Find("feed/rewrite")!;

        var text = CopiesRenderer.SimilarText(rewrite, index.Searcher.Similar(rewrite.Id), index.Searcher.DerivedFrom(rewrite.Id), index.Searcher.Find);

        Assert.Matches($@"\d+ %  feed/wi\S*  Wire Agency  2024-03-05  {Regex.Escape(Dedup.Stories.WireHeadline)}", text);
    }
}
