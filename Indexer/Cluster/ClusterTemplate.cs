using System.Text.Json.Nodes;
using SearchEngine.Indexing.Dedup;

namespace SearchEngine.Indexing.Cluster;

/// <summary>
/// Placeholder so that this branch compiles: helper es-search owns the real template (settings, analyzers and mappings
/// generated from ArticleSchema), and the merge keeps theirs. Only the name and signature here are shared.
/// </summary>
public static class ClusterTemplate
{
    public const string Name = "searchengine-articles";

    public static JsonObject Body(DedupSettings settings, string indexName = ClusterConnection.DefaultIndexName) => new()
    {
        ["index_patterns"] = new JsonArray(indexName + "*"),
        ["template"] = new JsonObject
        {
            ["mappings"] = new JsonObject { ["_meta"] = new JsonObject { ["dedupSettings"] = settings.Serialize() } },
        },
    };
}
