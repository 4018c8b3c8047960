using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SearchEngine.Indexing.Cluster;
using SearchEngine.Indexing.Dedup;
using SearchEngine.Indexing.Extraction;
using SearchEngine.Indexing.Writing;
using SearchEngine.Querying.Search;
using SearchEngine.Querying.Search.Cluster;
using SearchEngine.Tests.Support;

namespace SearchEngine.Tests.Cluster.Live;

/// <summary>
/// The seeds and three copies of one of them, indexed locally by the real indexer and loaded into a fresh, uniquely
/// named index on the cluster of <c>SEARCHENGINE_ES_URL</c> through the template (under its own template name, so a
/// real deployment's is left alone) and one bulk request. Both are removed afterwards. Made on first use only, so a
/// run without a cluster, where every test is skipped, touches nothing.
/// </summary>
public sealed class LiveCluster : IDisposable
{
    /// <summary>Three copies of the first seed's story from three outlets: the local engine clusters them as one.</summary>
    public static readonly string[] CopyOutlets = ["Copy Wire", "Copy Daily", "Copy Herald"];

    private readonly TempFolder _folder = new();
    private readonly Lazy<Loaded> _loaded;

    public LiveCluster() => _loaded = new Lazy<Loaded>(Load);

    /// <summary>The same articles searched locally.</summary>
    public ArticleSearcher Local => _loaded.Value.Local;

    /// <summary>The same articles searched on the cluster.</summary>
    public ClusterSearchSession Remote => _loaded.Value.Remote;

    private sealed record Loaded(ArticleSearcher Local, ClusterSearchSession Remote, HttpClusterTransport Admin, string IndexName);

    /// <summary>The seeds and the copies indexed locally by the real indexer, in <paramref name="folder"/>; returns the index's root.</summary>
    public static string BuildLocal(TempFolder folder)
    {
        var sources = folder.Combine("src");
        Directory.CreateDirectory(sources);
        foreach (var seed in Directory.GetFiles(RepoPaths.Seeds, "*.txt")) File.Copy(seed, Path.Combine(sources, Path.GetFileName(seed)));
        File.WriteAllText(Path.Combine(sources, "copies.jsonl"), Copies());
        var store = new IndexStore(folder.Combine("index"));
        new IndexBuilder(ArticlePipeline.Default, new BuildOptions { Threads = 1 }).Rebuild([sources], store, IBuildProgress.None);
        return store.Root;
    }

    private Loaded Load()
    {
        var connection = ClusterConnection.From(null, Environment.GetEnvironmentVariable)!;
        var root = BuildLocal(_folder);

        var indexName = "searchengine-live-" + Guid.NewGuid().ToString("N")[..12];
        var admin = new HttpClusterTransport(connection);
        Send(admin, HttpMethod.Put, $"/_index_template/{indexName}", ClusterTemplate.Body(DedupSettings.Default, indexName).ToJsonString());
        Send(admin, HttpMethod.Put, $"/{indexName}", null);
        var bulk = new StringBuilder();
        foreach (var document in LiveDocuments.FromLocalIndex(root, DedupSettings.Default))
        {
            bulk.Append(new JsonObject { ["index"] = new JsonObject { ["_index"] = indexName, ["_id"] = document["id"]!.GetValue<string>() } }.ToJsonString()).Append('\n');
            bulk.Append(document.ToJsonString()).Append('\n');
        }
        var answer = JsonNode.Parse(Send(admin, HttpMethod.Post, "/_bulk?refresh=wait_for", bulk.ToString(), "application/x-ndjson"))!;
        if (answer["errors"]!.GetValue<bool>())
            throw new InvalidOperationException($"the cluster refused some seed documents: {answer.ToJsonString()[..Math.Min(2000, answer.ToJsonString().Length)]}");
        return new Loaded(ArticleSearcher.Open(root), new ClusterSearchSession(new HttpClusterTransport(connection), indexName, connection.ToString()), admin, indexName);
    }

    /// <summary>The first seed's article three times, each copy lightly edited and from its own outlet.</summary>
    private static string Copies()
    {
        var original = SeedPages.Article("000");
        return string.Concat(CopyOutlets.Select((outlet, i) => JsonSerializer.Serialize(new
        {
            id = $"copy-{i}",
            title = original.Title,
            body = original.Body + $"\n\nReporting by desk {i + 1}.",
            outlet,
            date = "2024-10-18",
        }) + "\n"));
    }

    private static string Send(IClusterTransport transport, HttpMethod method, string path, string? body, string contentType = "application/json")
    {
        var response = transport.SendAsync(method, path, body, contentType).GetAwaiter().GetResult();
        return response.IsSuccess ? response.Body : throw new InvalidOperationException($"{method} {path} answered {response.Status}: {response.Body}");
    }

    public void Dispose()
    {
        if (_loaded.IsValueCreated)
        {
            var (local, remote, admin, indexName) = _loaded.Value;
            local.Dispose();
            remote.Dispose();
            admin.SendAsync(HttpMethod.Delete, $"/{indexName}", null).GetAwaiter().GetResult();
            admin.SendAsync(HttpMethod.Delete, $"/_index_template/{indexName}", null).GetAwaiter().GetResult();
            admin.Dispose();
        }
        _folder.Dispose();
    }
}
