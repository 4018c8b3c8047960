using System.Text.RegularExpressions;
using AngleSharp.Dom;
using SearchEngine.Indexing.Cleaning;
using SearchEngine.Indexing.Cleaning.Rules;
using SearchEngine.Indexing.Extraction;
using SearchEngine.Indexing.Extraction.Dates;

namespace SearchEngine.Indexing.Sources.Html;

/// <summary>
/// A publication date the page prints as a line of its own, or as a part of a credit line cut at its separators
/// ("by Amanda · Dec 20, 2025 at 3:00 am · 12 comments", "Jane Doe - 12/03/2026") or before a labelled field
/// ("2023-11-17 20:52 Source: Xinhua") or a credit ("Published on January 12, 2008 by IANS"), or after a byline's name
/// ("by Jane Doe, Friday, Dec 28, 2007") or a wire dateline's place ("BEVERLY HILLS, Calif., Jan. 8, 2008"), in the lines just below the headline (the top of the article
/// when the headline is not found): a first-publication date before an update, without its label ("Published March 9,
/// 2026" gives "March 9, 2026", which metadata readers parse). It is read from the page as served, since
/// Readability drops the header that holds it from the text it keeps.
/// </summary>
public static partial class TextDateline
{
    /// <param name="lines">The page's article region as lines (<see cref="Lines"/>); null when it has none.</param>
    public static string? Of(IReadOnlyList<string>? lines, string? headline)
    {
        if (lines is null) return null;
        var start = HeadlineLine(lines, headline);
        string? update = null;
        for (var i = start; i < Math.Min(start + LineShape.HeadLines, lines.Count); i++)
        {
            foreach (var part in Parts(lines[i]))
            {
                if (DateParser.ParseLine(part, NumericDateOrder.Either) is not { } line) continue;
                if (!line.IsUpdate) return line.Written;
                update ??= line.Written;
            }
        }
        return update ?? (start > 0 ? LabelledAbove(lines, start - 1) : null);
    }

    /// <summary>
    /// An update stamp just above the headline ("Last Updated: Saturday, 12 January 2008, 14:28 GMT"), for a page that
    /// prints no other date: the day of a story's last edit is nearly always the day it appeared or the next, and the
    /// nearest a reader filtering by date can get, so it is read after every publication date and with the modified ones.
    /// </summary>
    public static string? UpdateAbove(IReadOnlyList<string>? lines, string? headline)
    {
        if (lines is null) return null;
        var headlineLine = HeadlineLine(lines, headline) - 1;
        for (var i = headlineLine - 1; i >= Math.Max(0, headlineLine - LinesAbove); i--)
        {
            if (DatesIn(lines[i]).FirstOrDefault(d => d is { IsLabelled: true, IsUpdate: true }) is not { } update) continue;
            // A stamp near a first date ("Posted at: 12/28/2007" a line up, "Dec 16, 2007 18:22 | Updated Dec 17, 2007")
            // updates that date, which the page then has.
            var first = Math.Max(0, i - LinesAbove);
            return lines.Skip(first).Take(headlineLine - first).SelectMany(DatesIn).Any(d => !d.IsUpdate) ? null : update.Written;
        }
        return null;
    }

    /// <summary>
    /// A labelled date line at the story's foot, after its last sentence ("Last Updated: 31 December 2007 10:36 AM"),
    /// for a page that prints no other date: older pages set the story's date there, below the text the reader keeps,
    /// and the label tells it from a teaser's date. The story runs from the headline for as long as its sentences keep
    /// coming, a few other lines apart (a sign-off, a copyright line); a page whose headline is not found has none.
    /// </summary>
    public static string? AtFoot(IReadOnlyList<string>? lines, string? headline)
    {
        if (lines is null || HeadlineLine(lines, headline) is not (> 0 and var start)) return null;
        int? sinceSentence = null;
        for (var i = start; i < lines.Count; i++)
        {
            if (LineShape.EndsSentence(lines[i]) && LineShape.WordCount(lines[i]) >= SentenceWords) sinceSentence = 0;
            else if (sinceSentence is null && i - start >= LineShape.HeadLines) return null;
            else if (sinceSentence is not null && DateParser.ParseLine(lines[i], NumericDateOrder.Either) is { IsLabelled: true } foot) return foot.Written;
            else if (sinceSentence is not null && ++sinceSentence >= LineShape.FootLines) return null;
        }
        return null;
    }

    /// <summary>
    /// The name that opens the line set against the date line under the headline, as a credit: papers print the writer
    /// there with no "By", and after the name the paper or where they filed ("Jason Botchford, The Province" over
    /// "Published: Friday, January 18, 2008", "Tom Phillips in Rio de Janeiro"). Null when the headline is not found or
    /// no such line is beside its first date line.
    /// </summary>
    public static string? CreditBeside(IReadOnlyList<string>? lines, string? headline)
    {
        if (lines is null || HeadlineLine(lines, headline) is not (> 0 and var start)) return null;
        for (var i = start; i < Math.Min(start + LineShape.HeadLines, lines.Count); i++)
        {
            if (!DatesIn(lines[i]).Any(d => !d.IsUpdate)) continue;
            return new[] { i - 1, i + 1 }.Where(j => j >= start && j < lines.Count)
                .Select(j => OpeningName(lines[j])).FirstOrDefault(name => name is not null);
        }
        return null;
    }

