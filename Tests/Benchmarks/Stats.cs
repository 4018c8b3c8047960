namespace SearchEngine.Benchmarks;

/// <summary>What the benchmarks quote of their runs.</summary>
internal static class Stats
{
    /// <summary>The middle value; for an even count, the upper of the two middle ones.</summary>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    /// <summary>Nearest-rank percentile: the smallest value with at least <paramref name="p"/> of them at or below it.</summary>
    public static double Percentile(IEnumerable<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
