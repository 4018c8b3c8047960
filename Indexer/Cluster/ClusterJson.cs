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

    /// <summary>Whether a search answer says it ran out of time, and so may lack matches.</summary>
    public static bool TimedOut(JsonObject answer) => answer["timed_out"] is JsonValue value && value.TryGetValue<bool>(out var timedOut) && timedOut;

    /// <summary>The shards a search answer lacks (<c>_shards.failed</c> &gt; 0), with the first failure's; null when every shard answered.</summary>
    public static FailedShards? FailedShardsOf(JsonObject answer)
    {
        var shards = answer["_shards"];
        if (shards?["failed"] is not JsonValue failedValue || !failedValue.TryGetValue<int>(out var failed) || failed == 0) return null;
        var first = shards["failures"]?.AsArray().FirstOrDefault();
        var reason = first?["reason"] is { } cause ? $"{Text(cause["type"])}: {FirstLine(Text(cause["reason"]) ?? "")}" : null;
        var shard = first?["shard"] is JsonValue number && number.TryGetValue<int>(out var n) ? n : (int?)null;
        return new FailedShards(failed, shards["total"]?.GetValue<int>() ?? failed, shard, reason);
    }
}

/// <summary>Shards that did not answer a search: how many of how many, and the first one's number and <c>type: reason</c> when given.</summary>
public sealed record FailedShards(int Failed, int Total, int? FirstShard, string? FirstReason);
