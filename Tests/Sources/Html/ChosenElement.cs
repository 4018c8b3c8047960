using AngleSharp.Html.Parser;
using SearchEngine.Indexing.Sources;
using SearchEngine.Indexing.Sources.Html;

namespace SearchEngine.Tests.Sources.Html;

/// <summary>Markup set in a page as the element Readability chose, for the tests of what is pruned from it.</summary>
internal static class ChosenElement
{
    /// <summary>The chosen element's text once <see cref="ContentPruner"/> has taken its furniture out.</summary>
    public static string Pruned(string inner)
    {
        var content = new HtmlParser().ParseDocument($"<html><body><div id=\"chosen\">{inner}</div></body></html>").QuerySelector("#chosen")!;
        ContentPruner.Prune(content, new List<RemovedBlock>());
        return BlockText.Of(content);
    }
}
