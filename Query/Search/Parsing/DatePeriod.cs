using System.Globalization;
using Lucene.Net.Search;
using SearchEngine.Indexing.Schema;
using LuceneQuery = Lucene.Net.Search.Query;

namespace SearchEngine.Querying.Search.Parsing;

/// <summary>
/// A day, month or year as written in a query (2024-10-19, 2024-10, 2024): the inclusive run of days it covers.
/// Times are compared in the same frame the indexer used for <see cref="ArticleSchema.DateSort"/>:
/// the publication clock time read as UTC, so a day here is the same day as the date facet shows.
/// </summary>
internal readonly record struct DatePeriod(DateOnly First, DateOnly Last)
{
    public const string Forms = "2024-10-19, 2024-10 or 2024";

    /// <summary>What joins the two ends of a span written as one value: <c>2024-10-19..2024-10-23</c>.</summary>
    public const string SpanJoin = "..";

    /// <summary>Unix seconds of the first instant of the period.</summary>
    public long StartSeconds => SecondsAt(First);

    private const long SecondsPerDay = 86_400;

    /// <summary>Unix seconds of the first instant after the period; counted, not a date, as 9999-12-31 has no day after it.</summary>
    public long EndSeconds => SecondsAt(Last) + SecondsPerDay;

    public static bool TryParse(string text, out DatePeriod period)
    {
        var invariant = CultureInfo.InvariantCulture;
        period = default;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", invariant, DateTimeStyles.None, out var day))
            period = new DatePeriod(day, day);
        else if (DateOnly.TryParseExact(text, "yyyy-MM", invariant, DateTimeStyles.None, out var month))
            period = new DatePeriod(month, new DateOnly(month.Year, month.Month, DateTime.DaysInMonth(month.Year, month.Month)));
        else if (text.Length == 4 && DateOnly.TryParseExact(text, "yyyy", invariant, DateTimeStyles.None, out var year))
            period = new DatePeriod(year, new DateOnly(year.Year, 12, 31));
        else
            return false;
        return true;
    }

    /// <summary>
    /// The Unix seconds [start, end) a <c>date:</c> value covers: a period, a comparison with one (<c>&gt;=2024-10-20</c>),
    /// or a span from one period to another, both taken in (<c>2024-10-19..2024-10-23</c>, as GitHub and Kibana write it;
    /// either end may be left out). <paramref name="read"/> reads a period written at an offset into the value, or
    /// throws saying what is wrong; a span that ends before it starts or names no date at all is reported through
    /// <paramref name="wrong"/>, which throws.
    /// </summary>
    public static (long? Start, long? End) Covered(string value, Func<string, int, DatePeriod> read, Func<string, Exception> wrong)
    {
        var join = value.IndexOf(SpanJoin, StringComparison.Ordinal);
        if (join < 0)
        {
            var comparison = ComparisonOf(value);
            return Compared(comparison, read(value[comparison.Length..], comparison.Length));
        }
        var first = value[..join];
        var last = value[(join + SpanJoin.Length)..];
        if (first.Length == 0 && last.Length == 0) throw wrong($"'{value}' names no date on either side of {SpanJoin}");
        DatePeriod? from = first.Length == 0 ? null : read(first, 0);
        DatePeriod? to = last.Length == 0 ? null : read(last, join + SpanJoin.Length);
        if (from is { } f && to is { } t && t.Last < f.First) throw wrong($"'{value}' ends before it starts");
        return Ranged(from, to, startInclusive: true, endInclusive: true);
    }

    /// <summary>The comparison a <c>date:</c> value opens with: &gt;=, &lt;=, &gt; or &lt;; empty for none.</summary>
    public static string ComparisonOf(string value) =>
        value.StartsWith(">=", StringComparison.Ordinal) || value.StartsWith("<=", StringComparison.Ordinal) ? value[..2]
        : value.StartsWith('>') || value.StartsWith('<') ? value[..1]
        : "";

    /// <summary>The Unix seconds [start, end) that a comparison with the period covers (the period itself for none); null ends are open.</summary>
    public static (long? Start, long? End) Compared(string comparison, DatePeriod period) => comparison switch
    {
        ">=" => (period.StartSeconds, null),
        "<=" => (null, period.EndSeconds),
        ">" => (period.EndSeconds, null),
        "<" => (null, period.StartSeconds),
        _ => (period.StartSeconds, period.EndSeconds),
    };

    /// <summary>The Unix seconds [start, end) of a range from one period to another, each end taken in or left out; null ends are open.</summary>
    public static (long? Start, long? End) Ranged(DatePeriod? from, DatePeriod? to, bool startInclusive, bool endInclusive) =>
        (startInclusive ? from?.StartSeconds : from?.EndSeconds, endInclusive ? to?.EndSeconds : to?.StartSeconds);

    /// <summary>Whether a range end is left open (<c>*</c>).</summary>
    public static bool IsOpenEnd(string? part) => part is null or "*";

    /// <summary>Documents published from the start of <paramref name="from"/> to the end of <paramref name="to"/>; null ends are open.</summary>
    public static LuceneQuery Between(DatePeriod? from, DatePeriod? to) =>
        SecondsRange(from?.StartSeconds, to?.EndSeconds);

    /// <summary>Documents published in [<paramref name="start"/>, <paramref name="end"/>) Unix seconds; null ends are open.</summary>
    public static LuceneQuery SecondsRange(long? start, long? end) =>
        NumericRangeQuery.NewInt64Range(ArticleSchema.DateSort, start, end, minInclusive: true, maxInclusive: false);

    private static long SecondsAt(DateOnly day) => ArticleSchema.DateSortSeconds(day.ToDateTime(TimeOnly.MinValue));
}
