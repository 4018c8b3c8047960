using System.Text.Json.Nodes;
using SearchEngine.Indexing.Cluster;
using SearchEngine.Indexing.Schema;

namespace SearchEngine.Tests.Cluster;

/// <summary>One request as the stand-in received it.</summary>
internal sealed record RecordedRequest(HttpMethod Method, string Path, string? Body, string ContentType)
{
    /// <summary>The ids of a bulk request's action lines, in order.</summary>
    public IReadOnlyList<string> BulkIds => [.. Lines().Where((_, i) => i % 2 == 0).Select(l => JsonNode.Parse(l)!["index"]!["_id"]!.GetValue<string>())];

    public IReadOnlyList<string> Lines() => Body!.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>
/// A cluster without the network: records every request and answers as the engines' documentation shows. By default it
/// keeps what bulk requests index and answers <c>_mget</c> from that, like a cluster; a test queues other answers
/// (fixtures from <c>Responses/</c>, or no answer at all) for the requests whose path starts with a prefix.
/// </summary>
internal sealed class BulkTransportStandIn : IClusterTransport
{
    private readonly Dictionary<string, Queue<Func<RecordedRequest, ClusterResponse>>> _queued = new(StringComparer.Ordinal);
    private JsonObject? _template;

    public List<RecordedRequest> Requests { get; } = [];

    /// <summary>The documents indexed so far, by id, as sent.</summary>
    public Dictionary<string, JsonObject> Stored { get; } = new(StringComparer.Ordinal);

    public IEnumerable<RecordedRequest> Bulks => Requests.Where(r => r.Path == BulkRequest.Path);

    /// <summary>The next request to a path starting with <paramref name="prefix"/> is answered with this status and body.</summary>
    public BulkTransportStandIn Then(string prefix, int status, string body) => Then(prefix, _ => new ClusterResponse(status, body));

    /// <summary>The next request to a path starting with <paramref name="prefix"/> gets no answer.</summary>
    public BulkTransportStandIn Unreachable(string prefix) =>
        Then(prefix, _ => throw new ClusterUnreachableException("cannot reach the cluster at http://stand-in:9200: Connection refused"));

    public BulkTransportStandIn Then(string prefix, Func<RecordedRequest, ClusterResponse> answer)
    {
        if (!_queued.TryGetValue(prefix, out var queue)) _queued[prefix] = queue = new Queue<Func<RecordedRequest, ClusterResponse>>();
        queue.Enqueue(answer);
        return this;
    }

    public Task<ClusterResponse> SendAsync(HttpMethod method, string path, string? body, string contentType = "application/json", CancellationToken cancellation = default)
    {
        var request = new RecordedRequest(method, path, body, contentType);
        Requests.Add(request);
        var queued = _queued.FirstOrDefault(q => path.StartsWith(q.Key, StringComparison.Ordinal) && q.Value.Count > 0).Value;
        return Task.FromResult(queued is not null ? queued.Dequeue()(request) : Answer(request));
    }

    private ClusterResponse Answer(RecordedRequest request)
    {
        if (request.Path.StartsWith("/_index_template/", StringComparison.Ordinal))
        {
            _template = JsonNode.Parse(request.Body!)!.AsObject();
            return new ClusterResponse(200, """{"acknowledged":true}""");
        }
        if (request.Path.EndsWith("/_mapping", StringComparison.Ordinal))
            return Stored.Count == 0 ? new ClusterResponse(404, ClusterResponses.Read("search-index-missing")) : Mapping();
        if (request.Path == BulkRequest.Path) return Index(request);
        if (request.Path.Contains("/_mget", StringComparison.Ordinal)) return Get(request);
        // The first bulk request creates the index; until then a search finds no index, as on a cluster.
        if (request.Path.EndsWith("/_search", StringComparison.Ordinal))
            return Stored.Count == 0 ? new ClusterResponse(404, ClusterResponses.Read("search-index-missing")) : Search(request);
        if (request.Path.Contains("/_update_by_query", StringComparison.Ordinal)) return Move(request);
        return new ClusterResponse(400, """{"error":{"root_cause":[],"type":"illegal_argument_exception","reason":"unexpected request"},"status":400}""");
    }

