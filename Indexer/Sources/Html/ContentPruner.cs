using AngleSharp.Dom;

namespace SearchEngine.Indexing.Sources.Html;

/// <summary>
/// Takes the furniture out of the element chosen as the article: comment threads, share and follow widgets, newsletter
/// prompts, related-story lists, author boxes, image captions and credits, link lists, in a block of their own or one a
/// line beside the story (<see cref="LinkLines"/>), a table layout's columns beside the story's cell
/// (<see cref="SideColumns"/>), and what follows the box of the story's paragraphs once they stop
/// reading as sentences (<see cref="StoryEnd"/>). They sit inside the article's container on most sites, so choosing
/// the right container is not enough. An element is furniture by its markup
/// (<see cref="FurnitureMarkup"/>) or by being mostly links, never by its words; and a box is kept whatever its name
/// when it holds most of the article's text, or, unless it is a comment thread, paragraphs of prose: sites wrap
/// their story in boxes named "ad-container" too.
/// </summary>
public static class ContentPruner
{
    private const double MaxShareOfText = 0.5;
    /// <summary>A block, or a line, is a link list when this share of its letters is link text.</summary>
    internal const double MaxLinkShare = 0.5;
    internal const int ProseParagraphWords = 30;
    private const int MaxProseParagraphs = 1;

    /// <summary>
    /// Takes out what the page hides, before Readability reads it: Readability drops style attributes, so after it
    /// hidden text can no longer be told from the rest.
    /// </summary>
    public static void PruneHidden(IElement body, List<RemovedBlock> removed)
    {
        var total = TextLength(body);
        var hidden = body.Descendants<IElement>().Where(FurnitureMarkup.IsHidden).ToList();
        foreach (var element in hidden)
            if (element.Parent is not null && TextLength(element) <= total * MaxShareOfText)
                Remove(element, "hidden", removed);
    }

    /// <summary>
    /// Takes out the forms a reader fills in, before Readability and the density finder weigh the page: a poll's
    /// question and answers, a sign-up's or comment box's labels are text in a box of few links, and a poll longer than
    /// a short story was chosen over it. A form is one by its choice buttons, text area or password field; one that
    /// holds most of the page or paragraphs of prose is a page-wide form (ASP.NET wraps whole pages in one) and stays.
    /// </summary>
    public static void PruneReaderForms(IElement body, List<RemovedBlock> removed)
    {
        var filledIn = body.GetElementsByTagName("form").Where(IsFilledIn).ToList();
        if (filledIn.Count == 0) return;
        var total = TextLength(body);
        foreach (var form in filledIn)
            if (form.Parent is not null && TextLength(form) <= total * MaxShareOfText && ProseParagraphs(form) <= MaxProseParagraphs)
                Remove(form, "reader form", removed);
    }

    private static bool IsFilledIn(IElement form) =>
        form.QuerySelector("input[type=radio i], input[type=checkbox i], input[type=password i], textarea") is not null;

    public static void Prune(IElement content, List<RemovedBlock> removed)
    {
        var total = TextLength(content);
        if (total == 0) return;
        var furniture = new List<(IElement Element, string Why)>();
        Collect(content, total, furniture, isRoot: true);
        foreach (var (element, why) in furniture)
            Remove(element, why, removed);
        CutAtCommentsAnchor(content, removed);
        SideColumns.Prune(content, removed);
        StoryEnd.Prune(content, removed);
        LinkLines.Prune(content, removed);
    }

    private static void Remove(INode node, string why, List<RemovedBlock> removed)
    {
        var text = node is IElement element ? BlockText.Of(element) : node.TextContent;
        if (!string.IsNullOrWhiteSpace(text)) removed.Add(RemovedBlock.Of(why, text));
        node.RemoveFromParent();
    }

    private const int MinLettersBeforeComments = 300;

