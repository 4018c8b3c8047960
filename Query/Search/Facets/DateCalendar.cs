using System.Globalization;

namespace SearchEngine.Querying.Search.Facets;

/// <summary>
/// A dimension of days: its values (yyyy-MM-dd, so sorted by day) as days and months, worked out once per reader or set of hits:
/// lets a query's day counts be summed into months and a selected month be turned into its days.
/// </summary>
internal sealed class DateCalendar
{
    private const int NotADay = int.MinValue;

    private readonly IValueOrdinals days;
    private readonly int[] dayNumber;
    private readonly int[] monthOfDay;
    private readonly List<string> months = [];
    private readonly Dictionary<string, (int First, int End)> monthOrdinals = new(StringComparer.Ordinal);

    public DateCalendar(IValueOrdinals days)
    {
        this.days = days;
        dayNumber = new int[days.ValueCount];
        monthOfDay = new int[days.ValueCount];
        for (var ord = 0; ord < days.ValueCount; ord++)
        {
            var value = days.ValueOf(ord);
            dayNumber[ord] = DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                ? day.DayNumber
                : NotADay;
            var month = value.Length >= 7 ? value[..7] : value;
            if (months.Count == 0 || months[^1] != month)
            {
                months.Add(month);
                monthOrdinals[month] = (ord, ord + 1);
            }
            else
            {
                monthOrdinals[month] = (monthOrdinals[month].First, ord + 1);
            }
            monthOfDay[ord] = months.Count - 1;
        }
    }

    public IReadOnlyList<string> Months => months;

    /// <summary>Days from the first to the last day that has a non-zero count.</summary>
    public int SpanInDays(ReadOnlySpan<int> dayCounts)
    {
        var first = NotADay;
        var last = NotADay;
        for (var ord = 0; ord < dayCounts.Length; ord++)
        {
            if (dayCounts[ord] == 0 || dayNumber[ord] == NotADay) continue;
            if (first == NotADay) first = dayNumber[ord];
            last = dayNumber[ord];
        }
        return first == NotADay ? 0 : last - first;
    }

    public int[] MonthCounts(ReadOnlySpan<int> dayCounts)
    {
        var counts = new int[months.Count];
        for (var ord = 0; ord < dayCounts.Length; ord++)
            counts[monthOfDay[ord]] += dayCounts[ord];
        return counts;
    }

    /// <summary>Global ordinals of a selected day (yyyy-MM-dd) or of every day in a selected month (yyyy-MM).</summary>
    public IEnumerable<int> OrdinalsOf(string dayOrMonth)
    {
        if (monthOrdinals.TryGetValue(dayOrMonth, out var month))
            return Enumerable.Range(month.First, month.End - month.First);
        var day = days.Find(dayOrMonth);
        return day >= 0 ? [day] : [];
    }
}
