using System.Globalization;

namespace SearchEngine.Indexing.Cli;

/// <summary>How fast something went, for people: "1,204/s", with a decimal below ten a second ("0.4/s").</summary>
public static class Rate
{
    /// <summary>
    /// Fewer items than this make no rate: the time of a run that handled a few is mostly what any run costs (opening
    /// the index, working out copies and merges), so an update of one article read "1 indexed at 0.1/s". The time
    /// taken, which the reports give beside, says what there is to say.
    /// </summary>
    public const int MinCount = 10;

    /// <summary>
    /// The rate, or null when fewer than <see cref="MinCount"/> were counted or under a second has passed: over a few
    /// milliseconds a rate is noise (the first article of a build read as "1,000/s", a short run's zero as "0/s").
    /// </summary>
    public static string? PerSecond(long count, TimeSpan elapsed)
    {
        if (count < MinCount || elapsed < TimeSpan.FromSeconds(1)) return null;
        var perSecond = count / elapsed.TotalSeconds;
        return perSecond.ToString(perSecond < 10 ? "0.0" : "N0", CultureInfo.InvariantCulture) + "/s";
    }

    /// <summary>The rate after <paramref name="separator"/>, or nothing when there is none to say.</summary>
    public static string After(string separator, long count, TimeSpan elapsed) =>
        PerSecond(count, elapsed) is { } rate ? separator + rate : "";
}
