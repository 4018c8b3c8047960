using SearchEngine.Indexing.Schema;
using SearchEngine.Querying.Tui.Models;
using Terminal.Gui.Input;

namespace SearchEngine.Tests.Tui;

/// <summary>Opening an article or running a saved query goes through the opener's lane, as searching does, not the key press.</summary>
public sealed class OpeningTests(SeedsIndex seeds) : IClassFixture<SeedsIndex>
{
    [Fact]
    public void Enter_on_a_hit_asks_the_lane_and_the_article_shows_when_the_lane_answers()
    {
        var opens = new QueuedLane();
        using var console = new ConsoleHarness(seeds.Searcher, opens: opens);
        console.Type("Kim Jong Un").Press(Key.Enter, Key.Enter);
        Assert.Equal((ConsoleScreen.Search, 1), (console.Window.Screen, opens.Pending));

        opens.RunAll();

        Assert.Equal(ConsoleScreen.Article, console.Window.Screen);
        Assert.Matches(@"match 1 of \d+", console.Row(28));
    }

    [Fact]
    public void An_article_that_comes_after_the_user_searched_again_is_not_shown()
    {
        var opens = new QueuedLane();
        using var console = new ConsoleHarness(seeds.Searcher, opens: opens);
        console.Type("Kim Jong Un").Press(Key.Enter, Key.Enter);
        console.Press(Key.Esc).Type(" Putin");

        opens.RunAll();

        Assert.Equal(ConsoleScreen.Search, console.Window.Screen);
        Assert.Contains("Putin", console.Row(0));
    }

    [Fact]
    public void An_article_that_comes_after_the_user_turned_to_another_screen_is_not_shown_over_it()
    {
        var opens = new QueuedLane();
        using var console = new ConsoleHarness(seeds.Searcher, opens: opens);
        console.Type("Kim Jong Un").Press(Key.Enter, Key.Enter);
        console.Press(Key.F6);

        opens.RunAll();

        Assert.Equal(ConsoleScreen.SavedQueries, console.Window.Screen);
    }

    [Fact]
    public void Running_a_saved_query_asks_the_lane_and_its_hits_show_when_the_lane_answers()
    {
        var opens = new QueuedLane();
        using var console = new ConsoleHarness(seeds.Searcher, opens: opens);
        console.Type("Kim Jong Un").Press(Key.F5).Type("kim").Press(Key.Enter);
        console.Press(Key.A.WithCtrl, Key.Backspace);
        console.Press(Key.F6, Key.Enter);
        Assert.Equal((ConsoleScreen.SavedQueries, 1), (console.Window.Screen, opens.Pending));

        opens.RunAll();

        Assert.Equal(ConsoleScreen.Search, console.Window.Screen);
        Assert.Contains("Search ▸ Kim Jong Un", console.Row(0));
        // Saved from the screen, its four hits were seen then.
        Assert.Contains("4 hits · ", console.Row(28));
        Assert.Contains(" · 0 new · saved query 'kim' last ran ", console.Row(28));
    }

    [Fact]
    public void An_article_opened_with_a_person_picked_marks_each_place_the_body_names_them()
    {
        var console = seeds.Console();
        console.ToggleFacet(FacetDimension.People, "Vladimir Putin");
        var opener = new PageOpener(seeds.Searcher, console, new InlineLane());
        ArticlePage? shown = null;

        opener.Article(console.Results.Hits.Single(h => h.Id.StartsWith("001_", StringComparison.Ordinal)), console.Criteria, page => shown = page);

        // "Vladimir Putin" once, then "Kim Jong-un and Putin had a summit" (the title's "Putin" is not in the body).
        Assert.Equal(2, shown!.Body.MatchCount);
    }

    [Fact]
    public void An_article_no_longer_in_the_index_is_reported_instead_of_compared()
    {
        var console = seeds.Console();
        var opener = new PageOpener(seeds.Searcher, console, new InlineLane());
        DiffPage? shown = null;

        opener.Diff("seeds/gone", "seeds/also-gone", Relation.Copy, diff => shown = diff);

        Assert.Null(shown);
        Assert.Equal(("one of the articles is no longer in the index", true), (console.Notice, console.NoticeIsError));
    }
}
