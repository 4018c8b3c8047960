using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using SearchEngine.Indexing.Dedup;
using SearchEngine.Indexing.Schema;

namespace SearchEngine.Indexing.Cluster;

/// <summary>
/// The stored articles of an Elasticsearch or OpenSearch index, looked up by their near-duplicate keys: a
/// <c>terms</c> query on <c>dup_keys</c> (band keys only within the copy window), the fields verification needs as
/// <c>_source</c>, in pages sorted by id with <c>search_after</c> (no page is ever deeper than one page). A lookup
/// that some shards did not answer is an error, not a shorter list: a missed copy would silently split a cluster.
/// </summary>
/// <param name="retry">How lookups and moves answered 429 or 5xx are tried again (a push's policy); null sends each once.</param>
public sealed class ClusterCopyCandidates(IClusterTransport transport, string indexName, BulkRetry? retry = null) : ICopyCandidates
{
    /// <summary>Hits per page, and clusters per representatives request: far under the default <c>index.max_result_window</c> of 10,000.</summary>
    public const int PageSize = 1000;

    private static readonly string[] CandidateFields =
        [ArticleSchema.Id, ArticleSchema.DateSort, ArticleSchema.BodyLength, ArticleSchema.Fingerprint, ArticleSchema.Cluster, ArticleSchema.ClusterRepresentative];

    private static readonly string[] RepresentativeFields = [ArticleSchema.Id, ArticleSchema.DateSort, ArticleSchema.BodyLength, ArticleSchema.Cluster];

    private string SearchPath => "/" + Uri.EscapeDataString(indexName) + "/_search";

    public async Task<IReadOnlyList<StoredCopy>> FindAsync(CopyLookup lookup, CancellationToken cancellation = default)
    {
        var found = new List<StoredCopy>();
        string? after = null;
        while (true)
        {
            // Before the first push creates the index, nothing is stored.
            if (await SearchAsync(SearchBody(lookup, after), "copy lookup", cancellation).ConfigureAwait(false) is not { } body) return found;
            var page = ParseCandidates(body);
            found.AddRange(page.Copies);
            if (page.Copies.Count < PageSize) return found;
            after = page.LastSortValue ?? throw new FormatException("a full page of the copy lookup has no sort value to continue after");
        }
    }

    public async Task<IReadOnlyList<StoredRepresentative>> RepresentativesAsync(IReadOnlyCollection<long> clusters, CancellationToken cancellation = default)
    {
        var found = new List<StoredRepresentative>();
        foreach (var chunk in clusters.Chunk(PageSize))
        {
            if (await SearchAsync(RepresentativesBody(chunk), "representatives lookup", cancellation).ConfigureAwait(false) is { } body)
                found.AddRange(Hits(body).Select(Representative));
        }
        return found;
    }

    /// <summary>
    /// Moves the stored clusters with one <c>_update_by_query</c>, refreshed so the next batch's lookup sees them.
    /// Version conflicts abort it (the default): a conflict means another writer changed an article meanwhile, and the
    /// message says how many were updated before.
    /// </summary>
    public async Task MoveAsync(IReadOnlyList<ClusterMove> moves, CancellationToken cancellation = default)
    {
        if (moves.Count == 0) return;
        var path = "/" + Uri.EscapeDataString(indexName) + "/_update_by_query?refresh=true";
        var response = await SendAsync(path, MoveBody(moves), "moving copies", cancellation).ConfigureAwait(false);
        CheckMoved(response, indexName);
    }

    /// <summary>The <c>_search</c> body of one page of a lookup; <paramref name="after"/> is the last id of the page before.</summary>
    public static JsonObject SearchBody(CopyLookup lookup, string? after)
    {
        var either = new JsonArray();
        if (lookup.AnyTime.Count > 0) either.Add(Terms(ArticleSchema.DuplicateKeys, lookup.AnyTime));
        if (lookup.InWindow.Count > 0)
        {
            var inWindowOrUndated = new JsonObject
            {
                ["bool"] = new JsonObject
                {
                    ["should"] = new JsonArray(
                        new JsonObject
                        {
                            ["range"] = new JsonObject
                            {
                                [ArticleSchema.DateSort] = new JsonObject
                                {
                                    ["gte"] = UnixSeconds(lookup.WindowStart, roundUp: false),
                                    ["lte"] = UnixSeconds(lookup.WindowEnd, roundUp: true),
                                },
                            },
                        },
                        new JsonObject
                        {
                            ["bool"] = new JsonObject
                            {
                                ["must_not"] = new JsonArray(new JsonObject { ["exists"] = new JsonObject { ["field"] = ArticleSchema.DateSort } }),
                            },
                        }),
                    ["minimum_should_match"] = 1,
                },
            };
            either.Add(new JsonObject
            {
                ["bool"] = new JsonObject { ["filter"] = new JsonArray(Terms(ArticleSchema.DuplicateKeys, lookup.InWindow), inWindowOrUndated) },
            });
        }
        var body = new JsonObject
        {
            ["size"] = PageSize,
            ["track_total_hits"] = false,
            ["_source"] = Strings(CandidateFields),
            ["query"] = new JsonObject
            {
                ["bool"] = new JsonObject
                {
                    ["filter"] = new JsonArray(new JsonObject { ["bool"] = new JsonObject { ["should"] = either, ["minimum_should_match"] = 1 } }),
                },
            },
            ["sort"] = new JsonArray(new JsonObject { [ArticleSchema.Id] = "asc" }),
        };
        if (after is not null) body["search_after"] = new JsonArray(after);
        return body;
    }

