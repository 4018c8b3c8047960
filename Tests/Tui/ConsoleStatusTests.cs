using SearchEngine.Querying.SavedQueries;
using SearchEngine.Querying.Tui.Models;
using SearchEngine.Tests.Support;

namespace SearchEngine.Tests.Tui;

public sealed class ConsoleStatusTests(SeedsIndex seeds) : IClassFixture<SeedsIndex>, IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly SearchConsole _console = seeds.Console();

    public void Dispose() => _folder.Dispose();

    private ConsoleStatus Status() => new(
        _console,
        new SavedQueriesPanel(new SavedQueryStore(_folder.Combine("saved-queries.json")), () => DateTimeOffset.UtcNow),
        new QueryHistory(_folder.Combine("history")));

    [Fact]
    public void On_the_search_screen_it_tells_the_hits()
    {
        _console.SetQueryText("Kim Jong Un");

        Assert.StartsWith("4 hits · ", Status().Text(ConsoleScreen.Search, saving: false, null, null));
    }

    [Fact]
    public void On_the_history_screen_one_remembered_query_is_counted_in_the_singular()
    {
        var history = new QueryHistory(_folder.Combine("history"));
        history.Add("troops");

        var status = new ConsoleStatus(_console, new SavedQueriesPanel(new SavedQueryStore(_folder.Combine("saved-queries.json")), () => DateTimeOffset.UtcNow), history);

        Assert.StartsWith("1 query remembered", status.Text(ConsoleScreen.History, saving: false, null, null));
    }

    [Fact]
    public void While_a_query_is_being_saved_it_says_how_to_name_it()
    {
        Assert.Equal(ConsoleStatus.SavingHint, Status().Text(ConsoleScreen.Search, saving: true, null, null));
    }

    [Fact]
    public void Reading_an_article_it_tells_the_match_and_how_many_copies()
    {
        _console.SetQueryText("Kim Jong Un");
        var page = ArticlePage.Open(seeds.Searcher, _console.Results.Hits[0], "Kim Jong Un");
        page.Body.Resize(100, 20);
        page.Body.NextMatch();

        Assert.Matches(@"^match 1 of \d+ · line \d+ · \d+ cop(y|ies)$", Status().Text(ConsoleScreen.Article, saving: false, page, null));
    }

    [Fact]
    public void A_notice_follows_what_the_screen_reports()
    {
        _console.Notify("saved 'kim'");

        Assert.Equal($" {ConsoleStatus.HelpHint} · saved 'kim'", Status().Line(200, ConsoleScreen.Help, saving: false, null, null).PlainText);
    }

    [Fact]
    public void A_notice_too_long_for_one_row_goes_on_to_the_next_broken_between_words()
    {
        _console.Notify("saved query name 'volcker reagan' contains a space; use letters, digits, '-', '_' and '.'", isError: true);

        var rows = Status().Lines(60, ConsoleScreen.Search, saving: true, null, null).Select(l => l.PlainText).ToList();

        Assert.True(rows.Count > 1);
        Assert.All(rows, row => Assert.True(row.Length <= 60));
        Assert.EndsWith("'-', '_' and '.'", rows[^1]);
        Assert.All(rows.Take(rows.Count - 1), row => Assert.EndsWith(" ", row));
    }

    [Fact]
    public void A_notice_longer_than_the_rows_allowed_ends_in_an_ellipsis()
    {
        _console.Notify(string.Join(" ", Enumerable.Repeat("word", 200)));

        var rows = Status().Lines(40, ConsoleScreen.Search, saving: false, null, null);

        Assert.Equal(ConsoleStatus.MaxRows, rows.Count);
        Assert.EndsWith("…", rows[^1].PlainText);
    }
}
