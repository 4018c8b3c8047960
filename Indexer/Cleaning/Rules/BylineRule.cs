using System.Globalization;
using System.Text.RegularExpressions;
using SearchEngine.Indexing.Extraction.Dates;

namespace SearchEngine.Indexing.Cleaning.Rules;

/// <summary>
/// Bylines: a "By Jane Doe" line (with an optional ", Reuters" or role after it), or, near the top, a line that is
/// only a person's name set against the dateline (seed pages print "Malwina Witkowska" right above
/// "19 October 2024 06:44"). Prose that starts with "By" ("By early 2005 the net ...") is a sentence, not a byline.
/// Wire copy sets the names in capitals and the role after a spaced dash ("By DAVID B. CARUSO - Associated Press
/// Writer"): a name in capitals is still a name. A byline may print when the story was filed after the name ("by Jane
/// Doe - January 2 2008", "By JANE DOE, Associated Press Writer 1 hour, 44 minutes ago"): it is still a byline, read
/// without the stamp, and so is a credit printed after that stamp ("Jan 14 2008 by Jane Doe, Harbour Mail").
/// </summary>
public sealed partial class BylineRule : IPageRule
{
    public void Apply(PageDraft page)
    {
        for (var i = 0; i < page.Count; i++)
            if (page.IsBody(i) && Names(page.Lines[i]) is not null)
                page.Mark(i, LineKind.Byline);

        for (var i = 0; i < Math.Min(LineShape.HeadLines, page.Count); i++)
            if (page.IsBody(i) && IsNameAtDateline(page, i))
                page.Mark(i, LineKind.Byline);
    }

    /// <summary>A line that is only a person's name, set against the dateline: a credit, though it stands where a headline would.</summary>
    public static bool IsNameAtDateline(PageDraft page, int index) => LineShape.IsPersonName(page.Lines[index]) && NextToDateline(page, index);

    /// <summary>The names of a "By ..." line, without the agency or role after a comma, bar or dash; null if it is not a byline.</summary>
    public static string? Names(string line)
    {
        if (CreditNames(line) is { } names) return names;
        if (StampedCredit().IsMatch(line) && line.Any(char.IsDigit)) return NamesBeforeStamp(line);
        return NamesAfterStamp(line);
    }

    /// <summary>
    /// The names of a credit printed after the date the story was filed ("Jan 14 2008 by Andy Howell, Western Mail"), as
    /// blogs and regional papers set it under the headline: the stamp before "by" tells it from a sentence's "by".
    /// </summary>
    private static string? NamesAfterStamp(string line)
    {
        if (StampThenCredit().Match(line) is not { Success: true } m || !IsStamp(m.Groups["stamp"].Value.Trim(StampSeparators)))
            return null;
        var credit = "By " + m.Groups["credit"].Value;
        return CreditNames(credit) ?? (credit.Any(char.IsDigit) ? NamesBeforeStamp(credit) : null);
    }

    private static string? CreditNames(string line)
    {
        var m = ByLine().Match(line);
        return m.Success && IsCredit(m.Groups["names"].Value) ? m.Groups["names"].Value.Trim() : null;
    }

    /// <summary>
    /// The names of a byline that ends in the date or time it was filed, tried at each word: the rest of the line must
    /// be a date line, a time stamp or an age ("2 hours ago"), and what comes before it a credit. "by" may be in lower
    /// case here, as blogs print it: the stamp after the names tells it from a sentence's "by".
    /// </summary>
    private static string? NamesBeforeStamp(string line)
    {
        foreach (Match split in StampStart().Matches(line))
        {
            var stamp = line[split.Index..].TrimStart(StampSeparators);
            if (stamp.Length == 0 || !IsStamp(stamp)) continue;
            var credit = line[..split.Index].TrimEnd(StampSeparators);
            if (CreditNames("By" + credit[2..]) is { } names) return names;
        }
        return null;
    }

    private static readonly char[] StampSeparators = [' ', ',', ';', '|', '-', '–', '—'];

    private static bool IsStamp(string text) =>
        Age().IsMatch(text) || DatelineRule.IsTimeStamp(text) || DateParser.ParseLine(text, NumericDateOrder.Either) is not null;

    /// <summary>The names of a credit joined by "and", "&amp;" or commas.</summary>
    public static IEnumerable<string> SplitNames(string names) =>
        NameSeparator().Split(names).Select(part => part.Trim()).Where(part => part.Length > 0);

    /// <summary>One or more names: each a name, or a single capitalised word such as an agency.</summary>
    private static bool IsCredit(string names) =>
        SplitNames(names).All(part => LineShape.IsPersonName(AsWritten(part)) || AgencyWord().IsMatch(part));

    /// <summary>
    /// A name set in capitals ("GILLIAN WONG") as a name is written, so it reads as one; a phrase in capitals with a
    /// little word of English in it ("BY THE NUMBERS") is a heading, and stays in capitals, which no name test passes.
    /// </summary>
    private static string AsWritten(string part) =>
        part.Any(char.IsLower) || LineShape.Words(part).Any(PhraseWords.Contains)
            ? part
            : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(part.ToLowerInvariant());

    private static readonly HashSet<string> PhraseWords = ["THE", "OF", "A", "AN", "IN", "ON", "AT", "TO", "FOR", "WITH", "FROM"];

    /// <summary>Whether the dateline is the next line up or down, looking past captions and widgets between them.</summary>
    private static bool NextToDateline(PageDraft page, int index)
    {
        foreach (var step in new[] { -1, 1 })
        {
            for (var j = index + step; j >= 0 && j < page.Count; j += step)
            {
                var kind = page.KindOf(j);
                if (kind == LineKind.Dateline) return true;
                if (kind is not (LineKind.Caption or LineKind.Widget)) break;
            }
        }
        return false;
    }

    /// <summary>
    /// "By" and the names, then a role or agency after a comma, dash or bar; after a bar, anything: blogs set the names
    /// apart from the date and the section with one ("By Jane Doe | January 14, 2008; 4:38 PM ET Polls").
    /// </summary>
    [GeneratedRegex(@"^(?:By|BY):?\s+(?<names>[^,|–—]+?)\s*(?:\|.*|(?:[,|–—]|\s--?\s)\s*(?<role>[^,|–—]{1,60}))?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex ByLine();

    [GeneratedRegex(@"^by:?\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StampedCredit();

    [GeneratedRegex(@"^(?<stamp>\S.{3,40}?)\s+by:?\s+(?<credit>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StampThenCredit();

    /// <summary>Where a stamp may start: after a space, a comma or a separator.</summary>
    [GeneratedRegex(@"[\s,;|]+(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex StampStart();

    /// <summary>How long ago the story was filed, as portals print it after a wire's byline ("1 hour, 44 minutes ago").</summary>
    [GeneratedRegex(@"^\d+\s+(?:min(?:ute)?s?|hours?|hrs?|days?)(?:,?\s+\d+\s+min(?:ute)?s?)?\s+ago$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Age();

    [GeneratedRegex(@"\s*(?:,|\band\b|&)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NameSeparator();

    [GeneratedRegex(@"^\p{Lu}[\p{L}.-]{1,30}$", RegexOptions.CultureInvariant)]
    private static partial Regex AgencyWord();
}
