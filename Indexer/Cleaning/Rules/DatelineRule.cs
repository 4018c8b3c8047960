using System.Text.RegularExpressions;
using SearchEngine.Indexing.Extraction.Dates;

namespace SearchEngine.Indexing.Cleaning.Rules;

/// <summary>
/// Lines near the top that are essentially a date ("19 October 2024 06:44", "» Published: 24 October 2024",
/// "Updated: ..."): kept for the date extractor, out of the body. A sentence or caption that mentions a date is not one.
/// A time stamp the date reader cannot read is still one: a clock time with a date ("Associated Press - January 11, 2008
/// 4:13 PM ET", "Last updated at 7:40 AM on 30/12/07", "Fri 18 Jan, 11:45 AM") and no more than a label, a zone or an
/// agency's name besides. A line with "by" in it is left to the byline rule, which reads the writer from it, and a race
/// time ("2:31.05", in a results table) is no clock time. At the story's foot, after its last sentence, a date line
/// with a label ("Published on January 12, 2008", "Last Updated: January 7, 2008 14:47 EST") is one too: older pages
/// print the story's date there, and the label tells it from a teaser's date.
/// </summary>
public sealed partial class DatelineRule : IPageRule
{
    /// <summary>"Last updated at … on …", "The Associated Press": words a stamp carries besides its date and time.</summary>
    private const int MaxOtherWords = 4;

    private static readonly HashSet<string> DateWords =
    [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january", "february",
        "march", "april", "june", "july", "august", "september", "october", "november", "december", "mon", "tue", "tues",
        "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday",
    ];

    /// <summary>Halves of the day and the time zones English-language pages print after a clock time.</summary>
    private static readonly HashSet<string> ClockWords =
    [
        "am", "pm", "et", "ct", "mt", "pt", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet",
        "cest", "ist", "aest", "aedt", "sast", "jst", "kst", "hkt",
    ];

    public void Apply(PageDraft page)
    {
        for (var i = 0; i < Math.Min(LineShape.HeadLines, page.Count); i++)
            if (page.IsBody(i) && (DateParser.ParseLine(page.Lines[i], NumericDateOrder.Either) is not null || IsTimeStamp(page.Lines[i])))
                page.Mark(i, LineKind.Dateline);
        if (LabelledAtFoot(page) is { } foot) page.Mark(foot, LineKind.Dateline);
    }

    /// <summary>The labelled date line among the last body lines, below the last one that ends a sentence; null when none.</summary>
    private static int? LabelledAtFoot(PageDraft page)
    {
        var seen = 0;
        for (var i = page.Count - 1; i >= 0 && seen < LineShape.FootLines; i--)
        {
            if (!page.IsBody(i)) continue;
            if (DateParser.ParseLine(page.Lines[i], NumericDateOrder.Either) is { IsLabelled: true }) return i;
            if (LineShape.EndsSentence(page.Lines[i])) return null;
            seen++;
        }
        return null;
    }

    public static bool IsTimeStamp(string line)
    {
        if (!ClockTime().IsMatch(line)) return false;
        var hasDate = NumericDate().IsMatch(line);
        var others = 0;
        foreach (var token in Separators().Split(line))
        {
            if (token.Length < 2 || token.Any(char.IsDigit)) continue;
            var word = token.ToLowerInvariant();
            if (word == "by") return false;
            if (DateWords.Contains(word)) hasDate = true;
            else if (!ClockWords.Contains(word) && ++others > MaxOtherWords) return false;
        }
        return hasDate;
    }

    [GeneratedRegex(@"(?<![\d:.])\d{1,2}:\d{2}(?::\d{2})?(?![\d:]|\.\d)", RegexOptions.CultureInvariant)]
    private static partial Regex ClockTime();

    /// <summary>"30/12/07", "1/16", "07.01.08", "2008-01-12", or a year.</summary>
    [GeneratedRegex(@"\b\d{1,2}/\d{1,2}\b|\b\d{1,2}\.\d{1,2}\.\d{2,4}\b|\b(?:19|20)\d{2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"[\s,|:;()/.\-–—]+", RegexOptions.CultureInvariant)]
    private static partial Regex Separators();
}
