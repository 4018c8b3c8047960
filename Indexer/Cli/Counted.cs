using System.Globalization;

namespace SearchEngine.Indexing.Cli;

/// <summary>A count with its noun, singular for one: "1 line", "2 lines", "1,204 stories".</summary>
public static class Counted
{
    public static string Of(long count, string singular, string? plural = null) =>
        $"{count.ToString("N0", CultureInfo.InvariantCulture)} {(count == 1 ? singular : plural ?? singular + "s")}";
}
