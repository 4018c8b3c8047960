using System.Globalization;

namespace SearchEngine.Indexing.Cli;

/// <summary>How fast something went, for people: "1,204/s", with a decimal below ten a second ("0.4/s").</summary>
public static class Rate
{
    /// <summary>
    /// The rate, or null when nothing was counted or under a second has passed: over a few milliseconds a rate is noise
    /// (the first article of a build read as "1,000/s", a short run's zero as "0/s").
    /// </summary>
    public static string? PerSecond(long count, TimeSpan elapsed)
    {
        if (count == 0 || elapsed < TimeSpan.FromSeconds(1)) return null;
        var perSecond = count / elapsed.TotalSeconds;
        return perSecond.ToString(perSecond < 10 ? "0.0" : "N0", CultureInfo.InvariantCulture) + "/s";
    }

    /// <summary>The rate after <paramref name="separator"/>, or nothing when there is none to say.</summary>
    public static string After(string separator, long count, TimeSpan elapsed) =>
        PerSecond(count, elapsed) is { } rate ? separator + rate : "";
}
