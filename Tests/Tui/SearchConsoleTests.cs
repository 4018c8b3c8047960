using SearchEngine.Indexing.Schema;
using Terminal.Gui.Input;
using SearchEngine.Querying.Search;
using SearchEngine.Querying.Tui.Models;
using SearchEngine.Tests.Support;

namespace SearchEngine.Tests.Tui;

public sealed class SearchConsoleTests(SeedsIndex seeds) : IClassFixture<SeedsIndex>
{
    [Fact]
    public void The_console_opens_on_every_article()
    {
        var console = seeds.Console();

        Assert.Equal(seeds.Searcher.DocumentCount, console.Results.Result.TotalArticles);
    }

    [Fact]
    public void Typing_a_query_shows_its_hits_with_the_words_marked()
    {
        var console = seeds.Console();

        console.SetQueryText("Kim Jong Un");

        Assert.Equal(4, console.Results.Hits.Count);
        Assert.All(console.Results.Hits, hit => Assert.Contains(hit.Snippets, s => s.Marks.Count > 0));
        Assert.Equal("Kim Jong Un", console.Results.Criteria.QueryText);
    }

    [Fact]
    public void Typing_the_start_of_a_word_finds_the_words_it_begins()
    {
        var console = seeds.Console();

        console.SetQueryText("Buda");

        Assert.NotEmpty(console.Results.Hits);
        Assert.Equal("Buda", console.Results.Criteria.QueryText);
    }

    [Fact]
    public void Enter_reads_the_query_as_written_as_the_command_line_does()
    {
        var console = seeds.Console();
        console.SetQueryText("Buda");

        console.Settle();

        Assert.Equal(seeds.Searcher.Search(new SearchRequest { QueryText = "Buda" }).Total, console.Results.Result.Total);
        Assert.NotEqual(seeds.Searcher.Search(new SearchRequest { QueryText = "Buda", AsTyped = true }).Total, console.Results.Result.Total);
    }

    [Fact]
    public void A_quote_still_open_while_typing_is_searched_as_if_closed_instead_of_keeping_the_last_results()
    {
        var console = seeds.Console();
        console.SetQueryText("troops");

        console.SetQueryText("\"Kim Jong");

        Assert.Null(console.Problem);
        Assert.Equal("\"Kim Jong", console.Results.Criteria.QueryText);
        Assert.NotEmpty(console.Results.Hits);
    }

    [Fact]
    public void When_nothing_matches_the_list_offers_the_query_respelled()
    {
        var console = seeds.Console();

        console.SetQueryText("pyongyagn");

        Assert.Equal("Did you mean pyongyang? 4 articles · F7 searches it", console.Results.Render(0, 80)[1].PlainText.TrimEnd());
    }

    [Fact]
    public void When_nothing_matches_the_list_says_so_and_what_to_try()
    {
        var console = seeds.Console();

        console.SetQueryText("zzyzx");

        Assert.Empty(console.Results.Hits);
        Assert.False(console.Results.IsSelectable(0));
        Assert.Equal("No article matches the query.", console.Results.Render(0, 80)[0].PlainText);
    }

    [Fact]
    public void A_finished_query_of_stop_words_alone_says_so_where_the_hits_would_be()
    {
        var console = seeds.Console();
        console.SetQueryText("the of");

        console.Settle();

        Assert.StartsWith("The query is only stop words", console.Results.Render(0, 200)[1].PlainText);
    }

    [Fact]
    public void A_malformed_query_shows_its_column_and_the_last_results_stay()
    {
        var console = seeds.Console();
        console.SetQueryText("Kim Jong Un");

        console.SetQueryText("title:(kim");

        Assert.Equal(7, console.Problem?.Column);
        Assert.Equal("Kim Jong Un", console.Results.Criteria.QueryText);
        Assert.Contains("column 7", console.CriteriaLine(120).PlainText);
    }

    [Fact]
    public void The_caret_points_at_the_column_of_the_problem()
    {
        var console = seeds.Console();

        console.SetQueryText("title:(kim");

        Assert.StartsWith("               ^ ", console.CriteriaLine(120, caretAt: 15).PlainText);
    }