    /// <summary>
    /// The name a short line opens with; a longer one is a teaser's or a ticker's sentence ("Carling Cup; The semi-final
    /// draw …").
    /// </summary>
    private static string? OpeningName(string line) =>
        LineShape.WordCount(line) <= CreditWords && NameThenPaperOrPlace().Match(line) is { Success: true } m
        && LineShape.IsPersonName(m.Groups["name"].Value) && GivenNameStart.Of(m.Groups["name"].Value)
            ? m.Groups["name"].Value
            : null;

    /// <summary>A name and a wire's and a paper's names ("Tim Shufelt, Canwest News Service; Ottawa Citizen").</summary>
    private const int CreditWords = 10;

    /// <summary>A name, then nothing, or the paper after a comma or semicolon, or the place after "in" or "at".</summary>
    [GeneratedRegex(@"^(?<name>[^,;]+?)(?:\s*[,;].*|\s+(?:in|at)\s+\p{Lu}.*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NameThenPaperOrPlace();

    /// <summary>A line of the story ends a sentence and has a sentence's words, not a button's ("Print this.").</summary>
    private const int SentenceWords = 6;

    private static IEnumerable<DateLine> DatesIn(string line) =>
        Parts(line).Select(part => DateParser.ParseLine(part, NumericDateOrder.Either)).OfType<DateLine>();

    /// <summary>The lines of the page's article region as served (its article, else its main, else its body), or null without a body.</summary>
    public static IReadOnlyList<string>? Lines(IDocument document) =>
        (document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.Body) is { } region
            ? PageSplitter.Split(BlockText.Of(region))
            : null;

    /// <summary>
    /// A date line labelled as the publication's just above the headline ("Published: Friday, January 18, 2008"), nearest
    /// first: some pages set it there, and the label tells it from a masthead's date of the visit, which has none. An
    /// update's line there is not taken: the publication's may sit a line further up.
    /// </summary>
    private static string? LabelledAbove(IReadOnlyList<string> lines, int headline)
    {
        for (var i = headline - 1; i >= Math.Max(0, headline - LinesAbove); i--)
            foreach (var part in Parts(lines[i]))
                if (DateParser.ParseLine(part, NumericDateOrder.Either) is { IsLabelled: true, IsUpdate: false } line)
                    return line.Written;
        return null;
    }

    private const int LinesAbove = 3;

    /// <summary>Whether the headline is one of the lines, so that <see cref="Of"/> read the lines beside it, not the page's top.</summary>
    public static bool FindsHeadline(IReadOnlyList<string>? lines, string? headline) => lines is not null && HeadlineLine(lines, headline) > 0;

    private static int HeadlineLine(IReadOnlyList<string> lines, string? headline)
    {
        if (headline is null) return 0;
        for (var i = 0; i < lines.Count; i++)
            if (lines[i].Equals(headline, StringComparison.OrdinalIgnoreCase)) return i + 1;
        return 0;
    }

    private static IEnumerable<string> Parts(string line)
    {
        yield return line;
        if (NextField().Match(line) is { Success: true, Index: > 0 } field) yield return line[..field.Index];
        if (Credit().Match(line) is { Success: true, Index: > 0 } credit) yield return line[..credit.Index];
        if (line.StartsWith("by ", StringComparison.OrdinalIgnoreCase) || WirePlace().IsMatch(line))
            foreach (var tail in DateAfterCredit().Matches(line).Select(m => line[m.Index..].TrimStart(',', ' '))) yield return tail;
        var parts = Separator().Split(line);
        if (parts.Length == 1) yield break;
        foreach (var part in parts.Where(p => p.Length > 0)) yield return part;
    }

    /// <summary>
    /// A labelled field after the date on the same line, as Chinese news pages print the source after the time
    /// ("2023-11-17 20:52:15 来源：新华网"), and others "Source:" or "Editor:".
    /// </summary>
    [GeneratedRegex(@"\s+\p{L}{1,12}\s*[:：]", RegexOptions.CultureInvariant)]
    private static partial Regex NextField();

    /// <summary>The writer or wire credited after the date, as blogs and portals print it ("Published on January 12, 2008 by IANS").</summary>
    [GeneratedRegex(@"\s+by\s+\S", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Credit();

    /// <summary>
    /// Where the date may start in a byline that prints it after the name ("by Jane Doe, Friday, Dec 28, 2007 9:00 AM ET",
    /// "By Agencies on Friday, January 18, 2008"): at any word; only the rest of the line as a whole can be a date.
    /// </summary>
    [GeneratedRegex(@"(?:,\s*|\s)(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex DateAfterCredit();

    /// <summary>A wire dateline's place in capitals before its date, on a line of its own ("BEVERLY HILLS, Calif., Jan. 8, 2008").</summary>
    [GeneratedRegex(@"^\p{Lu}[\p{Lu} .'’-]+,\s", RegexOptions.CultureInvariant)]
    private static partial Regex WirePlace();

    /// <summary>
    /// A credit line's separators: a dot, bar or bullet, a slash that is not inside a date ("12/03/2026"), or a dash with
    /// spaces around it, as a name is set apart from a date ("Jane Doe - 12/03/2026").
    /// </summary>
    [GeneratedRegex(@"\s*(?:[·|•●◆]|(?<!\d)/|/(?!\d))\s*|\s+[-–—]\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Separator();
}
