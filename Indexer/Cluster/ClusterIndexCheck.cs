using System.Text.Json.Nodes;
using SearchEngine.Indexing.Schema;

namespace SearchEngine.Indexing.Cluster;

/// <summary>
/// Whether an index already on the cluster was made for what this program writes and reads. The template puts the
/// schema version and the near-duplicate settings in the mapping's <c>_meta</c>, but a template reaches only indexes
/// created after it: an index made under another schema keeps its fields, which mean other things, and one made with
/// other near-duplicate settings holds copy keys that new articles never meet. So a push compares the index's
/// <c>_meta</c> with its template's, and a search its schema version, as a local index's commit data is compared.
/// </summary>
public static class ClusterIndexCheck
{
    public static string MappingPath(string indexName) => $"/{Uri.EscapeDataString(indexName)}/_mapping";

    /// <summary>
    /// What is wrong with the index the mapping answer describes, or null when nothing is, when there is no such index
    /// yet (a push creates it), or when the answer is a failure (the requests after it say what failed).
    /// </summary>
    /// <param name="expected">The <c>_meta</c> the index must hold: the template's for a push; null for a search, which reads only the schema version.</param>
    /// <param name="cluster">The cluster's address, for the message.</param>
    public static string? Problem(ClusterResponse mapping, string indexName, string cluster, JsonObject? expected = null)
    {
        if (!mapping.IsSuccess || ClusterJson.ObjectOf(mapping.Body) is not { } indexes) return null;
        // An alias answers with each index behind it.
        foreach (var (name, index) in indexes)
        {
            var meta = index?["mappings"]?["_meta"] as JsonObject;
            var where = name == indexName ? $"the index {name} at {cluster}" : $"the index {name} (behind {indexName}) at {cluster}";
            var remedy = $"push the articles into a new index (name it in {ClusterConnection.IndexVariable}), or delete this one and push them again";
            var version = Value(meta, ArticleSchema.CommitSchemaVersion);
            if (version is null)
                return $"{where} was not made by SearchEngine (its mapping records no schema version): {remedy}";
            if (version != ArticleSchema.SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture))
                return $"{where} was made for schema version {version}, this program uses {ArticleSchema.SchemaVersion}: {remedy}";
            if (expected is null) continue;
            var settings = Value(meta, ArticleSchema.CommitDedupSettings);
            var wanted = Value(expected, ArticleSchema.CommitDedupSettings);
            if (settings != wanted)
                return $"{where} holds copies found with other near-duplicate settings ({settings ?? "none recorded"}; this push uses {wanted}): {remedy}";
        }
        return null;
    }

    /// <summary>The value under <paramref name="key"/> as text, whether stored as a number or a string; null when missing.</summary>
    private static string? Value(JsonObject? meta, string key) => meta?[key] is JsonValue value
        ? value.TryGetValue<string>(out var text) ? text : value.ToJsonString()
        : null;
}
