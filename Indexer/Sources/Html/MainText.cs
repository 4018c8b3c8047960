using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace SearchEngine.Indexing.Sources.Html;

/// <summary>
/// A page's article text as lines: Readability's choice of element first; when it holds no text, the candidates of
/// <see cref="DensityContent"/> in turn, best first, until one does. Furniture inside the chosen element is taken out
/// before its text is read.
/// </summary>
public static class MainText
{
    public static string Of(IHtmlDocument document, string html, string? url)
    {
        if (document.Body is { } body) ContentPruner.PruneHidden(body);
        if (ReadabilityContent.Find(document, url) is { } chosen && TextOf(chosen) is { Length: > 0 } text)
            return text;
        // Readability rewrote the document while it searched; only this rare path pays for a second parse.
        var fresh = new HtmlParser().ParseDocument(html);
        if (fresh.Body is null) return "";
        foreach (var candidate in DensityContent.Candidates(fresh.Body))
            if (TextOf(candidate) is { Length: > 0 } candidateText)
                return candidateText;
        return "";
    }

    private static string TextOf(IElement content)
    {
        ContentPruner.Prune(content);
        var text = BlockText.Of(content);
        return string.IsNullOrWhiteSpace(text) ? "" : text;
    }
}