    [Fact]
    public void A_leading_wildcard_typed_first_is_the_problem_the_command_line_reports_with_no_hits_rather_than_every_article()
    {
        var console = seeds.Console();

        console.SetQueryText("*roops");

        Assert.Contains("starts with a wildcard", console.Problem?.Message);
        Assert.Equal(0, console.Results.Result.Total);
        Assert.StartsWith("The query cannot run", console.Results.Render(0, 80)[0].PlainText);
    }

    [Fact]
    public void A_query_that_runs_again_clears_the_problem()
    {
        var console = seeds.Console();
        console.SetQueryText("title:(kim");

        console.SetQueryText("title:(kim)");

        Assert.Null(console.Problem);
    }

    [Fact]
    public void Picking_a_person_narrows_the_hits_to_articles_naming_them()
    {
        var console = seeds.Console();
        console.SetQueryText("troops");
        var before = console.Results.Result.TotalArticles;

        console.ToggleFacet(FacetDimension.People, "Kyrylo Budanov");

        Assert.InRange(console.Results.Result.TotalArticles, 1, before - 1);
        Assert.All(console.Results.Hits, hit => Assert.Contains("Kyrylo Budanov", hit.People));
    }

    [Fact]
    public void Picking_a_value_changes_the_other_dimensions_counts_but_not_its_own()
    {
        var console = seeds.Console();
        console.SetQueryText("troops");
        int Count(FacetDimension d, string v) => console.Facets.Entries.Single(e => e.Dimension == d && e.Value == v).Count;
        var peopleBefore = Count(FacetDimension.People, "Vladimir Putin");
        var outletsBefore = console.Facets.Entries.Where(e => e.Dimension == FacetDimension.Outlet && e.IsValue).Sum(e => e.Count);

        console.ToggleFacet(FacetDimension.People, "Kyrylo Budanov");

        Assert.Equal(peopleBefore, Count(FacetDimension.People, "Vladimir Putin"));
        Assert.True(console.Facets.Entries.Where(e => e.Dimension == FacetDimension.Outlet && e.IsValue).Sum(e => e.Count) < outletsBefore);
    }

    [Fact]
    public void Clearing_filters_brings_back_every_hit()
    {
        var console = seeds.Console();
        console.SetQueryText("troops");
        var all = console.Results.Result.Total;
        console.ToggleFacet(FacetDimension.People, "Kyrylo Budanov");

        console.ClearFilters();

        Assert.Equal(all, console.Results.Result.Total);
        Assert.Contains("no filters", console.CriteriaLine(120).PlainText);
    }

    [Fact]
    public void Sorting_by_date_puts_the_newest_first()
    {
        var console = seeds.Console();

        console.ToggleSort();

        var dates = console.Results.Hits.Select(h => h.Date).OfType<string>().ToList();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
        Assert.Contains("newest first", console.CriteriaLine(120).PlainText);
    }

    [Fact]
    public void Collapse_can_be_turned_off_to_see_every_copy()
    {
        var console = seeds.Console();

        console.ToggleCollapse();

        Assert.False(console.Results.Criteria.Collapse);
        Assert.Contains("every copy", console.CriteriaLine(120).PlainText);
    }

    [Fact]
    public void The_timeline_counts_the_matching_dated_articles_per_day()
    {
        var console = seeds.Console();

        console.SetQueryText("Kim Jong Un");

        Assert.Equal(console.Results.Hits.Count(h => h.Date is not null), console.Timeline.Buckets.Sum(b => b.Count));
    }

    [Fact]
    public void The_summary_says_how_many_hits_and_how_long_they_took()
    {
        var console = seeds.Console();

        console.SetQueryText("Kim Jong Un");

        Assert.Matches(@"^4 hits · \d+ ms$", console.Summary());
    }
}

public sealed class SearchConsolePagingTests : IDisposable
{
    private readonly TestIndex _index = TestIndex.Build([.. Enumerable.Range(0, 60).Select(i =>
        TestIndex.Article($"a{i:00}", $"Grain report {i}", $"Grain shipments number {i} left the port.", "Daily Herald", $"2024-03-{1 + i % 28:00}"))]);
    private readonly ArticleSearcher _searcher;

    public SearchConsolePagingTests() => _searcher = _index.OpenSearcher();

    public void Dispose()
    {
        _searcher.Dispose();
        _index.Dispose();
    }