    /// <summary>The mapping of the index the first bulk request created, from the template installed before it, as the get mapping API answers.</summary>
    private ClusterResponse Mapping() => new(200, ClusterResponses.Mapping(_template));

    /// <summary>Keeps every document and answers as the bulk API documents a success: <c>errors: false</c>, one item per action.</summary>
    public ClusterResponse Index(RecordedRequest request)
    {
        var lines = request.Lines();
        var items = new JsonArray();
        for (var i = 0; i < lines.Count; i += 2)
        {
            var action = JsonNode.Parse(lines[i])!["index"]!;
            var id = action["_id"]!.GetValue<string>();
            var created = Stored.TryAdd(id, JsonNode.Parse(lines[i + 1])!.AsObject());
            if (!created) Stored[id] = JsonNode.Parse(lines[i + 1])!.AsObject();
            items.Add(new JsonObject
            {
                ["index"] = new JsonObject
                {
                    ["_index"] = action["_index"]!.GetValue<string>(),
                    ["_id"] = id,
                    ["_version"] = 1,
                    ["result"] = created ? "created" : "updated",
                    ["_shards"] = new JsonObject { ["total"] = 2, ["successful"] = 1, ["failed"] = 0 },
                    ["status"] = created ? 201 : 200,
                    ["_seq_no"] = 0,
                    ["_primary_term"] = 1,
                },
            });
        }
        return new ClusterResponse(200, new JsonObject { ["took"] = 30, ["errors"] = false, ["items"] = items }.ToJsonString());
    }

    /// <summary>Answers as the multi get API documents it: per id, <c>found</c> with the asked-for <c>_source</c> fields, or <c>found: false</c>.</summary>
    private ClusterResponse Get(RecordedRequest request)
    {
        var fields = request.Path[(request.Path.IndexOf("_source_includes=", StringComparison.Ordinal) + "_source_includes=".Length)..].Split(',');
        var docs = new JsonArray();
        foreach (var id in JsonNode.Parse(request.Body!)!["ids"]!.AsArray().Select(n => n!.GetValue<string>()))
        {
            var doc = new JsonObject { ["_index"] = "articles", ["_id"] = id };
            if (Stored.TryGetValue(id, out var stored))
            {
                doc["_version"] = 1;
                doc["_seq_no"] = 0;
                doc["_primary_term"] = 1;
                doc["found"] = true;
                doc["_source"] = new JsonObject(fields.Where(stored.ContainsKey).Select(f => KeyValuePair.Create(f, stored[f]?.DeepClone())));
            }
            else
                doc["found"] = false;
            docs.Add(doc);
        }
        return new ClusterResponse(200, new JsonObject { ["docs"] = docs }.ToJsonString());
    }

    /// <summary>
    /// Answers the copy lookups as a search would: the stored documents holding any of the <c>dup_keys</c> terms asked
    /// for (the copy window left to the finder, which verifies dates itself), or the representatives of the clusters
    /// asked for; sorted by id and paged after the id given, in the search API's answer shape.
    /// </summary>
    private ClusterResponse Search(RecordedRequest request)
    {
        var body = JsonNode.Parse(request.Body!)!.AsObject();
        var keys = TermsOf(body, ArticleSchema.DuplicateKeys).ToHashSet(StringComparer.Ordinal);
        var clusters = TermsOf(body, ArticleSchema.Cluster).ToHashSet(StringComparer.Ordinal);
        var after = body["search_after"]?[0]?.GetValue<string>();
        var size = body["size"]!.GetValue<int>();
        var fields = body["_source"]!.AsArray().Select(f => f!.GetValue<string>()).ToList();
        var matching = Stored.Values
            .Where(doc => keys.Count > 0
                ? doc[ArticleSchema.DuplicateKeys]!.AsArray().Any(k => keys.Contains(k!.GetValue<string>()))
                : clusters.Contains(doc[ArticleSchema.Cluster]!.ToJsonString()) && doc[ArticleSchema.ClusterRepresentative]!.GetValue<bool>())
            .Select(doc => doc[ArticleSchema.Id]!.GetValue<string>())
            .Order(StringComparer.Ordinal)
            .Where(id => after is null || string.CompareOrdinal(id, after) > 0)
            .Take(size);
        var hits = new JsonArray();
        foreach (var id in matching)
            hits.Add(new JsonObject
            {
                ["_index"] = "articles",
                ["_id"] = id,
                ["_score"] = null,
                ["_source"] = new JsonObject(fields.Where(Stored[id].ContainsKey).Select(f => KeyValuePair.Create(f, Stored[id][f]?.DeepClone()))),
                ["sort"] = new JsonArray(id),
            });
        return new ClusterResponse(200, new JsonObject
        {
            ["took"] = 2,
            ["timed_out"] = false,
            ["_shards"] = new JsonObject { ["total"] = 1, ["successful"] = 1, ["skipped"] = 0, ["failed"] = 0 },
            ["hits"] = new JsonObject { ["max_score"] = null, ["hits"] = hits },
        }.ToJsonString());
    }

