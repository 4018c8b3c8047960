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
