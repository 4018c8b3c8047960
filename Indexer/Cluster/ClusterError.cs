using System.Globalization;
using System.Text.Json.Nodes;

namespace SearchEngine.Indexing.Cluster;

/// <summary>
/// An error body as both engines document it, <c>{"error": {"root_cause": […], "type", "reason", "caused_by": {…},
/// "failed_shards": […]}, "status"}</c>, read once for every request that can fail: templates, bulk, lookups, searches.
/// </summary>
/// <param name="Type">The error's type (<c>search_phase_execution_exception</c>), or null when the body is not an error body.</param>
/// <param name="RootCauseType">The first root cause's type (<c>query_shard_exception</c>), else <paramref name="Type"/>.</param>
/// <param name="Reason">The error's own reason, or the start of the body when it is not an error body (a proxy's page, say).</param>
/// <param name="DeepestReason">The most specific reason given: the innermost <c>caused_by</c> of the first shard failure, else of the first root cause or of the error; its first line.</param>
public sealed record ClusterError(string? Type, string? RootCauseType, string Reason, string DeepestReason)
{
    public static ClusterError Of(string body)
    {
        if (ClusterJson.ObjectOf(body)?["error"] is { } error)
        {
            if (error is JsonValue) return new ClusterError(null, null, ClusterJson.Text(error) ?? "", ClusterJson.Text(error) ?? "");
            var type = ClusterJson.Text(error["type"]);
            var reason = ClusterJson.Text(error["reason"]) ?? "";
            var node = error["failed_shards"]?.AsArray().FirstOrDefault()?["reason"] ?? error["root_cause"]?.AsArray().FirstOrDefault() ?? error;
            var deepest = reason;
            for (; node is JsonObject; node = node["caused_by"])
                deepest = ClusterJson.Text(node["reason"]) ?? deepest;
            return new ClusterError(type, ClusterJson.Text(error["root_cause"]?.AsArray().FirstOrDefault()?["type"]) ?? type, reason, ClusterJson.FirstLine(deepest));
        }
        var text = body.ReplaceLineEndings(" ").Trim();
        text = text.Length <= 200 ? text : text[..200] + "…";
        return new ClusterError(null, null, text, text);
    }

    /// <summary>A response that is not a success, for messages: <c>400 type: reason</c>, with the deepest reason when it says more.</summary>
    public static string Describe(ClusterResponse response)
    {
        var error = Of(response.Body);
        var status = response.Status.ToString(CultureInfo.InvariantCulture);
        var described = error.Type is null ? $"{status} {error.Reason}".TrimEnd() : $"{status} {error.Type}: {error.Reason}";
        return error.DeepestReason.Length > 0 && !error.Reason.Contains(error.DeepestReason, StringComparison.Ordinal)
            ? $"{described} (cause: {error.DeepestReason})"
            : described;
    }
}
