using System.Text.RegularExpressions;
using SearchEngine.Indexing.Cleaning.Rules;
using SearchEngine.Indexing.Extraction.Dates;

namespace SearchEngine.Indexing.Sources.Html;

/// <summary>
/// The headline the article's text opens with, in place of a title that shares no word with that text. Such a title
/// names the site or a section ("The Evening Paper", "Wire Service Updates", "Picture Desk"), whatever element printed it;
/// pages that state nothing better print the headline as a short line at the top of the article, and the story's own
/// words vouch for it ("Ferry sinks off Crete" above a story that names Crete again). Failing such a line, they vouch
/// for the part of the page's <c>&lt;title&gt;</c> that is the headline (see <see cref="SharedPart"/>). A title that reads as
/// no headline, sentences or a date line, yields to that line too, whatever words it shares (see <see cref="ReadsAsNoHeadline"/>),
/// and so does a part of the <c>&lt;title&gt;</c> guessed to be the headline that is printed nowhere (see <see cref="IsUnprintedGuess"/>).
/// </summary>
public static partial class TextHeadline
{
    /// <summary>A section label or two ("Top Stories", "World") may come before the headline.</summary>
    private const int OpeningLines = 3;
    private const int MinWords = 3;
    private const int MaxWords = 20;

    /// <summary>How the origin of a title that shares no word with the text continues.</summary>
    public const string SharesNoWord = " shares no word with the text";

    public static Stated? Instead(Stated? title, string? documentTitle, string? outlet, string text)
    {
        if (title is null) return null;
        var lines = text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (HeadlineFinder.HasWords(title.Value) && !HeadlineFinder.SharesWord(title.Value, text))
            return OpeningHeadline(lines, title.Origin + SharesNoWord)
                   ?? (SharedPart(documentTitle, outlet, text) is { } part
                       ? new Stated(part, HeadlineFinder.DocumentTitle + ", the part the text shares words with (" + title.Origin + " shares none)")
                       : title);
        if (ReadsAsNoHeadline(title.Value)) return OpeningHeadline(lines, title.Origin + " reads as sentences or ends in a date") ?? title;
        return IsUnprintedGuess(title, text) ? OpeningHeadline(lines, title.Origin + ", printed nowhere") ?? title : title;
    }

    /// <summary>
    /// A title cut from the <c>&lt;title&gt;</c> by guessing which part is not the site's, that neither the page nor its text
    /// prints ("Kursk's favourite evening paper" from "Evening Wrap – Kursk's favourite evening paper - World"): the
    /// guess may be a tagline or a section, and the headline line the text opens with is what readers saw.
    /// </summary>
    private static bool IsUnprintedGuess(Stated title, string text) =>
        title.Origin.EndsWith(HeadlineFinder.WithoutSite, StringComparison.Ordinal)
        && !PageElements.TextKey(text).Contains(PageElements.TextKey(title.Value), StringComparison.Ordinal);

    private static Stated? OpeningHeadline(string[] lines, string why)
    {
        for (var i = 0; i < Math.Min(OpeningLines, lines.Length); i++)
            if (IsHeadline(lines[i]) && HeadlineFinder.SharesWord(lines[i], string.Join(' ', lines.Skip(i + 1))))
                return new Stated(lines[i], "text: headline line (" + why + ")");
        return null;
    }

    /// <summary>
    /// A title of sentences ("World Soccer. All the news daily. …", a site's description) or that ends in a date ("Valley
    /// United Tuesday January 8, 2008", a box of credit and date classed as a headline) is no headline: the line the text
    /// opens with, when it reads as one, is the better guess.
    /// </summary>
    private static bool ReadsAsNoHeadline(string title) => ReadsAsSentences(title) || EndsInDate(title);

    /// <summary>Whether the text's last words are a date ("WirelessWeek - January 14, 2008"): a date line or a credit and date.</summary>
    public static bool EndsInDate(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var count = MinDateWords; count <= Math.Min(MaxDateWords, words.Length); count++)
            if (DateParser.ParseLine(string.Join(' ', words[^count..])) is not null) return true;
        return false;
    }

    /// <summary>A date written out takes two words ("March 2024") to five ("Tuesday, 8 January 2008, 10:30").</summary>
    private const int MinDateWords = 2;
    private const int MaxDateWords = 5;

    /// <summary>
    /// The one part of the page's <c>&lt;title&gt;</c> that shares a word with the text, when neither the title chosen nor a
    /// line the text opens with will do: a <c>&lt;title&gt;</c> that sets a long site description beside the headline
    /// ("Valley News, Sports and Weather for Example County | Ferry sinks off Crete") lost its headline to the longer part,
    /// and the story's words tell them apart. The text's own headline line comes first, and the site's name is no
    /// candidate: a name of three words ("The Sports Network") shares a word with many a story.
    /// </summary>
    private static string? SharedPart(string? documentTitle, string? outlet, string text)
    {
        if (string.IsNullOrWhiteSpace(documentTitle)) return null;
        var site = outlet is null ? null : PageElements.TextKey(outlet);
        var sharing = HeadlineFinder.TitleParts(documentTitle)
            .Where(p => LineShape.WordCount(p) >= MinWords && PageElements.TextKey(p) != site && HeadlineFinder.SharesWord(p, text)).ToList();
        return sharing is [var part] ? part : null;
    }



    /// <summary>
    /// A short line that is not a sentence or two, a label ending in a colon ("Some recall the day:"), a byline, a date line
    /// ("Wire Agency - March 3, 2024") or a time stamp ("Wire Agency - March 3, 2024 4:10 PM ET"), whether or not the date
    /// reader knows the zone it ends in.
    /// </summary>
    public static bool IsHeadline(string line)
    {
        var words = LineShape.WordCount(line);
        return words is >= MinWords and <= MaxWords && !line.TrimEnd('"', '\'', '”', '’').EndsWith('.') && !line.EndsWith(':') && !ReadsAsSentences(line)
               && BylineRule.Names(line) is null && !DatelineRule.IsTimeStamp(line)
               && !line.Split(DateSeparators, StringSplitOptions.TrimEntries).Any(s => DateParser.ParseLine(s) is not null);
    }

    private static readonly string[] DateSeparators = [" - ", " – ", " — ", "|", "·", "•"];

    /// <summary>Whether the text holds a sentence's end before another sentence ("No to a curfew. Shops stay open…"): a standfirst or a notice, not a headline.</summary>
    public static bool ReadsAsSentences(string text) => SentenceBreak().IsMatch(text);

    /// <summary>A word's full stop before a capital: "No to a curfew. Shops stay open…", not "U.S. Senate".</summary>
    [GeneratedRegex(@"\p{Ll}{2}\.\s+\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreak();
}
