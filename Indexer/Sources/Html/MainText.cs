using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace SearchEngine.Indexing.Sources.Html;

/// <summary>A page's article text as lines, which finder chose it and what was left out of it by markup, for <c>inspect</c> to show.</summary>
public sealed record FoundText(string Text, string Origin, IReadOnlyList<RemovedBlock> Removed)
{
    public static readonly FoundText None = new("", "none", []);
}

/// <summary>
/// A page's article text as lines. What the page hides and the forms a reader fills in go first. Then Readability's choice of element, unless the page
/// marks its article body (microdata <c>articleBody</c>) and the choice is mostly something else; when Readability
/// finds no text, the candidates of <see cref="DensityContent"/> in turn, best first, until one holds some. Furniture
/// inside the chosen element is taken out before its text is read.
/// </summary>
public static class MainText
{
    private const int MinStatedBodyLetters = 500;
    private const double MinShared = 0.5;
    /// <summary>Below this many letters (a few lines) Readability's choice is checked against the densest prose container.</summary>
    private const int MinSureLetters = 300;
    /// <summary>How many times more text the dense container must hold to replace a short choice.</summary>
    private const double MinDensityGain = 3;

    public static FoundText Of(IHtmlDocument document, string html, string? url)
    {
        var takenOut = new List<RemovedBlock>();
        if (document.Body is { } body)
        {
            ContentPruner.PruneHidden(body, takenOut);
            ContentPruner.PruneReaderForms(body, takenOut);
        }
        var stated = StatedArticleBody(document);
        var readability = ReadabilityContent.Find(document, url) is { } chosen ? Pruned(chosen, takenOut) : (Text: "", Removed: takenOut);
        if (stated is not null && readability.Text.Length > 0 && SharedPairs.Share(readability.Text, BlockText.Of(stated)) < MinShared
            && Pruned(stated, takenOut) is { Text.Length: > 0 } statedText)
        {
            // Readability rates boxes, not meaning: where the page marks its article body and the choice is mostly
            // something else (a sign-up dialog, a teaser, the body with a comment thread), the page's own word
            // wins. A choice inside it is a refinement and stays.
            return Found(statedText, "microdata articleBody");
        }
        var letters = TextCounts.Letters(readability.Text);
        if (letters >= MinSureLetters) return Found(readability, "readability");

        // Readability found nothing, or a few lines (a standfirst, a caption): the densest prose container is weighed
        // against it. Readability rewrote the document while it searched; only this path pays for a second parse.
        var fresh = new HtmlParser().ParseDocument(html);
        if (fresh.Body is not null)
        {
            ContentPruner.PruneReaderForms(fresh.Body, []);
            foreach (var candidate in DensityContent.Candidates(fresh.Body))
                if (Pruned(candidate, []) is { Text.Length: > 0 } dense)
                    return letters == 0 || TextCounts.Letters(dense.Text) >= letters * MinDensityGain ? Found(dense, "text density") : Found(readability, "readability");
        }
        return letters > 0 ? Found(readability, "readability") : FoundText.None;
    }

    private static FoundText Found((string Text, List<RemovedBlock> Removed) pruned, string origin) => new(pruned.Text, origin, pruned.Removed);

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

    /// <summary>The element's text once its furniture is out, and what went, after what was taken out of the whole page.</summary>
    private static (string Text, List<RemovedBlock> Removed) Pruned(IElement content, List<RemovedBlock> takenOut)
    {
        var removed = new List<RemovedBlock>(takenOut);
        ContentPruner.Prune(content, removed);
        var text = BlockText.Of(content);
        return (string.IsNullOrWhiteSpace(text) ? "" : text, removed);
    }
}
