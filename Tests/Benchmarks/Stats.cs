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
}
