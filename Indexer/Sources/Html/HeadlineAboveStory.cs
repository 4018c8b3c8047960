using System.Text.RegularExpressions;
using AngleSharp.Dom;
using SearchEngine.Indexing.Cleaning;
using SearchEngine.Indexing.Cleaning.Rules;

namespace SearchEngine.Indexing.Sources.Html;

/// <summary>A line of the page as served, and whether it is mostly links.</summary>
public sealed record PrintedLine(string Text, bool Linked);

/// <summary>
/// The headline printed just above the story's first paragraph, which older table layouts mark by nothing but its place
/// and a bold face or a larger font ("&lt;td&gt;&lt;b&gt;Ferry sinks off Crete&lt;/b&gt;&lt;br&gt;14:05&lt;/td&gt;&lt;td&gt;The ferry…"), so
/// neither a heading nor a class names it, and the text reader leaves it out with the cell it shares with the date. Only a
/// few short lines may come between: a date, a byline, the wire's name, a tool bar's links ("E-mail | Print"). The
/// nearest line above that reads as a headline and whose words the story takes up is the one.
/// </summary>
public static partial class HeadlineAboveStory
{
    /// <summary>A story's first paragraph holds a sentence or more: shorter lines are datelines, captions and credits.</summary>
    private const int MinParagraphLetters = 80;
    /// <summary>The paragraph is found on the page by its opening words: the text reader keeps them as printed.</summary>
    private const int OpeningWords = 8;
    /// <summary>How many lines above the story are read, past links: a headline, a date, a byline, the wire's name and a label at most.</summary>
    private const int MaxLinesAbove = 6;
    /// <summary>A line longer than a headline above the story is a paragraph of something else: the story's headline is not above it.</summary>
    private const int MaxWords = 20;

    /// <summary>The page's lines, read before the text reader rewrites the document.</summary>
    public static IReadOnlyList<PrintedLine> Lines(IDocument document) =>
        document.Body is null
            ? []
            : TextLines.Of(document.Body).Select(l => new PrintedLine(PageSplitter.Normalise(l.Text), l.Linked * 2 > l.Letters)).ToList();

    /// <summary>
    /// The line above the story in place of a title the page does not state as its article's (see <see cref="IsGuessed"/>),
    /// unless that title is printed above the story as a headline: a page that prints its headline higher up, over a
    /// picture, a caption or a standfirst, has those nearer the story. A word or two printed there is a site's or
    /// section's name ("Premier League"), and a page tool's label ("E-mail This Page") no headline either. The line must
    /// share a word with the story, unless the title is a guess that shares none either (see <see cref="IsUnvouchedGuess"/>).
    /// </summary>
    public static Stated? Instead(Stated? title, IReadOnlyList<PrintedLine> lines, string text)
    {
        if (title is null || !IsGuessed(title)) return title;
        var story = text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var first = Array.FindIndex(story, l => TextCounts.Letters(l) >= MinParagraphLetters);
        if (first < 0 || StoryStart(lines, story[first]) is not (> 0 and var at) || IsPrintedHeadline(title.Value, lines, at)) return title;
        var line = LineAbove(lines, at, l => TakenUp(l, story)) ?? (IsUnvouchedGuess(title, text) ? LineAbove(lines, at, _ => true) : null);
        return line is not null && PageElements.TextKey(line) != PageElements.TextKey(title.Value)
            ? new Stated(line, "line above the story (" + title.Origin + ")")
            : title;
    }

    /// <summary>The page line the story's first paragraph opens, or -1.</summary>
    private static int StoryStart(IReadOnlyList<PrintedLine> lines, string paragraph)
    {
        var opening = string.Join(' ', PageElements.TextKey(paragraph).Split(' ').Take(OpeningWords));
        for (var i = 0; i < lines.Count; i++)
            if (PageElements.TextKey(lines[i].Text).StartsWith(opening, StringComparison.Ordinal)) return i;
        return -1;
    }

    /// <summary>The nearest line above the story that reads as a headline of it, past links, tool labels and short lines.</summary>
    private static string? LineAbove(IReadOnlyList<PrintedLine> lines, int at, Func<string, bool> vouched)
    {
        var read = 0;
        for (var i = at - 1; i >= 0 && read < MaxLinesAbove; i--)
        {
            var line = lines[i];
            if (line.Linked || IsToolLabel(line.Text)) continue;
            read++;
            if (TextHeadline.IsHeadline(line.Text) && !HasIdentifier(line.Text) && vouched(line.Text)) return line.Text;
            if (LineShape.WordCount(line.Text) > MaxWords) return null;
        }
        return null;
    }

