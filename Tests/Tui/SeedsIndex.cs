using System.Runtime.CompilerServices;
using SearchEngine.Indexing.Writing;
using SearchEngine.Querying.FirstRun;
using SearchEngine.Querying.Search;
using SearchEngine.Querying.Tui.Models;
using SearchEngine.Tests.Support;

namespace SearchEngine.Tests.Tui;

/// <summary>The seeds indexed once per test class, the way first run indexes them, with a searcher open on them.</summary>
public sealed class SeedsIndex : IDisposable
{
    private readonly TempFolder _folder = new();

    public SeedsIndex()
    {
        Root = _folder.Combine("index");
        SeedIndex.EnsureBuilt(new IndexStore(Root), IBuildProgress.None);
        Searcher = ArticleSearcher.Open(Root);
    }

    public string Root { get; }

    public ArticleSearcher Searcher { get; }

    /// <summary>A console whose searches run at once on the calling thread.</summary>
    public SearchConsole Console()
    {
        var console = new SearchConsole(Searcher, new InlineLane(), new InlineLane());
        console.Start();
        return console;
    }

    public void Dispose()
    {
        Searcher.Dispose();
        _folder.Dispose();
    }
}

internal static class TerminalTestSetup
{
    /// <summary>Keeps Terminal.Gui's drivers off the real console in headless tests, as its own tests do.</summary>
    [ModuleInitializer]
    internal static void DisableRealDriverIO() => Environment.SetEnvironmentVariable("DisableRealDriverIO", "1");
}
