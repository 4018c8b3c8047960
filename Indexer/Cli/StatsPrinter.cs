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
        facets = stats.Facets.ToDictionary(f => f.Key, f => f.Value.Select(v => new { value = v.Value, count = v.Count })),
    }, JsonOptions) + "\n";

    public static string Text(IndexStatistics stats)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"documents: {stats.Documents:N0}");
        sb.AppendLine($"size:      {stats.SizeBytes / 1048576.0:0.0} MB");
        sb.AppendLine($"built:     {stats.BuiltAt:u}");
        if (stats.UpdatedAt is { } updated) sb.AppendLine($"updated:   {updated:u}");
        foreach (var (dimension, values) in stats.Facets)
        {
            var total = values.Count;
            sb.AppendLine($"{dimension} ({total:N0} values):");
            foreach (var v in values)
                sb.AppendLine($"  {v.Count,7:N0}  {PrintableText.Of(v.Value)}");
        }
        return sb.ToString();
    }
}
