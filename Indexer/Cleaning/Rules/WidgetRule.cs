using System.Text.RegularExpressions;

namespace SearchEngine.Indexing.Cleaning.Rules;

/// <summary>
/// Page controls that scraping keeps as text: share and print buttons ("pdfshareprint", "Share this article"), a comment
/// box's invitation and labels ("Have your say", "Post a comment"), "Exit mobile version", reading-time labels
/// ("1 MIN READ"), tag lists ("Tags" followed by the tags, e.g. "TTT"), and lone counters and separators ("0", "·")
/// where they sit against other furniture: elsewhere a lone number is likely a figure of the article, such as a cell
/// of a wire table. And a paywall's prompt where a story shown in part stops ("Become a paid subscriber to unlock this
/// piece", "This article is exclusive to … subscribers"), with the sales pitch under it, to the end of the text.
/// </summary>
public sealed partial class WidgetRule : IPageRule
{
    private const int MaxTagWords = 3;

    private static readonly PhraseSet ControlPhrases = new(
    [
        "share", "share this", "share this article", "share this story", "share on facebook", "share on twitter", "share on x",
        "share via email", "tweet", "print", "print this article", "email", "e-mail", "comments", "comment", "leave a comment",
        "view comments", "show comments", "exit mobile version", "skip to content", "skip to main content", "back to top",
        "advertisement", "advertisements", "sponsored", "sponsored content", "follow us", "subscribe", "sign up", "log in",
        "menu", "close", "copy link", "link copied", "listen", "listen to this article", "font size", "toggle navigation",
        "load more", "show more", "facebook", "twitter", "whatsapp", "linkedin", "telegram", "reddit", "pinterest",
        "have your say", "have your say on this story", "your comments", "user comments", "reader comments", "post a comment",
        "add a comment", "add your comment", "comments are closed",
    ]);

    private static readonly PhraseSet TagLabels = new("tags", "tagged", "topics", "related topics", "keywords");

    /// <summary>Words share and print buttons are made of, for recognising them when scraping glues them together.</summary>
    private static readonly string[] ControlWords =
    [
        "pdf", "share", "print", "email", "mail", "tweet", "facebook", "twitter", "whatsapp", "linkedin", "telegram",
        "reddit", "pinterest", "copy", "link", "save", "bookmark", "comments", "comment", "listen",
    ];

    public void Apply(PageDraft page)
    {
        for (var i = 0; i < page.Count; i++)
        {
            if (!page.IsBody(i)) continue;
            var line = page.Lines[i];
            if (IsControl(line))
                page.Mark(i, LineKind.Widget);
            if (TagLabels.Contains(line))
                i = MarkTags(page, i);
        }
        for (var i = 0; i < page.Count; i++)
            MarkCounterBesideFurniture(page, i);
        for (var i = page.Count - 1; i >= 0; i--)
            MarkCounterBesideFurniture(page, i);
        MarkPaywall(page);
    }

    private const int MaxPromptLength = 200;

    /// <summary>
    /// Marks from the first paywall prompt to the end of the text, when no paragraph of prose follows it: what a
    /// paywall cuts off is not on the page, and what it shows instead is the offer (what a subscription brings, log-in
    /// links, the publisher's other products). A prompt with the story going on after it is a subscriber's copy of the
    /// page, whose box is left to the other rules.
    /// </summary>
    private static void MarkPaywall(PageDraft page)
    {
        var prompt = Enumerable.Range(0, page.Count)
            .FirstOrDefault(i => page.IsBody(i) && page.Lines[i].Length <= MaxPromptLength && PaywallPrompt().IsMatch(page.Lines[i]), -1);
        if (prompt < 0) return;
        for (var i = prompt + 1; i < page.Count; i++)
            if (page.IsBody(i) && IsProse(page.Lines[i]))
                return;
        for (var i = prompt; i < page.Count; i++)
            if (page.IsBody(i))
                page.Mark(i, LineKind.Widget);
    }

    private const int MinProseWords = 30;

    private static bool IsProse(string line) => LineShape.WordCount(line) >= MinProseWords && LineShape.EndsSentence(line);

    public static bool IsControl(string line) =>
        ControlPhrases.Contains(line) || TagLabels.Contains(line)
        || ReadingTime().IsMatch(line) || IsGluedControls(line);

    private static void MarkCounterBesideFurniture(PageDraft page, int i)
    {
        if (!page.IsBody(i) || !LoneCounter().IsMatch(page.Lines[i])) return;
        var besideFurniture = (i > 0 && !page.IsBody(i - 1)) || (i + 1 < page.Count && !page.IsBody(i + 1));
        if (besideFurniture) page.Mark(i, LineKind.Widget);
    }

    /// <summary>Marks the label and the short tag lines after it; returns the last index marked.</summary>
    private static int MarkTags(PageDraft page, int label)
    {
        page.Mark(label, LineKind.Widget);
        var i = label + 1;
        for (; i < page.Count && page.IsBody(i); i++)
        {
            var line = page.Lines[i];
            if (LineShape.WordCount(line) > MaxTagWords || LineShape.EndsSentence(line)) break;
            page.Mark(i, LineKind.Widget);
        }
        return i - 1;
    }

    private static bool IsGluedControls(string line)
    {
        if (line.Contains(' ')) return false;
        var word = line.ToLowerInvariant();
        return Segments(word, 0) >= 2;
    }

    /// <summary>How many control words the text from <paramref name="start"/> splits into, or 0 if it does not split.</summary>
    private static int Segments(string word, int start)
    {
        if (start == word.Length) return 0;
        foreach (var control in ControlWords)
        {
            if (!word.AsSpan(start).StartsWith(control, StringComparison.Ordinal)) continue;
            var end = start + control.Length;
            if (end == word.Length) return 1;
            var rest = Segments(word, end);
            if (rest > 0) return rest + 1;
        }
        return 0;
    }

    [GeneratedRegex(@"^(?:\d{1,3}|[·•|*/—–-]+)$")]
    private static partial Regex LoneCounter();

    /// <summary>
    /// An offer to read on by paying or logging in: "unlock this article", "to read the rest of this story subscribe",
    /// "this story is exclusive to … subscribers", "Already have an account? Log in". Only "this" article is unlocked:
    /// a story may hope "to unlock the full story" of what it reports.
    /// </summary>
    [GeneratedRegex(
        @"\bunlock this (?:article|story|piece|post)\b"
        + @"|^to (?:read|continue reading) (?:the rest of )?(?:this|the) (?:article|story|piece|post),?"
        + @" (?:subscribe|sign up|log in|become)\b"
        + @"|^(?:this|the) (?:article|story|piece|post) is (?:exclusive|only available|available only) to .{0,40}\bsubscribers\b"
        + @"|^already (?:have an account|a subscriber|a member)\?\s*(?:log|sign) in\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PaywallPrompt();

    [GeneratedRegex(@"^\d{1,3}\s*min(?:ute)?s?\.?\s+read$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReadingTime();
}
