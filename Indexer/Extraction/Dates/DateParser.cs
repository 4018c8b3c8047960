using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SearchEngine.Indexing.Extraction.Dates;

/// <summary>
/// A date line as a page states it: the date, whether its label says it is an update rather than the first publication,
/// and the date as written without that label ("Published March 9, 2026" → "March 9, 2026"), which is what
/// <see cref="DateParser.Parse"/> reads when the line is passed on as a stated date.
/// </summary>
public sealed record DateLine(PublicationDate Date, bool IsUpdate, string Written)
{
    /// <summary>Whether a label ("Published", "Last Updated", "Posted on") says what the date is of.</summary>
    public bool IsLabelled { get; init; }
}

/// <summary>
/// Reads dates in the forms news pages and feeds write them: ISO 8601 (its basic form "20080115" only as a stated value),
/// RFC 1123, Reuters' <c>26-FEB-1987 15:01:01.79</c>, Java's <c>Thu Apr 06 01:42:00 EDT 2017</c> and JavaScript's
/// <c>Fri Dec 06 2024 02:19:20 GMT+0000 (UTC)</c>,
/// "19 October 2024 06:44", "October 23rd 2024", "Oct 19, 2024", and
/// "19.10.2024", "19/10/2024" or "19-10-2024" when the day cannot be mistaken for the month or the page's
/// <see cref="NumericDateOrder"/> says which it is. A date without a year is not a date here: the year cannot be known.
/// The clock time is kept as written, in the page's own zone: converting an evening time with an offset to UTC would move
/// the article to the next day. The stated offset (or the zone's, <see cref="ZoneAbbreviations"/>) is kept beside it.
/// </summary>
public static partial class DateParser
{
    private const string Weekday = @"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?";
    private const string Month =
        @"(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";
    private const string Day = @"(?<day>\d{1,2})(?:st|nd|rd|th)?";
    private const string Year = @"(?<year>\d{4})";
    private const string Clock = @"(?<hour>\d{1,2})[:.](?<minute>\d{2})(?::(?<second>\d{2})(?:[.,]\d+)?)?\s*(?<ampm>[ap]\.?m\.?)?";
    // The zones news pages print after a time: US ones, generic ("ET") as well as standard and daylight, and Europe's,
    // Asia's, Australia's and Africa's common abbreviations.
    private const string Zone =
        @"(?:\s*\(?(?<zone>z|utc|gmt|bst|wet|west|cet|cest|eet|eest|msk|et|est|edt|ct|cst|cdt|mt|mst|mdt|pt|pst|pdt|akst|akdt|hst|ast|adt"
        + @"|ist|pkt|wib|ict|sgt|hkt|pht|kst|jst|awst|acst|acdt|aest|aedt|nzst|nzdt|wat|cat|eat|sast)\)?)?(?:\s*(?<offset>[+-]\d{2}:?\d{2}))?";
    // "@" as blogs write "December 19, 2025 @ 8:00 pm"; a full stop as "Dec 31 2007. 12:24 AM"; a slash as "Oct 2, 2024 / 03:15 PM";
    // "on" as a time stamp puts the time first ("6:47am on 14 Jan 2008").
    private const string Between = @"\s*(?:,|\bat\b|\bon\b|\||-|–|—|•|·|@|\.|/)?\s*";

    private const string DayMonthYear = Day + @"(?:\s+of)?[\s-]+" + Month + @",?[\s-]+" + Year;
    private const string MonthDayYear = Month + @"\s+" + Day + @",?\s+" + Year;
    // "2008/01/13" as meta tags and East Asian pages write it: a year first is followed by the month, slashed as dashed.
    private const string IsoDate = Year + @"(?<sep>[-/])(?<monthNumber>\d{1,2})\k<sep>" + Day;
    private const string DottedDate = @"(?<first>\d{1,2})\.(?<second_part>\d{1,2})\.\s?" + Year;
    // "19/10/2024", and dashed as "19-10-2024" as Indian and European sites print it.
    private const string SlashedDate = @"(?<first>\d{1,2})(?<numeric_sep>[/-])(?<second_part>\d{1,2})\k<numeric_sep>" + Year;

    private const RegexOptions WholeLine = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // Source-generated: the dateline rule tries them on the first lines of every page.
    [GeneratedRegex("^" + IsoDate + @"(?:[t\s]" + Clock + ")?" + Zone + "$", WholeLine)]
    private static partial Regex IsoForm();