    /// <summary>
    /// Older pages print their reader comments as plain blocks after an empty anchor named for them
    /// (<c>&lt;a name="comments"&gt;</c>): everything from the anchor to the end of the article is the thread.
    /// </summary>
    private static void CutAtCommentsAnchor(IElement content, List<RemovedBlock> removed)
    {
        var anchor = content.Descendants<IElement>().FirstOrDefault(IsCommentsAnchor);
        if (anchor is null || LettersBefore(content, anchor) < MinLettersBeforeComments) return;
        for (var node = (INode)anchor; node != content && node.Parent is not null; node = node.Parent)
        {
            while (node.NextSibling is { } next)
                Remove(next, "after the comments anchor", removed);
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
    private static void Collect(IElement element, int total, List<(IElement, string)> furniture, bool isRoot)
    {
        if (!isRoot && Furniture(element) is { } why && TextLength(element) <= total * MaxShareOfText)
        {
            furniture.Add((element, why));
            return;
        }
        foreach (var child in element.Children)
            Collect(child, total, furniture, isRoot: false);
    }

    /// <summary>Why the element is furniture ("comment thread: div.comments"), or null when it is not.</summary>
    public static string? Furniture(IElement element) => FurnitureMarkup.Judge(element) switch
    {
        MarkupVerdict.Thread => "comment thread: " + Describe(element),
        MarkupVerdict.SetApart => "set apart: " + Describe(element),
        MarkupVerdict.Furniture when ProseParagraphs(element) <= MaxProseParagraphs => "furniture: " + Describe(element),
        MarkupVerdict.Content when IsLinkList(element) && !LinksWithinSentences(element) => "link list: " + Describe(element),
        _ => null,
    };

    /// <summary>"div.share-bar", "figure", "section#comments": enough for a reader to find the element in the page.</summary>
    private static string Describe(IElement element)
    {
        var classes = element.GetAttribute("class")?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (classes is { Length: > 0 }) return $"{element.LocalName}.{classes[0]}";
        return string.IsNullOrEmpty(element.Id) ? element.LocalName : $"{element.LocalName}#{element.Id}";
    }

    /// <summary>
    /// Whether the element holds more paragraphs of prose than a box of furniture does, not counting those
    /// <paramref name="leftOut"/> says to leave out.
    /// </summary>
    internal static bool HoldsProse(IElement element, Func<IElement, bool> leftOut) =>
        ProseParagraphs(element, leftOut) > MaxProseParagraphs;

    private static int ProseParagraphs(IElement element, Func<IElement, bool>? leftOut = null)
    {
        var count = 0;
        foreach (var paragraph in element.QuerySelectorAll("p"))
            if (TextCounts.Words(paragraph.TextContent) >= ProseParagraphWords && (leftOut is null || !leftOut(paragraph))
                && ++count > MaxProseParagraphs)
                break;
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

    /// <summary>
    /// A block of prose whose links are words of its sentences ("<c>&lt;a&gt;Aerospace engineering&lt;/a&gt; remained
    /// second, along with &lt;a&gt;civil engineering&lt;/a&gt;.</c>"): a story's paragraph that links the bodies or people
    /// it names, however much of its text they cover. It ends a sentence, and at least half its links are joined to the
    /// words around them by a word in lower case; a list's links stand alone, between separators, dates, other links
    /// or a label ("Read more:").
    /// </summary>
    private static bool LinksWithinSentences(IElement element)
    {
        if (!EndsSentence(element.TextContent)) return false;
        var links = element.QuerySelectorAll("a");
        var joined = links.Count(link =>
            TextBeside(link, element, after: true).TrimStart() is [var first, ..] && char.IsLower(first)
            || TextBeside(link, element, after: false).TrimEnd() is [.., var last] && char.IsLower(last));
        return joined * 2 >= links.Length;
    }

    private static bool EndsSentence(string text) => text.TrimEnd().TrimEnd('"', '\'', '”', '’', ')') is [.., '.' or '!' or '?'];

    /// <summary>The text right after (or before) the node within the block: its sibling's, or its inline parent's.</summary>
    private static string TextBeside(INode node, IElement block, bool after)
    {
        for (var current = node; current != block && current.Parent is not null; current = current.Parent)
        {
            var sibling = after ? current.NextSibling : current.PreviousSibling;
            if (sibling is not null) return sibling is IText text ? text.Data : "";
        }
        return "";
    }

    private static int TextLength(IElement element) => element.TextContent.Length;
}
