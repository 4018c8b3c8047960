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
}