    [GeneratedRegex("^" + Weekday + "(?:" + DayMonthYear + "|" + MonthDayYear + "|" + DottedDate + "|" + SlashedDate + ")" + "(?:" + Between + Clock + ")?" + Zone + "$", WholeLine)]
    private static partial Regex DateFirstForm();

    [GeneratedRegex("^" + Clock + Zone + Between + Weekday + "(?:" + DayMonthYear + "|" + MonthDayYear + "|" + DottedDate + "|" + SlashedDate + ")" + "$", WholeLine)]
    private static partial Regex TimeFirstForm();

    /// <summary>
    /// Java's <c>Date.toString()</c>, which CMSs built on it put in JSON-LD and meta tags: "Thu Apr 06 01:42:00 EDT 2017",
    /// the zone as the server's zone database abbreviates it (or "GMT+10:00" for a zone it has no letters for), read by
    /// <see cref="ZoneAbbreviations.Printed"/>.
    /// </summary>
    [GeneratedRegex(@"^(?:mon|tue|wed|thu|fri|sat|sun)\s+" + Month + @"\s+" + Day + @"\s+" + Clock
        + @"\s+(?:(?:gmt|utc)(?<offset>[+-]\d{2}:?\d{2})|(?<printedZone>[a-z]{1,5}))\s+" + Year + "$", WholeLine)]
    private static partial Regex MachineForm();

    /// <summary>
    /// JavaScript's <c>Date.toString()</c>, which pages' scripts write into their markup: "Fri Dec 06 2024 02:19:20
    /// GMT+0000 (Coordinated Universal Time)". The offset is stated in numbers; the zone's name after it only says it again.
    /// </summary>
    [GeneratedRegex(@"^(?:mon|tue|wed|thu|fri|sat|sun)\s+" + Month + @"\s+" + Day + @"\s+" + Year + @"\s+" + Clock
        + @"\s+(?:gmt|utc)(?<offset>[+-]\d{2}:?\d{2})(?:\s*\([^)]{1,60}\))?$", WholeLine)]
    private static partial Regex ScriptForm();

    private static readonly Regex[] Forms = [IsoForm(), DateFirstForm(), TimeFirstForm(), MachineForm(), ScriptForm()];

