using System.Text.Json.Nodes;
using SearchEngine.Indexing.Cluster;
using SearchEngine.Indexing.Dedup;
using SearchEngine.Indexing.Schema;
using SearchEngine.Tests.Support;

namespace SearchEngine.Tests.Cluster.Live;

/// <summary>The live suite's documents, pushed to bulk files instead, checked without a cluster against the template a strict cluster checks them with.</summary>
public sealed class LiveDocumentsTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly IReadOnlyList<JsonObject> _documents;

    public LiveDocumentsTests()
    {
        var files = _folder.Combine("bulk");
        LiveCluster.Push(LiveCluster.WriteSources(_folder), new BulkFileTarget(files), ClusterConnection.DefaultIndexName);
        _documents =
        [
            .. Directory.GetFiles(files, "bulk-*.ndjson").Order(StringComparer.Ordinal)
                .SelectMany(File.ReadAllLines).Where((_, i) => i % 2 == 1).Select(line => JsonNode.Parse(line)!.AsObject()),
        ];
    }

    [Fact]
    public void Every_field_of_a_loaded_document_is_declared_by_the_template()
    {
        var declared = ClusterTemplate.Body(DedupSettings.Default)["template"]!["mappings"]!["properties"]!.AsObject().Select(p => p.Key).ToHashSet();
        Assert.Subset(declared, _documents.SelectMany(d => d.Select(f => f.Key)).ToHashSet());
    }

    [Fact]
    public void The_three_copies_share_one_cluster_key_and_one_representative()
    {
        var copies = _documents.Where(d => d[ArticleSchema.Id]!.GetValue<string>().StartsWith("copies/", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, copies.Count);
        Assert.Single(copies.Select(c => c[ArticleSchema.Cluster]!.GetValue<long>()).Distinct());
        Assert.Single(copies, c => c[ArticleSchema.ClusterRepresentative]!.GetValue<bool>());
    }

    public void Dispose() => _folder.Dispose();
}
