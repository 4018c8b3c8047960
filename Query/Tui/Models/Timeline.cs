using System.Globalization;
using SearchEngine.Querying.Search;

namespace SearchEngine.Querying.Tui.Models;

/// <summary>One day or month of the timeline and how many matching articles it holds.</summary>
public sealed record TimelineBucket(string Date, int Count);

/// <summary>
/// Matching articles per day (or per month, when the library counts dates by month) from the date facet, in date
/// order with the empty days filled in: drawn as a small histogram it shows when a story broke and peaked.
/// </summary>
public sealed class Timeline
{
    private const string Levels = " ▁▂▃▄▅▆▇█";

    private Timeline(IReadOnlyList<TimelineBucket> buckets) => Buckets = buckets;

    public IReadOnlyList<TimelineBucket> Buckets { get; }

    public bool IsEmpty => Buckets.Count == 0;

    public TimelineBucket? Peak => Buckets.Count == 0 ? null : Buckets.MaxBy(b => b.Count);

    /// <summary>From the date facet's values: all of them yyyy-MM-dd days or all yyyy-MM months; others are ignored.</summary>
    public static Timeline From(IReadOnlyList<FacetValue> dates)
    {
        var days = Parse(dates, "yyyy-MM-dd");
        if (days.Count > 0) return new Timeline(Fill(days, d => d.AddDays(1), "yyyy-MM-dd"));
        var months = Parse(dates, "yyyy-MM");
        return new Timeline(months.Count > 0 ? Fill(months, d => d.AddMonths(1), "yyyy-MM") : []);
    }

    /// <summary>Columns a bucket takes: a few when there are few buckets (the last one a gap), one when there are many.</summary>
    public int ColumnsPerBucket(int width) => Buckets.Count == 0 ? 1 : Math.Clamp(width / Buckets.Count, 1, 3);

    /// <summary>
    /// The buckets drawn in <paramref name="column"/> of a histogram <paramref name="width"/> columns wide: one bucket
    /// when they fit, several sharing the column when there are more buckets than columns; none for a gap or past the end.
    /// </summary>
    public (int First, int End) BucketsInColumn(int column, int width)
    {
        if (Buckets.Count == 0 || column < 0) return (0, 0);
        if (Buckets.Count <= width)
        {
            var per = ColumnsPerBucket(width);
            var bucket = column / per;
            var gap = per > 1 && column % per == per - 1;
            return bucket < Buckets.Count && !gap ? (bucket, bucket + 1) : (0, 0);
        }
        return column < width ? (column * Buckets.Count / width, (column + 1) * Buckets.Count / width) : (0, 0);
    }

    /// <summary>
    /// <paramref name="rows"/> rows of bars (eighth blocks, so each row adds eight levels), then the first and last
    /// dates, then the peak. Buckets share a column when there are more of them than columns.
    /// </summary>
    public IReadOnlyList<StyledLine> Render(int width, int rows, Func<string, bool> isPicked)
    {
        if (IsEmpty || width <= 0) return [new LineBuilder(width).Add("no dates", Ink.Faint).Build()];
        var columns = Buckets.Count <= width ? Buckets.Count * ColumnsPerBucket(width) : width;
        var heights = new int[columns];
        var picked = new bool[columns];
        for (var c = 0; c < columns; c++)
        {
            var (first, end) = BucketsInColumn(c, width);
            heights[c] = Buckets.Skip(first).Take(end - first).Sum(b => b.Count);
            picked[c] = Buckets.Skip(first).Take(end - first).Any(b => isPicked(b.Date));
        }
        var max = Math.Max(1, heights.Max());
        var lines = new List<StyledLine>();
        for (var row = rows - 1; row >= 0; row--)
        {
            var line = new LineBuilder(width);
            for (var c = 0; c < columns; c++)
            {
                // Any non-zero count shows at least the lowest block, so a quiet day is not mistaken for none.
                var eighths = heights[c] == 0 ? 0 : Math.Max(1, (int)Math.Round(heights[c] * 8.0 * rows / max));
                var level = Math.Clamp(eighths - row * 8, 0, 8);
                line.Add(Levels[level].ToString(), picked[c] ? Ink.Chosen : Ink.Bar);
            }
            lines.Add(line.Build());
        }
        lines.Add(Axis(width));
        var peak = Peak!;
        lines.Add(new LineBuilder(width).Add("peak ", Ink.Faint).Add(peak.Date, Ink.Meta)
            .Add($" · {peak.Count.ToString("N0", CultureInfo.InvariantCulture)}", Ink.Faint).Build());
        return lines;
    }

    private StyledLine Axis(int width)
    {
        var first = Buckets[0].Date;
        var last = Buckets[^1].Date;
        var line = new LineBuilder(width).Add(first, Ink.Faint);
        if (Buckets.Count > 1 && width >= first.Length + last.Length + 1) line.PadTo(width - last.Length).Add(last, Ink.Faint);
        return line.Build();
    }

    private static SortedDictionary<DateOnly, int> Parse(IReadOnlyList<FacetValue> values, string format)
    {
        var parsed = new SortedDictionary<DateOnly, int>();
        foreach (var value in values)
        {
            if (value.Value.Length == format.Length
                && DateOnly.TryParseExact(value.Value, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                parsed[date] = parsed.GetValueOrDefault(date) + value.Count;
        }
        return parsed;
    }

    private static List<TimelineBucket> Fill(SortedDictionary<DateOnly, int> counts, Func<DateOnly, DateOnly> next, string format)
    {
        var buckets = new List<TimelineBucket>();
        var last = counts.Keys.Last();
        // A long gap would make thousands of empty buckets; beyond this span the histogram shows only the dates it has.
        var filled = (last.DayNumber - counts.Keys.First().DayNumber) <= 3660;
        for (var date = counts.Keys.First(); date <= last; date = filled ? next(date) : NextKey(counts, date))
            buckets.Add(new TimelineBucket(date.ToString(format, CultureInfo.InvariantCulture), counts.GetValueOrDefault(date)));
        return buckets;
    }

    private static DateOnly NextKey(SortedDictionary<DateOnly, int> counts, DateOnly after) =>
        counts.Keys.FirstOrDefault(d => d > after, DateOnly.MaxValue);
}
