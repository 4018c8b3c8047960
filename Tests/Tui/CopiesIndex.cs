using System.Text.Json;
using SearchEngine.Indexing.Extraction;
using SearchEngine.Indexing.Writing;
using SearchEngine.Querying.Search;
using SearchEngine.Tests.Dedup;
using SearchEngine.Tests.Support;

namespace SearchEngine.Tests.Tui;

/// <summary>
/// A wire story, two near-identical copies of it (one re-titled and cut, one with "harbour" spelled "harbor") and an
/// independent report of the same event, built through the indexer so the copies are clustered as in real use.
/// </summary>
public sealed class CopiesIndex : IDisposable
{
    private readonly TempFolder folder = new();

    public CopiesIndex()
    {
        var store = new IndexStore(folder.Combine("index"));
        folder.Write("src/feed.jsonl", string.Join("\n",
            Record("wire", Stories.WireHeadline, Stories.Wire, "Wire Agency", "2024-03-05"),
            Record("retitled", "Dunmore ferry firm pays for crash", Stories.WireParagraphsOf(0, 1, 2, 3), "Daily Wrap", "2024-03-06"),
            Record("respelled", Stories.WireHeadline, Stories.Wire.Replace("harbour", "harbor", StringComparison.Ordinal), "Sweden Herald", "2024-03-06"),
            Record("independent", "Ferry firm must pay for harbour crash", Stories.IndependentReport, "Coastal Times", "2024-03-06")) + "\n");
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
