using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using SearchEngine.Tests.Support;

namespace SearchEngine.Tests.Cluster;

/// <summary>
/// Request bodies compared with reviewed files in <c>Tests/Cluster/Golden</c>, pretty-printed in the order they are
/// built. With <c>SEARCHENGINE_UPDATE_GOLDEN=1</c> the files are written instead, to be reviewed in the diff.
/// </summary>
internal static class CopiesGolden
{
    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Matches(string name, JsonNode actual)
    {
        var path = Path.Combine(RepoPaths.Root, "Tests", "Cluster", "Golden", name);
        var text = actual.ToJsonString(Pretty) + "\n";
        if (Environment.GetEnvironmentVariable("SEARCHENGINE_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, text);
            return;
        }
        Assert.True(File.Exists(path), $"no golden file {name}: run with SEARCHENGINE_UPDATE_GOLDEN=1 to write it, then review it");
        Assert.Equal(File.ReadAllText(path), text);
    }

    /// <summary>A response body from <c>Tests/Cluster/Responses</c>, shaped as the engines' documentation shows it.</summary>
    public static string Response(string name) => File.ReadAllText(Path.Combine(RepoPaths.Root, "Tests", "Cluster", "Responses", name));
}
