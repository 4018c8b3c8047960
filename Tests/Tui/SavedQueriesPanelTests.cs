using SearchEngine.Indexing.Schema;
using SearchEngine.Querying.SavedQueries;
using SearchEngine.Querying.Search;
using SearchEngine.Querying.Tui.Models;
using SearchEngine.Tests.Support;

namespace SearchEngine.Tests.Tui;

public sealed class SavedQueriesPanelTests(SeedsIndex seeds) : IClassFixture<SeedsIndex>, IDisposable
{
    private static readonly DateTimeOffset Now = new(2024, 10, 25, 12, 0, 0, TimeSpan.Zero);
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string File => _folder.Combine("saved-queries.json");

    private SavedQueriesPanel Panel()
    {
        var panel = new SavedQueriesPanel(new SavedQueryStore(File), () => Now);
        panel.Reload();
        return panel;
    }

    private static readonly SearchCriteria KimInOneOutlet = new SearchCriteria { QueryText = "Kim Jong Un", Sort = SortOrder.Date }
        .Toggle(FacetDimension.Outlet, "Daily Wrap");

    [Fact]
    public void A_saved_query_keeps_its_words_filters_and_sort()
    {
        var panel = Panel();

        Assert.Null(panel.Save("kim", KimInOneOutlet));

        var saved = Assert.Single(panel.Queries);
        Assert.Equal(("kim", "Kim Jong Un", SortOrder.Date), (saved.Name, saved.Query, saved.Sort));
        Assert.Equal(["Daily Wrap"], saved.Filters.Selected(FacetDimension.Outlet));
    }

    [Fact]
    public void The_command_line_sees_what_the_console_saved()
    {
        Panel().Save("kim", KimInOneOutlet);

        Assert.Equal("Kim Jong Un", new SavedQueryStore(File).Get("kim").Query);
    }

    [Fact]
    public void A_name_that_is_not_allowed_is_refused_with_the_reason()
    {
        var problem = Panel().Save("my query", KimInOneOutlet);

        Assert.Contains("a space", problem);
        Assert.False(System.IO.File.Exists(File));
    }

    [Fact]
    public void Saving_a_name_twice_is_refused()
    {
        var panel = Panel();
        panel.Save("kim", KimInOneOutlet);

        Assert.Contains("already exists", panel.Save("KIM", KimInOneOutlet));
    }

    [Fact]
    public void The_first_run_counts_every_hit_as_new_and_is_recorded()
    {
        var panel = Panel();
        panel.Save("kim", new SearchCriteria { QueryText = "Kim Jong Un" });

        var summary = panel.RunAndRecord(panel.Queries[0], seeds.Searcher.Search, 25);

        Assert.Equal((4, 4), (summary.Total, summary.NewCount));
        Assert.Null(summary.SeenBefore);
        Assert.Equal(4, new SavedQueryStore(File).Get("kim").LastRun?.Total);
    }

    [Fact]
    public void A_query_saved_from_the_hits_on_screen_counts_them_as_seen_at_its_first_run()
    {
        var panel = Panel();
        var criteria = new SearchCriteria { QueryText = "Kim Jong Un" };
        var onScreen = seeds.Searcher.Search(criteria.ToRequest(0, 2, facetTopN: 10, snippets: 1));
        panel.Save("kim", criteria, (onScreen.Hits, onScreen.Total));

        var summary = panel.RunAndRecord(panel.Queries[0], seeds.Searcher.Search, 25);

        Assert.Equal((4, 2), (summary.Total, summary.NewCount));
        Assert.NotNull(summary.SeenBefore);
    }

    [Fact]
    public void A_second_run_counts_only_hits_the_first_did_not_return()
    {
        var panel = Panel();
        panel.Save("kim", new SearchCriteria { QueryText = "Kim Jong Un" });
        panel.RunAndRecord(panel.Queries[0], seeds.Searcher.Search, 25);
        panel.Reload();

        var summary = panel.RunAndRecord(panel.Queries[0], seeds.Searcher.Search, 25);

        Assert.Equal(0, summary.NewCount);
        Assert.Contains("saved query 'kim' last ran", summary.Describe());
        Assert.NotNull(summary.SeenBefore);
    }

    [Fact]
    public void A_corrupt_file_is_shown_as_a_problem_and_left_unchanged()
    {
        System.IO.File.WriteAllText(File, "{ not json");

        var panel = Panel();
        var problem = panel.Save("kim", KimInOneOutlet);

        Assert.NotNull(panel.Problem);
        Assert.Contains("has not been changed", problem);
        Assert.Equal("{ not json", System.IO.File.ReadAllText(File));
        Assert.Contains("has not been changed", panel.Render(0, 1000)[0].PlainText);
    }