    /// <summary>The <c>_search</c> body finding the representatives of <paramref name="clusters"/>.</summary>
    public static JsonObject RepresentativesBody(IReadOnlyCollection<long> clusters) => new()
    {
        ["size"] = clusters.Count,
        ["track_total_hits"] = false,
        ["_source"] = Strings(RepresentativeFields),
        ["query"] = new JsonObject
        {
            ["bool"] = new JsonObject
            {
                ["filter"] = new JsonArray(
                    new JsonObject { ["terms"] = new JsonObject { [ArticleSchema.Cluster] = new JsonArray([.. clusters.Select(c => (JsonNode)c)]) } },
                    new JsonObject { ["term"] = new JsonObject { [ArticleSchema.ClusterRepresentative] = true } }),
            },
        },
    };

    /// <summary>
    /// The <c>_update_by_query</c> body moving stored clusters: every article whose cluster or story is one that moves
    /// takes the new key, and a moved article represents its cluster no more.
    /// </summary>
    public static JsonObject MoveBody(IReadOnlyList<ClusterMove> moves)
    {
        var from = moves.Select(m => (JsonNode)m.From).ToArray();
        var to = new JsonObject();
        foreach (var move in moves) to[move.From.ToString(CultureInfo.InvariantCulture)] = move.To;
        return new JsonObject
        {
            ["query"] = new JsonObject
            {
                ["bool"] = new JsonObject
                {
                    ["should"] = new JsonArray(
                        new JsonObject { ["terms"] = new JsonObject { [ArticleSchema.Cluster] = new JsonArray([.. from.Select(n => n.DeepClone())]) } },
                        new JsonObject { ["terms"] = new JsonObject { [ArticleSchema.Story] = new JsonArray([.. from.Select(n => n.DeepClone())]) } }),
                    ["minimum_should_match"] = 1,
                },
            },
            ["script"] = new JsonObject
            {
                ["lang"] = "painless",
                ["source"] = MoveScript,
                ["params"] = new JsonObject { ["moves"] = to },
            },
        };
    }

    // Params keys are strings; a long in _source may read back as an Integer or a Long, and String.valueOf reads both.
    private static readonly string MoveScript =
        $"String c = String.valueOf(ctx._source['{ArticleSchema.Cluster}']); " +
        $"if (params.moves.containsKey(c)) {{ ctx._source['{ArticleSchema.Cluster}'] = params.moves.get(c); ctx._source['{ArticleSchema.ClusterRepresentative}'] = false; }} " +
        $"String s = String.valueOf(ctx._source['{ArticleSchema.Story}']); " +
        $"if (params.moves.containsKey(s)) {{ ctx._source['{ArticleSchema.Story}'] = params.moves.get(s); }}";

    /// <summary>One page of a lookup's answer: the stored articles and the last hit's sort value.</summary>
    public static (IReadOnlyList<StoredCopy> Copies, string? LastSortValue) ParseCandidates(string body)
    {
        var copies = new List<StoredCopy>();
        string? last = null;
        foreach (var hit in Hits(body))
        {
            var source = Source(hit);
            var id = Required(source, ArticleSchema.Id).GetString()!;
            var signature = Required(source, ArticleSchema.Fingerprint, id);
            Fingerprint fingerprint;
            try
            {
                fingerprint = Fingerprint.FromBytes(signature.GetBytesFromBase64());
            }
            catch (Exception e) when (e is FormatException or InvalidOperationException)
            {
                throw new FormatException($"stored article '{id}' has a {ArticleSchema.Fingerprint} that is not a fingerprint: {e.Message}", e);
            }
            copies.Add(new StoredCopy(id, Published(source), Required(source, ArticleSchema.BodyLength, id).GetInt32(), fingerprint,
                Required(source, ArticleSchema.Cluster, id).GetInt64(), Required(source, ArticleSchema.ClusterRepresentative, id).GetBoolean()));
            last = hit.TryGetProperty("sort", out var sort) && sort.ValueKind == JsonValueKind.Array && sort.GetArrayLength() > 0 ? sort[0].GetString() : null;
        }
        return (copies, last);
    }

    private static StoredRepresentative Representative(JsonElement hit)
    {
        var source = Source(hit);
        var id = Required(source, ArticleSchema.Id).GetString()!;
        return new StoredRepresentative(id, Published(source), Required(source, ArticleSchema.BodyLength, id).GetInt32(),
            Required(source, ArticleSchema.Cluster, id).GetInt64());
    }