    /// <summary>
    /// A date's label: a publication or update word, which a CMS may name the article in ("Article Launched:",
    /// "Article Last Updated:") or follow with where or what ("Posted online:", "Published Date:").
    /// </summary>
    [GeneratedRegex(@"^(?:(?:article|story)\s+)?(?<label>first published|published|last updated|updated|last modified|modified|posted|date|on|(?<=(?:article|story)\s+)launched)\b(?:\s+(?:online|date)\b)?(?:\s+(?:on|at))?\s*[:\-–—]?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelPattern();

    /// <summary>
    /// Parses a date a source states as metadata. Null when the text is not a date with a year. Markup residue after the
    /// date (Reuters' date_raw sometimes ends in "&amp;#5;&amp;#5;&amp;#5;RM") is not part of it.
    /// </summary>
    public static PublicationDate? Parse(string? text, NumericDateOrder order = NumericDateOrder.Unknown) => Parse(text, order, out _);

    /// <param name="printedZone">
    /// The zone's abbreviation when a machine printed the date with one (Java's "EDT"), which only the page's evidence
    /// turns into an offset where zone databases give the letters to several zones (<see cref="ZoneAbbreviations.Printed"/>);
    /// the date is read with the offset the letters have wherever they are printed, else none.
    /// </param>
    public static PublicationDate? Parse(string? text, NumericDateOrder order, out string? printedZone)
    {
        printedZone = null;
        if (string.IsNullOrWhiteSpace(text)) return null;
        var tidy = Tidy(MarkupResidue().Replace(text, ""));
        if (FirstForm(tidy) is not { } m) return BasicIsoForm().Match(tidy) is { Success: true } basic ? Build(basic, order) : null;
        if (m.Groups["printedZone"].Success) printedZone = m.Groups["printedZone"].Value.ToUpperInvariant();
        return Build(m, order);
    }

    /// <summary>
    /// What is wrong with a stated date <see cref="Parse"/> does not read, said for the warning that names it ("its date
    /// '…' has a note after it: …"): the user has to find it among thousands of records, and a list of every possible
    /// reason tells them nothing about this one.
    /// </summary>
    public static string WhyUnread(string text, NumericDateOrder order)
    {
        var tidy = Tidy(MarkupResidue().Replace(text, ""));
        if (CountOfTime().IsMatch(tidy))
            return "is a number, as programs count time (seconds or milliseconds since 1970), not a date written out as 2024-04-03 is";
        if (Match(tidy, NumericDateOrder.Either) is not null && Match(tidy, order) is null)
            return "could be read day first or month first (03/04/2024 is 3 April or 4 March), and nothing says which; "
                   + "2024-04-03 always reads";
        if (DateBefore(tidy) is ({ } date, { } rest))
            return ClockLike().IsMatch(rest)
                ? $"has a time that is no time of day ('{rest}') after its day {date.Day}"
                : $"has more than a date: '{rest}' follows '{tidy[..^rest.Length].TrimEnd()}'";
        if (!HasYear(tidy)) return "gives no four-digit year, so its year is not certain";
        return "is no day the indexer can read: no such day exists, or it is written in a form the indexer does not know";
    }

    /// <summary>A date that opens the text and what follows it; (null, null) when no words at the start make a date.</summary>
    private static (PublicationDate? Date, string? After) DateBefore(string text)
    {
        for (var end = text.LastIndexOf(' '); end > 0; end = text.LastIndexOf(' ', end - 1))
            if (Match(text[..end].TrimEnd(), NumericDateOrder.Either) is { } date)
                return (date, text[end..].Trim());
        return (null, null);
    }

    /// <summary>Nine to thirteen digits: a Unix time in seconds (2001 to 2286) or milliseconds, as programs store it.</summary>
    [GeneratedRegex(@"^\d{9,13}(?:\.\d+)?$", WholeLine)]
    private static partial Regex CountOfTime();

    [GeneratedRegex(@"^\d+:\d", WholeLine)]
    private static partial Regex ClockLike();

    /// <summary>
    /// ISO 8601's basic form, "20080115", as newspapers' PublicationDate meta tags state it: read only as a whole stated
    /// value, never in a line of text, where eight digits are as likely an identifier.
    /// </summary>
    [GeneratedRegex(@"^(?<year>(?:19|20)\d{2})(?<monthNumber>\d{2})(?<day>\d{2})$", WholeLine)]
    private static partial Regex BasicIsoForm();

    [GeneratedRegex(@"(?:&#\d+;|\p{Cc}).*$", RegexOptions.Singleline)]
    private static partial Regex MarkupResidue();

    /// <summary>
    /// Parses a line that is essentially a date: an optional "Published:"/"Updated:"/"Posted"/"on" label, weekday, date, time and zone,
    /// and nothing else. A sentence that mentions a date is not a date line.
    /// </summary>
    public static DateLine? ParseLine(string line, NumericDateOrder order = NumericDateOrder.Unknown)
    {
        // Every form has a four-digit year; most lines a page has (the dateline rule asks of each head line) have none.
        if (!HasYear(line)) return null;
        var text = Tidy(line);
        var label = LabelPattern().Match(text);
        var isUpdate = false;
        if (label.Success)
        {
            isUpdate = label.Groups["label"].Value.Contains("modified", StringComparison.OrdinalIgnoreCase)
                       || label.Groups["label"].Value.Contains("updated", StringComparison.OrdinalIgnoreCase);
            text = text[label.Length..];
        }
        return Match(text, order) is { } date ? new DateLine(date, isUpdate, text) { IsLabelled = label.Success } : null;
    }

    /// <summary>Drops the decoration around a date: leading arrows and bullets, a closing full stop, a misread space's "Â", and folds spaces.</summary>
    private static string Tidy(string text)
    {
        if (text.Contains('Â')) text = MisreadSpace().Replace(text, "");
        var trimmed = text.AsSpan().Trim().TrimStart(LeadingDecoration).TrimEnd(". ");
        return FoldSpaces(trimmed.Length == text.Length ? text : trimmed.ToString());
    }

    private const string LeadingDecoration = "»›>•·|-–—* ";

    /// <summary>
    /// "Published:Â Friday, January 18, 2008": a page whose UTF-8 was read as Latin-1 and encoded again prints each
    /// no-break space as "Â" and a space. No word is a lone "Â" after something other than a letter.
    /// </summary>
    [GeneratedRegex(@"(?<!\p{L})Â(?=\s)", RegexOptions.CultureInvariant)]
    private static partial Regex MisreadSpace();

    /// <summary>Each run of white space as one space; the text itself when it has none to fold, as most have.</summary>
    private static string FoldSpaces(string text)
    {
        if (!NeedsFolding(text)) return text;
        var folded = new StringBuilder(text.Length);
        var inSpace = false;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            if (!space) folded.Append(c);
            else if (!inSpace) folded.Append(' ');
            inSpace = space;
        }
        return folded.ToString();
    }

    private static bool NeedsFolding(string text)
    {
        for (var i = 0; i < text.Length; i++)
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || (i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]))))
                return true;
        return false;
    }

    /// <summary>Four digits in a row, as <c>\d{4}</c> matches them.</summary>
    private static bool HasYear(string text)
    {
        var run = 0;
        foreach (var c in text)
        {
            run = char.IsDigit(c) ? run + 1 : 0;
            if (run == 4) return true;
        }
        return false;
    }

    private static PublicationDate? Match(string text, NumericDateOrder order) => FirstForm(text) is { } m ? Build(m, order) : null;

    private static Match? FirstForm(string text)
    {
        foreach (var form in Forms)
        {
            var m = form.Match(text);
            if (m.Success) return m;
        }
        return null;
    }

    private static PublicationDate? Build(Match m, NumericDateOrder order)
    {
        var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (!DayAndMonth(m, order, out var day, out var month)) return null;
        if (year is < 1900 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;

        var hasTime = m.Groups["hour"].Success;
        var hour = hasTime ? int.Parse(m.Groups["hour"].Value, CultureInfo.InvariantCulture) : 0;
        var minute = hasTime ? int.Parse(m.Groups["minute"].Value, CultureInfo.InvariantCulture) : 0;
        var second = m.Groups["second"].Success ? int.Parse(m.Groups["second"].Value, CultureInfo.InvariantCulture) : 0;
        if (m.Groups["ampm"].Success)
        {
            var pm = char.ToLowerInvariant(m.Groups["ampm"].Value[0]) == 'p';
            // A 24-hour clock some pages still mark with its half of the day ("13:44pm", "00:11am") says the same hour.
            var twentyFourHour = (hour == 0 && !pm) || (hour is > 12 and <= 23 && pm);
            if (!twentyFourHour && hour is < 1 or > 12) return null;
            if (!twentyFourHour) hour = hour % 12 + (pm ? 12 : 0);
        }
        if (hour > 23 || minute > 59 || second > 59) return null;

        var value = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified);
        return new PublicationDate(value, hasTime, hasTime ? Offset(m) : null);
    }

    private static bool DayAndMonth(Match m, NumericDateOrder order, out int day, out int month)
    {
        if (m.Groups["first"].Success)
        {
            var first = int.Parse(m.Groups["first"].Value, CultureInfo.InvariantCulture);
            var second = int.Parse(m.Groups["second_part"].Value, CultureInfo.InvariantCulture);
            (day, month) = NumericDayAndMonth(first, second, order);
            return day > 0;
        }
        day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
        month = m.Groups["monthNumber"].Success
            ? int.Parse(m.Groups["monthNumber"].Value, CultureInfo.InvariantCulture)
            : MonthNumber(m.Groups["month"].Value);
        return true;
    }

    /// <summary>
    /// d/m/y and m/d/y are both in use, dotted as slashed: a part above 12 tells which is the day, else the page's order;
    /// (0, 0) when nothing tells.
    /// </summary>
    private static (int Day, int Month) NumericDayAndMonth(int first, int second, NumericDateOrder order)
    {
        if (first > 12 && second > 12) return (0, 0);
        if (first > 12 || first == second) return (first, second);
        if (second > 12) return (second, first);
        return order switch
        {
            NumericDateOrder.DayFirst or NumericDateOrder.Either => (first, second),
            NumericDateOrder.MonthFirst => (second, first),
            _ => (0, 0),
        };
    }

    private static int MonthNumber(string name) => name[..3].ToLowerInvariant() switch
    {
        "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
        "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, "dec" => 12,
        _ => 0,
    };

    private static TimeSpan? Offset(Match m)
    {
        if (m.Groups["offset"].Success)
        {
            var digits = m.Groups["offset"].Value.Replace(":", "");
            var sign = digits[0] == '-' ? -1 : 1;
            var hours = int.Parse(digits.AsSpan(1, 2), CultureInfo.InvariantCulture);
            var minutes = int.Parse(digits.AsSpan(3, 2), CultureInfo.InvariantCulture);
            return sign * new TimeSpan(hours, minutes, 0);
        }
        if (m.Groups["printedZone"].Success) return ZoneAbbreviations.Printed(m.Groups["printedZone"].Value, null, []);
        return m.Groups["zone"].Success ? ZoneAbbreviations.Written(m.Groups["zone"].Value) : null;
    }
}
