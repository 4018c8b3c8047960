using System.Globalization;
using System.Text.Json.Nodes;
using SearchEngine.Indexing.Cluster;

namespace SearchEngine.Querying.Search.Cluster;

/// <summary>
/// Reads a cluster's answer: the body of a success, or the failure it stands for. An error body is
/// <c>{"error": {"root_cause": [...], "type": ..., "reason": ..., "failed_shards": [...]}, "status": 400}</c>.
/// </summary>
internal static class ClusterAnswers
{
    /// <summary>Root causes that mean the query itself cannot be run, as the engines name them.</summary>
    private static readonly HashSet<string> QueryFaults = new(StringComparer.Ordinal)
    {
        "query_shard_exception", "parse_exception", "query_parsing_exception", "too_many_clauses", "too_many_nested_clauses",
    };

    /// <param name="address">The cluster's address, for messages.</param>
    /// <exception cref="QuerySyntaxException">The cluster refused the query (400 with a query fault), with the engine's reason.</exception>
    /// <exception cref="ClusterSearchException">Any other failure: the status and the engine's reason.</exception>
    public static JsonObject Body(ClusterResponse response, string address)
    {
        if (response.IsSuccess && ClusterJson.ObjectOf(response.Body) is { } body) return body;
        var error = ClusterError.Of(response.Body);
        var (type, reason) = (error.RootCauseType, error.DeepestReason);
        if (response.Status == 400 && type is not null && QueryFaults.Contains(type))
            throw new QuerySyntaxException($"the cluster cannot run the query: {reason}");
        var status = response.Status.ToString(CultureInfo.InvariantCulture);
        var message = response.Status switch
        {
            404 when type == "index_not_found_exception" => $"the cluster at {address} has no such index: {reason}",
            401 or 403 => $"the cluster at {address} refused the credentials ({status}): {reason}",
            429 => $"the cluster at {address} is overloaded and refused the search (429): {reason}; try again shortly",
            503 => $"the cluster at {address} is unavailable (503): {reason}",
            _ => $"the cluster at {address} answered {status}: {(type is null ? "" : type + ": ")}{reason}",
        };
        throw new ClusterSearchException(message, response.Status);
    }

    /// <summary>Sentences for a successful answer that lacks some shards' matches (<c>_shards.failed</c> &gt; 0) or timed out.</summary>
    public static IReadOnlyList<string> Warnings(JsonObject body)
    {
        var warnings = new List<string>();
        if (ClusterJson.FailedShardsOf(body) is { } shards)
        {
            var why = shards.FirstReason is { } reason ? ": " + reason : "";
            warnings.Add($"{shards.Failed} of {shards.Total} shards of the cluster failed to answer, so matches and counts may be missing{why}");
        }
        if (ClusterJson.TimedOut(body))
            warnings.Add("the search timed out on the cluster, so matches and counts may be missing");
        return warnings;
    }
}
