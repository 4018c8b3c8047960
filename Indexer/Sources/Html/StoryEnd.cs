using System.Text.RegularExpressions;
using AngleSharp.Dom;
using SearchEngine.Indexing.Cleaning;
using SearchEngine.Indexing.Cleaning.Rules;

namespace SearchEngine.Indexing.Sources.Html;

/// <summary>
/// The story ends where its paragraphs end. The element chosen as the article often holds, after the box with the
/// story's paragraphs, furniture in boxes whose names say nothing: a comment thread, teasers for the site's other
/// pages, a sign-up dialog, a job board. After the box that holds nearly all the paragraphs of prose, lines that read
/// as sentences still belong to the story (a last short paragraph, a contributor's line), and so does a table or list
/// a sentence ending in a colon announces; from the first that does not
/// (a heading, a label, a link, a date) to the end of the element, the rest is furniture. The publisher's notices there
/// (a copyright line, a sign-off) stay for the line rules, which leave them out of the body and read the outlet from them.
/// </summary>
public static partial class StoryEnd
{
    /// <summary>The story's box holds this share of the letters in paragraphs of prose.</summary>
    private const double StoryShare = 0.9;
    private const int MinSentenceWords = 4;

    public static void Prune(IElement content, List<RemovedBlock> removed)
    {
        var story = StoryBox(content);
        if (story == content) return;
        var following = TextLines.Of(content).Where(line => Follows(story, line)).ToList();
        var furniture = following.Skip(StoryLines(following)).Where(line => !IsPublisherNotice(line)).ToList();
        if (furniture.Count == 0) return;
        removed.Add(RemovedBlock.Of("after the story's paragraphs", string.Join(" / ", furniture.Select(line => line.Text))));
        foreach (var line in furniture)
            line.Remove();
    }

    /// <summary>
    /// The innermost element holding nearly all the letters of the paragraphs of prose; the content itself when none does.
    /// A page that sets no paragraph of prose in <c>&lt;p&gt;</c> (its story in a cell or a font tag, broken by
    /// <c>&lt;br&gt;</c>, as older pages do) has its lines of prose, few of their letters links, counted instead.
    /// </summary>
    private static IElement StoryBox(IElement content)
    {
        var prose = new Dictionary<IElement, int>();
        var total = 0;
        foreach (var paragraph in content.QuerySelectorAll("p"))
        {
            var text = paragraph.TextContent;
            if (IsProse(text) && !IsTeaser(paragraph)) total += Charge(paragraph, text, content, prose);
        }
        if (total == 0)
        {
            foreach (var line in TextLines.Of(content))
                if (line.Linked < line.Letters * ContentPruner.MaxLinkShare && line.Texts[0].ParentElement is { } parent
                    && IsProse(line.Text))
                    total += Charge(parent, line.Text, content, prose);
        }
        var story = content;
        while (total > 0 && story.Children.FirstOrDefault(child => prose.GetValueOrDefault(child) >= total * StoryShare) is { } inner)
            story = inner;
        return story;
    }

    /// <summary>Long enough to be a paragraph of prose, and no teaser's excerpt.</summary>
    private static bool IsProse(string text) => TextCounts.Words(text) >= ContentPruner.ProseParagraphWords && !IsExcerpt(text);

    /// <summary>Charges a paragraph of prose to the boxes around it; its letters.</summary>
    private static int Charge(IElement paragraph, string text, IElement content, Dictionary<IElement, int> prose)
    {
        var letters = TextCounts.Letters(text);
        for (var box = paragraph; box is not null && box != content; box = box.ParentElement)
            prose[box] = prose.GetValueOrDefault(box) + letters;
        return letters;
    }

    /// <summary>
    /// A paragraph cut off by an ellipsis and a prompt to read on ("… the role holder will ... more &gt;", "… Read
    /// More..."): the opening of another page, as job boards and teaser boxes print it, however long the excerpt runs.
    /// </summary>
    private static bool IsExcerpt(string text) => ReadOnPrompt().IsMatch(text);

    /// <summary>
    /// A paragraph that opens with a linked headline on a line of its own and goes on to a blurb: a teaser for another
    /// page, as promotion boxes print them, however long its blurb. A story's paragraph does not open with a linked line.
    /// </summary>
    private static bool IsTeaser(IElement paragraph) =>
        TextLines.Of(paragraph) is [var headline, _, ..] && headline.Linked == headline.Letters;

    private static bool Follows(IElement story, TextLine line)
    {
        var position = story.CompareDocumentPosition(line.Texts[0]);
        return position.HasFlag(DocumentPositions.Following) && !position.HasFlag(DocumentPositions.ContainedBy);
    }

    /// <summary>
    /// How many of the lines after the story's box still belong to it: sentences, and a table or list that a sentence
    /// ending in a colon announces ("His record stands thus:"), which holds figures and names rather than sentences.
    /// </summary>
    private static int StoryLines(List<TextLine> lines)
    {
        var count = 0;
        while (count < lines.Count)
        {
            var line = lines[count++];
            if (ReadsAsSentence(line)) continue;
            if (!Announces(line) || count == lines.Count || Announced(line, lines[count]) is not { } announced) return count - 1;
            while (count < lines.Count && announced.Contains(lines[count].Texts[0]))
                count++;
        }
        return count;
    }

    private static bool Announces(TextLine line)
    {
        var text = PageSplitter.Normalise(line.Text);
        return TextCounts.Words(text) >= MinSentenceWords && text.EndsWith(':');
    }

    /// <summary>The table or list the next line opens, when it is not also the announcing line's.</summary>
    private static IElement? Announced(TextLine announcing, TextLine next)
    {
        for (var element = next.Texts[0].ParentElement; element is not null; element = element.ParentElement)
        {
            if (element.Contains(announcing.Texts[0])) return null;
            if (element.LocalName is "table" or "ul" or "ol") return element;
        }
        return null;
    }

    private static bool IsPublisherNotice(TextLine line)
    {
        var text = PageSplitter.Normalise(line.Text);
        return LegalNoticeRule.IsLegal(text) || FooterRule.IsSignOff(text) || FooterRule.IsWireSignature(text);
    }

    private static bool ReadsAsSentence(TextLine line)
    {
        var text = PageSplitter.Normalise(line.Text);
        return TextCounts.Words(text) >= MinSentenceWords && SentenceEnd().IsMatch(text);
    }

    [GeneratedRegex(@"(\.\.\.|…)\s*\[?\s*((read|see|view)\s+)?(more|continue\s+reading)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReadOnPrompt();

    /// <summary>A full stop, question or exclamation mark, closed quotes or brackets after it allowed.</summary>
    [GeneratedRegex(@"[.!?]\s*[""'”’)]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();
}
