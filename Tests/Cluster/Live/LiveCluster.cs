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
/// The seeds and three copies of one of them, indexed locally by the real indexer and pushed by the real
/// <c>indexer push</c> code into a fresh, uniquely named index on the cluster of <c>SEARCHENGINE_ES_URL</c> (its template
/// is named after it, so a real deployment's is left alone). Both are removed afterwards. Made on first use only, so a
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

    /// <summary>The seeds and the three copies, as files in <c>src</c> under <paramref name="folder"/>; returns that folder.</summary>
    public static string WriteSources(TempFolder folder)
    {
        var sources = folder.Combine("src");
        Directory.CreateDirectory(sources);
        foreach (var seed in Directory.GetFiles(RepoPaths.Seeds, "*.txt")) File.Copy(seed, Path.Combine(sources, Path.GetFileName(seed)));
        File.WriteAllText(Path.Combine(sources, "copies.jsonl"), Copies());
        return sources;
    }

    /// <summary>The sources pushed by <c>indexer push</c>'s own code to <paramref name="target"/>, as a user's push sends them.</summary>
    public static BulkReport Push(string sources, IBulkTarget target, string indexName) =>
        new BulkIngest(ArticlePipeline.Default, new BuildOptions { Threads = 1 }, BulkOptions.Default, indexName)
            .RunAsync([sources], target, IBuildProgress.None, IBuildProgress.None).GetAwaiter().GetResult();

    private Loaded Load()
    {
        var connection = ClusterConnection.From(null, Environment.GetEnvironmentVariable)!;
        var sources = WriteSources(_folder);
        var store = new IndexStore(_folder.Combine("index"));
        new IndexBuilder(ArticlePipeline.Default, new BuildOptions { Threads = 1 }).Rebuild([sources], store, IBuildProgress.None);

        var indexName = "searchengine-live-" + Guid.NewGuid().ToString("N")[..12];
        var admin = new HttpClusterTransport(connection);
        var report = Push(sources, new BulkClusterTarget(admin, connection.ToString(), indexName, BulkOptions.Default), indexName);
        if (!report.Complete)
            throw new InvalidOperationException($"the push of the seeds was incomplete: {report.Rejected.Concat(report.Failed).FirstOrDefault()}");
        Send(admin, HttpMethod.Post, $"/{indexName}/_refresh", null);
        return new Loaded(ArticleSearcher.Open(store.Root), new ClusterSearchSession(new HttpClusterTransport(connection), indexName, connection.ToString()), admin, indexName);
    }

    /// <summary>The words the cluster's index analyses <paramref name="text"/> into for <paramref name="field"/> (the <c>_analyze</c> API).</summary>
    public IReadOnlyList<string> Analyze(string field, string text)
    {
        var (_, _, admin, indexName) = _loaded.Value;
        var body = new JsonObject { ["field"] = field, ["text"] = text }.ToJsonString();
        return [.. JsonNode.Parse(Send(admin, HttpMethod.Post, $"/{indexName}/_analyze", body))!["tokens"]!.AsArray().Select(t => t!["token"]!.GetValue<string>())];
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
            admin.SendAsync(HttpMethod.Delete, $"/_index_template/{ClusterTemplate.NameFor(indexName)}", null).GetAwaiter().GetResult();
            admin.Dispose();
        }
        _folder.Dispose();
    }
}
