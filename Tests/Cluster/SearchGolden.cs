using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using SearchEngine.Tests.Support;

namespace SearchEngine.Tests.Cluster;

/// <summary>
/// Request bodies compared with the reviewed files in Tests/Cluster/Golden, exactly (pretty-printed, keys in the order
/// built). With SEARCHENGINE_UPDATE_GOLDEN=1 the files are rewritten instead, to be reviewed in the diff.
/// </summary>
public static class SearchGolden
{
    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Folder => Path.Combine(RepoPaths.Root, "Tests", "Cluster", "Golden");

    public static string Format(JsonNode node) => node.ToJsonString(Pretty) + "\n";

    public static void Matches(string name, JsonNode actual)
    {
        var path = Path.Combine(Folder, name + ".json");
        var text = Format(actual);
        if (Environment.GetEnvironmentVariable("SEARCHENGINE_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, text);
            return;
        }
        Assert.True(File.Exists(path), $"no golden file {path}; run with SEARCHENGINE_UPDATE_GOLDEN=1 to write it");
        Assert.Equal(File.ReadAllText(path), text);
    }
}

/// <summary>Response bodies in Tests/Cluster/Responses, shaped as the engines' API documentation shows them.</summary>
public static class SearchResponses
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(RepoPaths.Root, "Tests", "Cluster", "Responses", name + ".json"));
}
