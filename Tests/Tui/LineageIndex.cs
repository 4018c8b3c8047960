using SearchEngine.Tests.Dedup;
using SearchEngine.Tests.Support;

namespace SearchEngine.Tests.Tui;

/// <summary>A wire story, a trimmed copy of it, and two papers' stories written partly from it in the days after.</summary>
public sealed class LineageIndex() : IndexedFeed(
    new FeedArticle("wire", Stories.WireHeadline, Stories.Wire, "Wire Agency", "2024-03-05"),
    new FeedArticle("trimmed", "Ferry operator fined", Stories.WireParagraphsOf(0, 1, 2), "Daily Wrap", "2024-03-06"),
    new FeedArticle("rewrite", "Ferry firm must pay for harbour crash", Stories.WireParagraphsOf(0, 2) + "\n\n" + Stories.IndependentReport, "Coastal Times", "2024-03-06"),
    new FeedArticle("roundup", "Ferry fine and farm drought", Stories.WireParagraphsOf(0, 2) + "\n\n" + Stories.OtherStories[5], "Valley News", "2024-03-07"));
