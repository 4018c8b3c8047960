using SearchEngine.Indexing.Writing;
using SearchEngine.Querying.FirstRun;
using SearchEngine.Tests.Support;

namespace SearchEngine.Tests.Tui;

/// <summary>The real <c>query</c> program in a real terminal (tmux, 120×40), on an index of the seeds in a temp folder.</summary>
public sealed class ConsoleEndToEndTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Typing_a_query_shows_hits_and_people_then_an_article_opens_and_Ctrl_Q_quits()
    {
        Assert.True(TmuxSession.IsInstalled(), "this test drives the console in tmux, which is not installed");
        var index = _folder.Combine("index");
        SeedIndex.EnsureBuilt(new IndexStore(index), IBuildProgress.None);
        // Everything the program might write goes to the temp folder, never to the user's files.
        var environment = new Dictionary<string, string>
        {
            ["XDG_STATE_HOME"] = _folder.Combine("state"),
            ["XDG_CONFIG_HOME"] = _folder.Combine("config"),
            ["XDG_DATA_HOME"] = _folder.Combine("data"),
            ["TERM"] = "xterm-256color",
        };
        var program = Path.Combine(AppContext.BaseDirectory, "query.dll");
        using var terminal = new TmuxSession(120, 40, environment, "dotnet", program, "--index", index);

        terminal.WaitFor("Search ▸");
        terminal.Type("Kim Jong Un");
        var results = terminal.WaitFor(s => s.Contains("Search ▸ Kim Jong Un", StringComparison.Ordinal) && s.Contains(" 4 hits", StringComparison.Ordinal),
            "the hits for Kim Jong Un");
        Assert.Contains("North Korean troops in Ukraine raise fears of global escalation", results);
        Assert.Matches(@"People\s", results);
        Assert.Matches(@"\[ \] Kim Jong Un\s+4", results);

        terminal.Send("Enter");
        terminal.Send("Enter");
        var article = terminal.WaitFor(s => s.Contains("People: ", StringComparison.Ordinal) && s.Contains("match 1 of", StringComparison.Ordinal), "the article");
        Assert.Contains("Related · none", article);

        terminal.Send("C-q");
        terminal.WaitFor(TmuxSession.ExitMarker + "0");
        Assert.True(File.Exists(Path.Combine(_folder.Combine("state"), "searchengine", "history")));
    }
}