    /// <summary>Moves stored clusters as the update-by-query script does, and answers as that API documents.</summary>
    private ClusterResponse Move(RecordedRequest request)
    {
        var moves = JsonNode.Parse(request.Body!)!["script"]!["params"]!["moves"]!.AsObject();
        var updated = 0;
        foreach (var doc in Stored.Values)
        {
            var changed = false;
            if (moves[doc[ArticleSchema.Cluster]!.ToJsonString()] is { } cluster)
            {
                doc[ArticleSchema.Cluster] = cluster.DeepClone();
                doc[ArticleSchema.ClusterRepresentative] = false;
                changed = true;
            }
            if (moves[doc[ArticleSchema.Story]!.ToJsonString()] is { } story)
            {
                doc[ArticleSchema.Story] = story.DeepClone();
                changed = true;
            }
            if (changed) updated++;
        }
        return new ClusterResponse(200, $$"""{"took":14,"timed_out":false,"total":{{updated}},"updated":{{updated}},"deleted":0,"batches":1,"version_conflicts":0,"noops":0,"retries":{"bulk":0,"search":0},"throttled_millis":0,"requests_per_second":-1.0,"throttled_until_millis":0,"failures":[]}""");
    }

    /// <summary>Every value of every <c>terms</c> query on <paramref name="field"/> in a query body, as JSON text for numbers.</summary>
    private static IEnumerable<string> TermsOf(JsonNode? node, string field) => node switch
    {
        JsonObject o when o["terms"]?[field] is JsonArray values => values.Select(v => v!.GetValueKind() == System.Text.Json.JsonValueKind.String ? v.GetValue<string>() : v.ToJsonString()),
        JsonObject o => o.SelectMany(p => TermsOf(p.Value, field)),
        JsonArray a => a.SelectMany(n => TermsOf(n, field)),
        _ => [],
    };

    /// <summary>A bulk answer for the request's documents, each indexed except those given a status and error here.</summary>
    public static ClusterResponse BulkAnswer(RecordedRequest request, IReadOnlyDictionary<string, (int Status, string Type, string Reason)> failures)
    {
        var items = new JsonArray();
        foreach (var id in request.BulkIds)
        {
            var result = new JsonObject { ["_index"] = "articles", ["_id"] = id };
            if (failures.TryGetValue(id, out var failure))
            {
                result["status"] = failure.Status;
                result["error"] = new JsonObject { ["type"] = failure.Type, ["reason"] = failure.Reason };
            }
            else
            {
                result["_version"] = 1;
                result["result"] = "created";
                result["_shards"] = new JsonObject { ["total"] = 2, ["successful"] = 1, ["failed"] = 0 };
                result["status"] = 201;
                result["_seq_no"] = 0;
                result["_primary_term"] = 1;
            }
            items.Add(new JsonObject { ["index"] = result });
        }
        return new ClusterResponse(200, new JsonObject { ["took"] = 12, ["errors"] = failures.Count > 0, ["items"] = items }.ToJsonString());
    }

    public void Dispose() { }
}
