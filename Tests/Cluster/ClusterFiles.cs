using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using SearchEngine.Indexing.Cluster;
using SearchEngine.Indexing.Dedup;
using SearchEngine.Tests.Support;

namespace SearchEngine.Tests.Cluster;

/// <summary>
/// Bodies sent to a cluster (the template, documents, search and lookup requests) compared with the reviewed files in
/// <c>Tests/Cluster/Golden</c>, exactly: pretty-printed, keys in the order built. With <c>SEARCHENGINE_UPDATE_GOLDEN=1</c>
/// the files are written instead, to be reviewed in the diff.
/// </summary>
internal static class GoldenFiles
{
    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Matches(string name, JsonNode actual)
    {
        var path = Path.Combine(RepoPaths.Root, "Tests", "Cluster", "Golden", name + ".json");
        var text = actual.ToJsonString(Pretty) + "\n";
        if (Environment.GetEnvironmentVariable("SEARCHENGINE_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, text);
            return;
        }
        Assert.True(File.Exists(path), $"no golden file {path}: run with SEARCHENGINE_UPDATE_GOLDEN=1 to write it, then review it");
        Assert.Equal(File.ReadAllText(path), text);
    }
}

/// <summary>Answers of a cluster in <c>Tests/Cluster/Responses</c>, shaped as the engines' API documentation shows them.</summary>
internal static class ClusterResponses
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(RepoPaths.Root, "Tests", "Cluster", "Responses", name + ".json"));

    /// <summary>The get-mapping API's answer for the index <c>articles</c> made by <paramref name="template"/> (this schema's by default).</summary>
    public static string Mapping(JsonNode? template = null) => MappingOf(TemplateMappings(template));

    /// <summary>The same, with one value of the mapping's <c>_meta</c> replaced.</summary>
    public static string MappingWith(string metaKey, JsonNode value)
    {
        var mappings = TemplateMappings(null);
        mappings["_meta"]![metaKey] = value;
        return MappingOf(mappings);
    }

    private static JsonNode TemplateMappings(JsonNode? template) =>
        (template ?? ClusterTemplate.Body(DedupSettings.Default))["template"]!["mappings"]!.DeepClone();

    private static string MappingOf(JsonNode mappings) =>
        new JsonObject { [ClusterConnection.DefaultIndexName] = new JsonObject { ["mappings"] = mappings } }.ToJsonString();
}
