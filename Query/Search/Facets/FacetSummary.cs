using SearchEngine.Indexing.Schema;

namespace SearchEngine.Querying.Search.Facets;

/// <summary>
/// Turns a dimension's counts by ordinal into the values shown, the same for a search and for the new hits of a saved
/// query: the most frequent first, and days rolled up to months when they span too long.
/// </summary>
internal static class FacetSummary
{
    /// <summary>Counted days spread over more days than this are shown by month (yyyy-MM).</summary>
    public const int MaxDaySpanForDays = 62;

    /// <param name="calendar">The days and months of <paramref name="values"/> for a dimension of days; null for any other.</param>
    public static IReadOnlyList<FacetValue> Top(IValueOrdinals values, DateCalendar? calendar, int[] counts, int topN) =>
        calendar is not null && calendar.SpanInDays(counts) > MaxDaySpanForDays
            ? [.. TopCounts.Select(calendar.MonthCounts(counts), topN).Select(t => new FacetValue(calendar.Months[t.Index], t.Count))]
            : [.. TopCounts.Select(counts, topN).Select(t => new FacetValue(values.ValueOf(t.Index), t.Count))];

    /// <summary>The calendar a dimension's values need to be summarised, or null when they are not days.</summary>
    public static DateCalendar? CalendarFor(FacetDimension dimension, IValueOrdinals values) =>
        dimension.Values == FacetValues.Days ? new DateCalendar(values) : null;
}
