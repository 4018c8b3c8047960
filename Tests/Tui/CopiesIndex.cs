using SearchEngine.Tests.Dedup;
using SearchEngine.Tests.Support;

namespace SearchEngine.Tests.Tui;

/// <summary>
/// A wire story, two near-identical copies of it (one re-titled and cut, one with "harbour" spelled "harbor") and an
/// independent report of the same event.
/// </summary>
public sealed class CopiesIndex() : IndexedFeed(
    new FeedArticle("wire", Stories.WireHeadline, Stories.Wire, "Wire Agency", "2024-03-05"),
    new FeedArticle("retitled", "Dunmore ferry firm pays for crash", Stories.WireParagraphsOf(0, 1, 2, 3), "Daily Wrap", "2024-03-06"),
    new FeedArticle("respelled", Stories.WireHeadline, Stories.Wire.Replace("harbour", "harbor", StringComparison.Ordinal), "Sweden Herald", "2024-03-06"),
    new FeedArticle("independent", "Ferry firm must pay for harbour crash", Stories.IndependentReport, "Coastal Times", "2024-03-06"));