    [Fact]
    public void The_problem_with_a_corrupt_file_is_wrapped_whole_not_cut_at_the_edge()
    {
        System.IO.File.WriteAllText(File, "{ not json");
        var panel = Panel();

        var lines = panel.Render(0, 80).Select(line => line.PlainText.TrimEnd()).Where(line => line.Length > 0);

        Assert.Equal(panel.Problem!.Replace(" ", ""), string.Concat(lines).Replace(" ", ""));
    }

    [Fact]
    public void Deleting_asks_once_and_deletes_on_the_second_press()
    {
        var panel = Panel();
        panel.Save("kim", KimInOneOutlet);

        Assert.Contains("press d again", panel.Delete(panel.Queries[0]));
        Assert.Single(new SavedQueryStore(File).Load());
        Assert.Contains("deleted", panel.Delete(panel.Queries[0]));
        Assert.Empty(new SavedQueryStore(File).Load());
    }
}

/// <summary>A saved query's run shown in the console, with more hits than the first page holds.</summary>
public sealed class SavedQueryRunInConsoleTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2024, 10, 25, 12, 0, 0, TimeSpan.Zero);
    private readonly TempFolder _folder = new();
    private readonly TestIndex _index = TestIndex.Build([.. Enumerable.Range(0, 60).Select(i =>
        TestIndex.Article($"a{i:00}", $"Grain report {i}", $"Grain shipments number {i} left the port.", "Daily Herald", $"2024-03-{1 + i % 28:00}"))]);
    private readonly ArticleSearcher _searcher;
    private readonly SearchConsole _console;
    private readonly SavedQueriesPanel _panel;

    public SavedQueryRunInConsoleTests()
    {
        _searcher = _index.OpenSearcher();
        _console = new SearchConsole(_searcher, new InlineLane(), new InlineLane());
        _panel = new SavedQueriesPanel(new SavedQueryStore(_folder.Combine("saved-queries.json")), () => Now);
        _panel.Reload();
    }

    public void Dispose()
    {
        _searcher.Dispose();
        _index.Dispose();
        _folder.Dispose();
    }

    private static readonly SearchCriteria Grain = new() { QueryText = "grain" };

    /// <summary>F6 (which reads the file again), Enter: the run, shown as the console shows it (see ConsoleCommands.RunSaved).</summary>
    private SavedQueryRunSummary RunInConsole(string name)
    {
        _panel.Reload();
        var query = _panel.Queries.Single(q => q.Name == name);
        var summary = _panel.RunAndRecord(query, _console.SearchAsShown, SearchConsole.PageSize);
        _console.Show(Grain, summary.Shown, summary.SeenBefore, summary.NewCount);
        _console.RecordShownHits(hits => _panel.RecordShown(name, hits));
        return summary;
    }

    [Fact]
    public void Hits_loaded_with_end_after_a_saved_querys_run_are_not_new_at_the_next_run()
    {
        _panel.Save("grain", Grain);
        RunInConsole("grain");

        _console.LoadRest(() => { });
        var next = RunInConsole("grain");

        Assert.Equal((60, 0), (next.Total, next.NewCount));
    }

    [Fact]
    public void Hits_loaded_after_saving_from_the_screen_are_not_new_at_the_first_run()
    {
        _console.SetQueryText("grain");
        _console.Settle();
        _panel.Save("grain", _console.Criteria, (_console.Results.Hits, _console.Results.Result.Total));
        _console.RecordShownHits(hits => _panel.RecordShown("grain", hits));

        _console.LoadMoreNear(SearchConsole.PageSize - 1);
        var first = RunInConsole("grain");

        Assert.Equal(60 - 2 * SearchConsole.PageSize, first.NewCount);
    }

    [Fact]
    public void Hits_of_other_criteria_shown_after_a_run_are_not_recorded_for_it()
    {
        _panel.Save("grain", Grain);
        RunInConsole("grain");

        _console.SetQueryText("grain report");
        _console.LoadRest(() => { });
        var next = RunInConsole("grain");

        Assert.Equal(60 - SearchConsole.PageSize, next.NewCount);
    }

    [Fact]
    public void The_status_after_a_run_counts_the_new_hits_once_over_all_hits_not_only_those_loaded()
    {
        var onScreen = _searcher.Search(Grain.ToRequest(0, 10, facetTopN: 10, snippets: 1));
        _panel.Save("grain", Grain, (onScreen.Hits, onScreen.Total));

        var summary = RunInConsole("grain");

        Assert.Contains(" · 50 new", _console.Summary());
        Assert.DoesNotContain("new", summary.Describe());
    }
}
