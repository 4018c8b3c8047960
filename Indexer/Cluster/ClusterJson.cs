using System.Text.Json;
using System.Text.Json.Nodes;

namespace SearchEngine.Indexing.Cluster;

/// <summary>Reading a cluster's answers, which may be no JSON at all (a proxy's error page) or lack any field.</summary>
public static class ClusterJson
{
    /// <summary>The body as a JSON object, or null when it is not one.</summary>
    public static JsonObject? ObjectOf(string body)
    {
        try
        {
            return JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The node's text, or null when it is missing or not a string.</summary>
    public static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>An engine's reason without the stack or detail lines some reasons go on with.</summary>
    public static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