    /// <summary>
    /// Whether the story's lines, other than the line itself, share a word with it. A short opening paragraph ("A ferry
    /// sank off Crete overnight.") is the story's as much as the long ones after it, and is the one most likely to name
    /// the headline's subject; the line itself, when the text reader kept it, vouches for nothing.
    /// </summary>
    private static bool TakenUp(string line, string[] story)
    {
        var key = PageElements.TextKey(line);
        return HeadlineFinder.SharesWord(line, string.Join(' ', story.Where(l => PageElements.TextKey(l) != key)));
    }

    /// <summary>
    /// Whether the title is a part of the <c>&lt;title&gt;</c> kept by guessing which parts are the site's, in a script that
    /// spaces its words, and shares none with the story: a tagline or a section ("Fixtures, results and transfer news"),
    /// no better evidence than a headline line above the story that shares no word with it either ("Rovers striker eyes
    /// return" over a story that names the club and the player otherwise), and the line is where readers saw the headline.
    /// </summary>
    private static bool IsUnvouchedGuess(Stated title, string text) =>
        title.Origin.EndsWith(HeadlineFinder.WithoutSite, StringComparison.Ordinal) && HeadlineFinder.HasWords(title.Value)
        && !HeadlineFinder.SharesWord(title.Value, text);

    /// <summary>The longest run a word of a headline takes: longer ones are codes and addresses run together ("20080101T0642Zafp.com…").</summary>
    private const int MaxWordLength = 30;

    /// <summary>Whether a line holds a run of characters too long for a word: a news agency's codes or an address, printed with the story.</summary>
    private static bool HasIdentifier(string line) => line.Split(' ').Any(w => w.Length > MaxWordLength);

    /// <summary>Whether the title is printed above the story or opens it, with more words than a site's or section's name, and is no tool's label.</summary>
    private static bool IsPrintedHeadline(string title, IReadOnlyList<PrintedLine> lines, int at)
    {
        if (LineShape.WordCount(title) < MinHeadlineWords || IsToolLabel(title)) return false;
        var key = " " + PageElements.TextKey(title) + " ";
        for (var i = 0; i <= at; i++)
            if ((" " + PageElements.TextKey(lines[i].Text) + " ").Contains(key, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>A site's or section's name printed above the story takes a word or two ("Premier League"); a headline says more.</summary>
    private const int MinHeadlineWords = 3;

    /// <summary>
    /// Whether the title is one the page does not state as its article's: the <c>&lt;title&gt;</c> or a part of it, which
    /// sites fill with their name and section, or a heading picked in place of a <c>&lt;title&gt;</c> naming the site, for
    /// leading the most prose. A headline the page states for its article (JSON-LD, og:title, microdata) or prints as its
    /// one h1 is its own word, and stays; so does the heading of a page that states no title at all, which has no site's
    /// name to take for its headline, and where a credit or a box's label sat above the story as often as a headline.
    /// </summary>
    private static bool IsGuessed(Stated title) =>
        title.Origin.StartsWith(HeadlineFinder.DocumentTitle, StringComparison.Ordinal) || title.Origin == HeadlineFinder.InPlaceOfSiteTitle;

    /// <summary>
    /// Whether a line is only the words of a page's tools ("Print this page", "Close Window", "E-mail This Page", "Submit a
    /// story", "Add your opinion"): a label on a link or a box, printed by a story as often as a headline, and heading none.
    /// Words run together where two links meet ("Close WindowE-mail") are parted at the capital.
    /// </summary>
    public static bool IsToolLabel(string line)
    {
        var words = Word().Matches(RunTogether().Replace(line, " ")).Select(m => m.Value.ToLowerInvariant()).ToList();
        return words.Count > 0 && words.All(ToolWords.Contains) && words.Any(ToolVerbs.Contains);
    }

    /// <summary>What a page's tools do: print, mail, share, close, submit, comment on the page.</summary>
    private static readonly HashSet<string> ToolVerbs =
        ["print", "email", "e", "mail", "send", "share", "close", "submit", "add", "post", "comment", "bookmark", "save", "subscribe", "talkback", "recommend"];

    /// <summary>The tools' verbs and what they act on: this page, the story, a comment, your opinion, a friend, the window.</summary>
    private static readonly HashSet<string> ToolWords =
    [
        .. ToolVerbs, "this", "a", "an", "the", "your", "to", "it", "page", "story", "article", "window", "friend", "comments",
        "opinion", "version", "friendly", "printer", "link", "news", "tip",
    ];

    [GeneratedRegex(@"(?<=\p{Ll})(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex RunTogether();

    [GeneratedRegex(@"\p{L}+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
