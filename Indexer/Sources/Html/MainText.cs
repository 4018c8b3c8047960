using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace SearchEngine.Indexing.Sources.Html;

/// <summary>A page's article text as lines, and which finder chose it, for <c>inspect</c> to show.</summary>
public sealed record FoundText(string Text, string Origin)
{
    public static readonly FoundText None = new("", "none");
}

/// <summary>
/// A page's article text as lines. What the page hides goes first. Then Readability's choice of element, unless the page
/// marks its article body (microdata <c>articleBody</c>) and the choice is mostly something else; when Readability
/// finds no text, the candidates of <see cref="DensityContent"/> in turn, best first, until one holds some. Furniture
/// inside the chosen element is taken out before its text is read.
/// </summary>
public static class MainText
{
    private const int MinStatedBodyLetters = 500;
    private const double MinShared = 0.5;

    public static FoundText Of(IHtmlDocument document, string html, string? url)
    {
        if (document.Body is { } body) ContentPruner.PruneHidden(body);
        var stated = StatedArticleBody(document);
        if (ReadabilityContent.Find(document, url) is { } chosen && TextOf(chosen) is { Length: > 0 } text)
        {
            // Readability rates boxes, not meaning: where the page marks its article body and the choice is mostly
            // something else (a sign-up dialog, a teaser, the body with a comment thread), the page's own word
            // wins. A choice inside it is a refinement and stays.
            if (stated is null || SharedPairs.Share(text, BlockText.Of(stated)) >= MinShared) return new(text, "readability");
            return TextOf(stated) is { Length: > 0 } statedText ? new(statedText, "microdata articleBody") : new(text, "readability");
        }
        // Readability rewrote the document while it searched; only this rare path pays for a second parse.
        var fresh = new HtmlParser().ParseDocument(html);
        if (fresh.Body is null) return FoundText.None;
        foreach (var candidate in DensityContent.Candidates(fresh.Body))
            if (TextOf(candidate) is { Length: > 0 } candidateText)
                return new(candidateText, "text density");
        return FoundText.None;
    }

    /// <summary>
    /// A copy of the element microdata marks as the article body, when it holds enough text to be one: a copy, since
    /// Readability moves nodes out of the page as it builds its choice.
    /// </summary>
    private static IElement? StatedArticleBody(IHtmlDocument document)
    {
        var marked = document.QuerySelector("[itemprop='articleBody' i]");
        return marked is not null && TextCounts.Letters(marked.TextContent) >= MinStatedBodyLetters
            ? (IElement)marked.Clone(deep: true)
            : null;
    }

    private static string TextOf(IElement content)
    {
        ContentPruner.Prune(content);
        var text = BlockText.Of(content);
        return string.IsNullOrWhiteSpace(text) ? "" : text;
    }
}
