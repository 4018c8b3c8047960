using System.Text;
using System.Text.Json;
using SearchEngine.Indexing.Writing;

namespace SearchEngine.Indexing.Cli;

/// <summary><c>indexer stats</c> as text for people and JSON for scripts.</summary>
public static class StatsPrinter
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static string Json(IndexStatistics stats) => JsonSerializer.Serialize(new
    {
        documents = stats.Documents,
        sizeBytes = stats.SizeBytes,
        builtAt = stats.BuiltAt,
        updatedAt = stats.UpdatedAt,
        sources = stats.Sources,
        facets = stats.Facets.ToDictionary(f => f.Key, f => f.Value.Select(v => new { value = v.Value, count = v.Count })),
    }, JsonOptions) + "\n";

    /// <summary>Values listed per facet unless all are asked for: enough to see what an index holds, not pages of names.</summary>
    public const int TopValues = 10;

    /// <summary>Megabytes, or kilobytes below a tenth of one: a small index is not "0.0 MB".</summary>
    private static string Size(long bytes) =>
        bytes * 10 >= Megabyte ? $"{bytes / (double)Megabyte:0.0} MB" : $"{Math.Max(1, (bytes + 512) / 1024):0} KB";

    private const long Megabyte = 1024 * 1024;

    /// <param name="top">Values listed per facet, most frequent first (dates newest first).</param>
    public static string Text(IndexStatistics stats, int top = TopValues)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"documents: {stats.Documents:N0}");
        sb.AppendLine($"size:      {Size(stats.SizeBytes)}");
        sb.AppendLine($"built:     {stats.BuiltAt:u}");
        if (stats.UpdatedAt is { } updated) sb.AppendLine($"updated:   {updated:u}");
        AppendSources(sb, stats.Sources);
        foreach (var (dimension, values) in stats.Facets)
        {
            sb.AppendLine($"{dimension} ({Counted.Of(values.Count, "value")}):");
            foreach (var v in values.Take(top))
                sb.AppendLine($"  {v.Count,7:N0}  {PrintableText.Of(v.Value)}");
            if (values.Count > top)
                sb.AppendLine($"  … {Counted.Of(values.Count - top, "more value")} (--all lists them)");
        }
        return sb.ToString();
    }

    /// <summary>One source a line, lined up under the first, so a path holding spaces or commas reads whole.</summary>
    private static void AppendSources(StringBuilder sb, IReadOnlyList<string>? sources)
    {
        const string label = "sources:   ";
        if (sources is null)
        {
            sb.AppendLine($"{label}not recorded (the index was built before indexes recorded them; a rebuild records them)");
            return;
        }
        for (var i = 0; i < sources.Count; i++)
            sb.Append(i == 0 ? label : new string(' ', label.Length)).AppendLine(PrintableText.Of(sources[i]));
    }
}