    /// <returns>The answer's body, or null when the index does not exist (yet).</returns>
    private async Task<string?> SearchAsync(JsonObject body, string what, CancellationToken cancellation)
    {
        var response = await SendAsync(SearchPath, body, "the " + what, cancellation).ConfigureAwait(false);
        if (response.Status == 404 && ClusterError.Of(response.Body).Type == "index_not_found_exception") return null;
        if (!response.IsSuccess) throw new BulkStoppedException($"the {what} in '{indexName}' failed: {ClusterError.Describe(response)}");
        CheckComplete(response.Body, what, indexName);
        return response.Body;
    }

    /// <summary>A search that timed out or that some shards failed holds only part of the candidates: refused, with the first shard's reason.</summary>
    internal static void CheckComplete(string body, string what, string indexName)
    {
        var answer = ClusterJson.ObjectOf(body) ?? throw new FormatException($"the {what} in '{indexName}' answered no JSON object");
        if (ClusterJson.TimedOut(answer))
            throw new BulkStoppedException($"the {what} in '{indexName}' timed out: its candidates would be incomplete");
        if (ClusterJson.FailedShardsOf(answer) is not { } shards) return;
        var shard = shards.FirstShard is { } number ? $"shard {number}" : "a shard";
        var reason = shards.FirstReason is { } why ? $"{shard}: {why}" : "no reason given";
        throw new BulkStoppedException(
            $"the {what} in '{indexName}' failed on {shards.Failed} of {shards.Total} shards ({reason}): its candidates would be incomplete");
    }

    private static void CheckMoved(ClusterResponse response, string indexName)
    {
        using var json = JsonDocument.Parse(response.Body);
        var root = json.RootElement;
        if (root.TryGetProperty("failures", out var failures) && failures.ValueKind == JsonValueKind.Array && failures.GetArrayLength() > 0)
        {
            var first = failures[0];
            var id = first.TryGetProperty("id", out var failedId) ? $"article '{failedId.GetString()}'" : "an article";
            var cause = first.TryGetProperty("cause", out var c) ? Reason(c) : "no reason given";
            var updated = root.TryGetProperty("updated", out var u) ? u.GetInt64() : 0;
            throw new BulkStoppedException(
                $"moving copies in '{indexName}' stopped after {updated} updates: {failures.GetArrayLength()} failed, the first {id}: {cause}");
        }
        if (!response.IsSuccess) throw new BulkStoppedException($"moving copies in '{indexName}' failed: {ClusterError.Describe(response)}");
        if (root.TryGetProperty("timed_out", out var timedOut) && timedOut.ValueKind == JsonValueKind.True)
            throw new BulkStoppedException($"moving copies in '{indexName}' timed out: some stored copies may not have moved");
    }

    private Task<ClusterResponse> SendAsync(string path, JsonObject body, string what, CancellationToken cancellation) => retry is null
        ? transport.SendAsync(HttpMethod.Post, path, body.ToJsonString(), cancellation: cancellation)
        : retry.SendAsync(transport, HttpMethod.Post, path, body.ToJsonString(), what, cancellation);

    /// <summary>A shard failure's or a cause's <c>type: reason</c>.</summary>
    private static string Reason(JsonElement cause) =>
        (cause.TryGetProperty("type", out var type) ? type.GetString() + ": " : "") + (cause.TryGetProperty("reason", out var reason) ? reason.GetString() : "");

    private static List<JsonElement> Hits(string body)
    {
        using var json = JsonDocument.Parse(body);
        if (!json.RootElement.TryGetProperty("hits", out var hits) || !hits.TryGetProperty("hits", out var list) || list.ValueKind != JsonValueKind.Array)
            throw new FormatException("the search answer has no hits.hits list");
        return [.. list.EnumerateArray().Select(h => h.Clone())];
    }

    private static JsonElement Source(JsonElement hit) =>
        hit.TryGetProperty("_source", out var source) && source.ValueKind == JsonValueKind.Object
            ? source
            : throw new FormatException($"hit '{(hit.TryGetProperty("_id", out var id) ? id.GetString() : "?")}' has no _source");

    private static JsonElement Required(JsonElement source, string field, string? id = null) =>
        source.TryGetProperty(field, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : throw new FormatException(id is null ? $"a stored article has no {field}" : $"stored article '{id}' has no {field}");

    private static DateTime? Published(JsonElement source) =>
        source.TryGetProperty(ArticleSchema.DateSort, out var seconds) && seconds.ValueKind == JsonValueKind.Number
            ? ArticleSchema.DateSortTime(seconds.GetInt64())
            : null;

    /// <summary><c>date_sort</c> holds whole seconds; a window's bound is widened to the whole second that holds it.</summary>
    private static long UnixSeconds(DateTime at, bool roundUp) =>
        ArticleSchema.DateSortSeconds(at) + (roundUp && at.Ticks % TimeSpan.TicksPerSecond != 0 ? 1 : 0);

    private static JsonObject Terms(string field, IEnumerable<string> values) =>
        new() { ["terms"] = new JsonObject { [field] = Strings(values) } };

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)v)]);
}
