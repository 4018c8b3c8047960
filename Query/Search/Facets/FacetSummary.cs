using SearchEngine.Indexing.Schema;

namespace SearchEngine.Querying.Search.Facets;

/// <summary>
/// Turns a dimension's counts by ordinal into the values shown, the same for a search and for the new hits of a saved
/// query: the most frequent first; for a dimension of days a timeline instead, every day with hits in date order, oldest
/// first, rolled up to months when they span too long, as a timeline is read whole.
/// </summary>
internal static class FacetSummary
{
    /// <summary>Counted days spread over more days than this are shown by month (yyyy-MM).</summary>
    public const int MaxDaySpanForDays = 62;

    /// <param name="calendar">The days and months of <paramref name="values"/> for a dimension of days; null for any other.</param>
    /// <param name="topN">How many values at most, for a dimension that is not of days.</param>
    public static IReadOnlyList<FacetValue> Top(IValueOrdinals values, DateCalendar? calendar, int[] counts, int topN) =>
        calendar is null ? [.. TopCounts.Select(counts, topN).Select(t => new FacetValue(values.ValueOf(t.Index), t.Count))]
        : calendar.SpanInDays(counts) > MaxDaySpanForDays ? InDateOrder(calendar.MonthCounts(counts), i => calendar.Months[i])
        : InDateOrder(counts, values.ValueOf);

    /// <summary>The periods with hits in the order of their ordinals, which is date order (yyyy-MM-dd and yyyy-MM sort by date).</summary>
    private static FacetValue[] InDateOrder(int[] counts, Func<int, string> period) =>
        [.. counts.Select((count, index) => (count, index)).Where(c => c.count > 0).Select(c => new FacetValue(period(c.index), c.count))];

    /// <summary>The calendar a dimension's values need to be summarised, or null when they are not days.</summary>
    public static DateCalendar? CalendarFor(FacetDimension dimension, IValueOrdinals values) =>
        dimension.Values == FacetValues.Days ? new DateCalendar(values) : null;
}
