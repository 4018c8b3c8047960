using System.Text.Json;
using SearchEngine.Indexing.Extraction;
using SearchEngine.Indexing.Writing;
using SearchEngine.Querying.Search;
using SearchEngine.Tests.Dedup;
using SearchEngine.Tests.Support;

namespace SearchEngine.Tests.Tui;

/// <summary>
/// A wire story, a trimmed copy of it, and two papers' stories written partly from it the next day, built through the
/// indexer so the copy is clustered and the papers linked as in real use.
/// </summary>
public sealed class LineageIndex : IDisposable
{
    private readonly TempFolder folder = new();

    public LineageIndex()
    {
        var store = new IndexStore(folder.Combine("index"));
        folder.Write("src/feed.jsonl", string.Join("\n",
            Record("wire", Stories.WireHeadline, Stories.Wire, "Wire Agency", "2024-03-05"),
            Record("trimmed", "Ferry operator fined", Stories.WireParagraphsOf(0, 1, 2), "Daily Wrap", "2024-03-06"),
            Record("rewrite", "Ferry firm must pay for harbour crash", Stories.WireParagraphsOf(0, 2) + "\n\n" + Stories.IndependentReport, "Coastal Times", "2024-03-06"),
            Record("roundup", "Ferry fine and farm drought", Stories.WireParagraphsOf(0, 2) + "\n\n" + Stories.OtherStories[5], "Valley News", "2024-03-07")) + "\n");
        new IndexBuilder(ArticlePipeline.Default, new BuildOptions { Threads = 1 }).Rebuild([folder.Combine("src")], store, IBuildProgress.None);
        Searcher = ArticleSearcher.Open(store.Root);
    }

    public ArticleSearcher Searcher { get; }

    public void Dispose()
    {
        Searcher.Dispose();
        folder.Dispose();
    }

    private static string Record(string id, string title, string body, string outlet, string date) =>
        JsonSerializer.Serialize(new { id, title, body, outlet, date });
}
