using System.Text.Json;
using System.Text.Json.Nodes;
using SearchEngine.Indexing.Schema;

namespace SearchEngine.Indexing.Cluster;

/// <summary>
/// Which documents of a request the cluster already holds as they are, so that a push started again after being killed
/// (or run again on the same sources) sends only what is missing or changed. It asks with one <c>_mget</c> of the
/// request's ids for their stored content hash and placement rather than with a search: a get is real-time, so it sees
/// what the killed run sent even before the index refreshed, needs no paging, and costs one lookup per id. The placement
/// is compared as well as the hash, as <c>update</c> moves articles whose text is the same but whose copies changed.
/// </summary>
public sealed class BulkResume(IClusterTransport transport, string indexName, BulkRetry retry)
{
    private static readonly string[] StoredFields = [ArticleSchema.ContentHash, .. ClusterDocument.PlacementFields];

    public string Path { get; } = $"/{Uri.EscapeDataString(indexName)}/_mget?_source_includes={string.Join(',', StoredFields)}";

    /// <summary>The request's documents the cluster holds with the same hash and placement.</summary>
    /// <exception cref="BulkStoppedException">The cluster refused the credentials or gave no usable answer.</exception>
    public async Task<IReadOnlySet<BulkItem>> UnchangedAsync(BulkRequest request, CancellationToken cancel = default)
    {
        var ids = new JsonArray([.. request.Items.Select(i => JsonValue.Create(i.Id))]);
        var body = new JsonObject { ["ids"] = ids }.ToJsonString();
        var response = await retry.SendAsync(transport, HttpMethod.Post, Path, body, "looking up stored documents", cancel).ConfigureAwait(false);
        // No index yet (a first run) holds nothing; any other refusal of a lookup costs only sending what may be there.
        if (!response.IsSuccess) return new HashSet<BulkItem>();
        using var document = JsonDocument.Parse(response.Body);
        var byId = request.Items.ToDictionary(i => i.Id, StringComparer.Ordinal);
        var unchanged = new HashSet<BulkItem>();
        if (!document.RootElement.TryGetProperty("docs", out var docs) || docs.ValueKind != JsonValueKind.Array) return unchanged;
        foreach (var doc in docs.EnumerateArray())
        {
            if (doc.TryGetProperty("found", out var found) && found.ValueKind == JsonValueKind.True
                && doc.TryGetProperty("_id", out var id) && byId.TryGetValue(id.GetString()!, out var item)
                && doc.TryGetProperty("_source", out var source) && Holds(source, item))
                unchanged.Add(item);
        }
        return unchanged;
    }

    private static bool Holds(JsonElement source, BulkItem item)
    {
        if (!source.TryGetProperty(ArticleSchema.ContentHash, out var hash) || hash.GetString() != item.ContentHash) return false;
        using var placement = JsonDocument.Parse(item.Placement);
        return ClusterDocument.PlacementFields.All(field =>
            source.TryGetProperty(field, out var stored) && JsonElement.DeepEquals(stored, placement.RootElement.GetProperty(field)));
    }
}