    [Fact]
    public void The_first_search_loads_one_page()
    {
        var console = new SearchConsole(_searcher, new InlineLane(), new InlineLane());

        console.SetQueryText("grain");

        Assert.Equal((SearchConsole.PageSize, 60), (console.Results.Hits.Count, console.Results.Result.Total));
        Assert.True(console.Results.HasMore);
    }

    [Fact]
    public void With_the_pane_size_known_a_search_loads_two_screenfuls_of_hits()
    {
        var console = new SearchConsole(_searcher, new InlineLane(), new InlineLane());
        console.UseResultRows(31);

        console.SetQueryText("grain");

        // Five rows a hit with two snippet lines: seven hits show, the seventh in part.
        Assert.Equal(2 * 7, console.Results.Hits.Count);
    }

    [Fact]
    public void A_screenful_holds_the_same_hits_and_snippets_as_a_whole_page()
    {
        var whole = new SearchConsole(_searcher, new InlineLane(), new InlineLane());
        var screenful = new SearchConsole(_searcher, new InlineLane(), new InlineLane());
        screenful.UseResultRows(31);

        whole.SetQueryText("grain");
        screenful.SetQueryText("grain");

        Assert.Equal(whole.Results.Hits.Take(screenful.Results.Hits.Count), screenful.Results.Hits, new HitShownComparer());
    }

    [Fact]
    public void A_pane_grown_taller_than_the_hits_loaded_loads_more()
    {
        var console = new SearchConsole(_searcher, new InlineLane(), new InlineLane());
        console.UseResultRows(10);
        console.SetQueryText("grain");

        console.UseResultRows(60);

        Assert.True(console.Results.Hits.Count >= 12);
    }

    [Fact]
    public void Coming_near_the_last_hit_loads_the_next_page()
    {
        var console = new SearchConsole(_searcher, new InlineLane(), new InlineLane());
        console.SetQueryText("grain");

        console.LoadMoreNear(SearchConsole.PageSize - 2);

        Assert.Equal(2 * SearchConsole.PageSize, console.Results.Hits.Count);
        Assert.Equal(console.Results.Hits.Count, console.Results.Hits.Select(h => h.Id).Distinct().Count());
    }

    [Fact]
    public void Far_from_the_end_nothing_more_is_loaded()
    {
        var console = new SearchConsole(_searcher, new InlineLane(), new InlineLane());
        console.SetQueryText("grain");

        console.LoadMoreNear(3);

        Assert.Equal(SearchConsole.PageSize, console.Results.Hits.Count);
    }

    [Fact]
    public void Loading_the_rest_for_end_loads_every_hit_not_loaded_yet_in_one_request()
    {
        var console = new SearchConsole(_searcher, new InlineLane(), new InlineLane());
        console.SetQueryText("grain");
        var reached = 0;

        console.LoadRest(() => reached = console.Results.Hits.Count);

        Assert.Equal((60, 60), (console.Results.Hits.Count, reached));
    }

    [Fact]
    public void End_in_the_results_goes_to_the_last_hit_not_the_last_loaded()
    {
        using var console = new ConsoleHarness(_searcher);
        console.Type("grain").Press(Key.Enter);

        console.Press(Key.End);

        Assert.Equal((60, 59), (console.Console.Results.Hits.Count, console.Window.Search.Results.Selection.Selected));
    }

    [Fact]
    public void A_page_that_arrives_after_a_new_search_is_dropped()
    {
        var pages = new QueuedLane();
        var console = new SearchConsole(_searcher, new InlineLane(), pages);
        console.SetQueryText("grain");
        console.LoadMoreNear(SearchConsole.PageSize - 1);

        console.SetQueryText("grain report");
        pages.RunAll();

        Assert.Equal("grain report", console.Results.Criteria.QueryText);
        Assert.Equal(SearchConsole.PageSize, console.Results.Hits.Count);
    }
}

/// <summary>Two hits alike in what the console draws of them: id, title, outlet, date and snippets.</summary>
internal sealed class HitShownComparer : IEqualityComparer<SearchHit>
{
    public bool Equals(SearchHit? x, SearchHit? y) =>
        x is not null && y is not null && x.Id == y.Id && x.Title == y.Title && x.Outlet == y.Outlet && x.Date == y.Date
        && x.Snippets.Select(s => s.Text).SequenceEqual(y.Snippets.Select(s => s.Text));

    public int GetHashCode(SearchHit hit) => hit.Id.GetHashCode(StringComparison.Ordinal);
}
