using AngleSharp.Dom;

namespace SearchEngine.Indexing.Sources.Html;

/// <summary>
/// Takes the furniture out of the element chosen as the article: comment threads, share and follow widgets, newsletter
/// prompts, related-story lists, author boxes, image captions and credits, link lists. They sit inside the article's
/// container on most sites, so choosing the right container is not enough. An element is furniture by its markup
/// (<see cref="FurnitureMarkup"/>) or by being mostly links, never by its words; and a box is kept whatever its name
/// when it holds most of the article's text, or, unless it is a comment thread, paragraphs of prose: sites wrap
/// their story in boxes named "ad-container" too.
/// </summary>
public static class ContentPruner
{
    private const double MaxShareOfText = 0.5;
    private const double MaxLinkShare = 0.5;
    private const int ProseParagraphWords = 30;
    private const int MaxProseParagraphs = 1;

    /// <summary>
    /// Takes out what the page hides, before Readability reads it: Readability drops style attributes, so after it
    /// hidden text can no longer be told from the rest.
    /// </summary>
    public static void PruneHidden(IElement body)
    {
        var total = TextLength(body);
        var hidden = body.Descendants<IElement>().Where(FurnitureMarkup.IsHidden).ToList();
        foreach (var element in hidden)
            if (element.Parent is not null && TextLength(element) <= total * MaxShareOfText)
                element.Remove();
    }

    public static void Prune(IElement content)
    {
        var total = TextLength(content);
        if (total == 0) return;
        var furniture = new List<IElement>();
        Collect(content, total, furniture, isRoot: true);
        foreach (var element in furniture)
            element.Remove();
        CutAtCommentsAnchor(content);
    }

    private const int MinLettersBeforeComments = 300;

    /// <summary>
    /// Older pages print their reader comments as plain blocks after an empty anchor named for them
    /// (<c>&lt;a name="comments"&gt;</c>): everything from the anchor to the end of the article is the thread.
    /// </summary>
    private static void CutAtCommentsAnchor(IElement content)
    {
        var anchor = content.Descendants<IElement>().FirstOrDefault(IsCommentsAnchor);
        if (anchor is null || LettersBefore(content, anchor) < MinLettersBeforeComments) return;
        for (var node = (INode)anchor; node != content && node.Parent is not null; node = node.Parent)
        {
            while (node.NextSibling is { } next)
                next.RemoveFromParent();
        }
        anchor.Remove();
    }

    private static bool IsCommentsAnchor(IElement element) =>
        element.ChildNodes.Length == 0
        && (element.GetAttribute("name") ?? element.Id) is { } name
        && name.Contains("comment", StringComparison.OrdinalIgnoreCase);

    private static int LettersBefore(IElement content, IElement anchor)
    {
        var letters = 0;
        foreach (var text in content.Descendants<IText>())
        {
            if (anchor.CompareDocumentPosition(text).HasFlag(DocumentPositions.Following)) break;
            letters += TextCounts.Letters(text.Data);
        }
        return letters;
    }

    /// <summary>The outermost furniture elements below <paramref name="element"/>; what is inside one is not looked at again.</summary>
    private static void Collect(IElement element, int total, List<IElement> furniture, bool isRoot)
    {
        if (!isRoot && IsFurniture(element) && TextLength(element) <= total * MaxShareOfText)
        {
            furniture.Add(element);
            return;
        }
        foreach (var child in element.Children)
            Collect(child, total, furniture, isRoot: false);
    }

    public static bool IsFurniture(IElement element) => FurnitureMarkup.Judge(element) switch
    {
        MarkupVerdict.Thread => true,
        MarkupVerdict.Furniture => ProseParagraphs(element) <= MaxProseParagraphs,
        _ => IsLinkList(element),
    };

    private static int ProseParagraphs(IElement element)
    {
        var count = 0;
        foreach (var paragraph in element.QuerySelectorAll("p"))
            if (TextCounts.Words(paragraph.TextContent) >= ProseParagraphWords && ++count > MaxProseParagraphs) break;
        return count;
    }

    /// <summary>A block whose text is mostly link text: a list of headlines, a menu, a "click here" prompt.</summary>
    private static bool IsLinkList(IElement element)
    {
        if (!BlockText.IsBlock(element)) return false;
        var text = TextCounts.Letters(element.TextContent);
        if (text == 0) return false;
        var linked = 0;
        foreach (var link in element.QuerySelectorAll("a"))
            linked += TextCounts.Letters(link.TextContent);
        return linked >= text * MaxLinkShare;
    }

    private static int TextLength(IElement element) => element.TextContent.Length;
}
