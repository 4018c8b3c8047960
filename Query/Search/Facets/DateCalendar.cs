using System.Globalization;

namespace SearchEngine.Querying.Search.Facets;

/// <summary>
/// A dimension of days: its values (yyyy-MM-dd, so sorted by day) as days and months, worked out once per reader or set of hits:
/// lets a query's day counts be summed into months and a selected month be turned into its days.
/// </summary>
internal sealed class DateCalendar
{
    private const int NotADay = int.MinValue;

    private readonly IValueOrdinals _days;
    private readonly int[] _dayNumber;
    private readonly int[] _monthOfDay;
    private readonly List<string> _months = [];
    private readonly Dictionary<string, (int First, int End)> _monthOrdinals = new(StringComparer.Ordinal);

    public DateCalendar(IValueOrdinals days)
    {
        _days = days;
        _dayNumber = new int[days.ValueCount];
        _monthOfDay = new int[days.ValueCount];
        for (var ord = 0; ord < days.ValueCount; ord++)
        {
            var value = days.ValueOf(ord);
            _dayNumber[ord] = DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                ? day.DayNumber
                : NotADay;
            var month = value.Length >= 7 ? value[..7] : value;
            if (_months.Count == 0 || _months[^1] != month)
            {
                _months.Add(month);
                _monthOrdinals[month] = (ord, ord + 1);
            }
            else
            {
                _monthOrdinals[month] = (_monthOrdinals[month].First, ord + 1);
            }
            _monthOfDay[ord] = _months.Count - 1;
        }
    }

    public IReadOnlyList<string> Months => _months;

    /// <summary>Days from the first to the last day that has a non-zero count.</summary>
    public int SpanInDays(ReadOnlySpan<int> dayCounts)
    {
        var first = NotADay;
        var last = NotADay;
        for (var ord = 0; ord < dayCounts.Length; ord++)
        {
            if (dayCounts[ord] == 0 || _dayNumber[ord] == NotADay) continue;
            if (first == NotADay) first = _dayNumber[ord];
            last = _dayNumber[ord];
        }
        return first == NotADay ? 0 : last - first;
    }

    public int[] MonthCounts(ReadOnlySpan<int> dayCounts)
    {
        var counts = new int[_months.Count];
        for (var ord = 0; ord < dayCounts.Length; ord++)
            counts[_monthOfDay[ord]] += dayCounts[ord];
        return counts;
    }

    /// <summary>Global ordinals of a selected day (yyyy-MM-dd) or of every day in a selected month (yyyy-MM).</summary>
    public IEnumerable<int> OrdinalsOf(string dayOrMonth)
    {
        if (_monthOrdinals.TryGetValue(dayOrMonth, out var month))
            return Enumerable.Range(month.First, month.End - month.First);
        var day = _days.Find(dayOrMonth);
        return day >= 0 ? [day] : [];
    }
}
