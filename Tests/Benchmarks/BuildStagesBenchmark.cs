using System.Diagnostics;
using System.Text.Json;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using SearchEngine.Indexing.Dedup;
using SearchEngine.Indexing.Extraction;
using SearchEngine.Indexing.Schema;
using SearchEngine.Indexing.Sources;
using SearchEngine.Indexing.Writing;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace SearchEngine.Benchmarks;

/// <summary>
/// <c>stages --corpus FILE [--runs R]</c>: where a whole build's time goes, one thread, each stage run to completion over
/// every article before the next (reading, cleaning and extraction, signatures, mapping to documents, Lucene's
/// AddDocument, clustering, the flush and doc-values moves, commit), next to the bare baseline's stages on the same file
/// with the same writer settings. Medians of R runs in one process; the first run also pays for JIT.
/// </summary>
public static class BuildStagesBenchmark
{
    public static int Run(string[] args)
    {
        var a = new BenchmarkArgs(args);
        var corpus = a.Require("--corpus");
        var runs = a.GetInt("--runs", 3);
        var work = Path.Combine(Path.GetTempPath(), $"searchengine-stages-{Environment.ProcessId}");
        var full = new List<Dictionary<string, double>>();
        var bare = new List<Dictionary<string, double>>();
        try
        {
            for (var run = 0; run < runs; run++)
            {
                bare.Add(Bare(corpus, Fresh(work, "bare")));
                full.Add(Full(corpus, Fresh(work, "full")));
            }
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
        Console.WriteLine($"{corpus}: median of {runs} runs, one thread (first runs, with JIT: bare {bare[0].Values.Sum() / 1000:0.00} s, full {full[0].Values.Sum() / 1000:0.00} s)");
        var bareTotal = Print("bare", bare);
        var fullTotal = Print("full", full);
        Console.WriteLine($"full/bare time: {fullTotal / bareTotal:0.00}×");
        return 0;
    }

    private static string Fresh(string work, string name)
    {
        var path = Path.Combine(work, name);
        if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        return path;
    }

    private static double Print(string name, List<Dictionary<string, double>> runs)
    {
        var medians = runs[0].Keys.ToDictionary(k => k, k => Stats.Median(runs.Select(r => r[k])));
        var total = medians.Values.Sum();
        Console.WriteLine($"{name}: {total / 1000:0.00} s");
        foreach (var (stage, ms) in medians)
            Console.WriteLine($"  {stage,-22} {ms,8:N0} ms  {ms / total,5:P0}");
        return total;
    }

    private static Dictionary<string, double> Full(string corpus, string index)
    {
        var times = new Dictionary<string, double>();
        var clock = Stopwatch.StartNew();
        double Lap() { var ms = clock.Elapsed.TotalMilliseconds; clock.Restart(); return ms; }

        var raws = new SourceScanner(SourceOptions.Default).Read(SourceScanner.FindFiles([corpus])).OfType<ArticleRecord>().Select(r => r.Article).ToList();
        times["read and parse JSON"] = Lap();
        var articles = raws.Select(r => ArticlePipeline.Default.Process(r)).ToList();
        times["clean and extract"] = Lap();
        var fingerprints = new FingerprintBuilder(DedupSettings.Default);
        var signatures = articles.Select(x => fingerprints.Compute(x.Body)).ToList();
        times["signatures"] = Lap();

        using var directory = IndexStore.OpenDirectory(index);
        using var writer = new IndexWriter(directory, WriterSettings.Create(ArticleSchema.CreateAnalyzer(), OpenMode.CREATE, new BuildOptions()));
        times["open writer"] = Lap();
        var mapper = new DocumentMapper();
        long mapTicks = 0, addTicks = 0;
        for (var i = 0; i < articles.Count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var doc = mapper.Map(articles[i], signatures[i]);
            var mapped = Stopwatch.GetTimestamp();
            writer.AddDocument(doc);
            addTicks += Stopwatch.GetTimestamp() - mapped;
            mapTicks += mapped - start;
        }
        Lap();
        times["map to documents"] = Stopwatch.GetElapsedTime(0, mapTicks).TotalMilliseconds;
        times["AddDocument"] = Stopwatch.GetElapsedTime(0, addTicks).TotalMilliseconds;

        var documents = articles.Select((x, i) => new DedupDocument(x.Id, signatures[i], x.Published?.Value, x.Body.Length, x.Outlet));
        var clusters = new DuplicateClusterer(DedupSettings.Default).Cluster(documents);
        times["clustering"] = Lap();
        writer.Flush(triggerMerge: false, applyAllDeletes: true);
        times["flush"] = Lap();
        ClusterPlacement.Apply(writer, clusters, ClusterPlacement.Alone);
        times["move copies (doc values)"] = Lap();
        writer.Commit();
        times["commit"] = Lap();
        return times;
    }

    /// <summary>What the index benchmark's bare run does, in stages.</summary>
    private static Dictionary<string, double> Bare(string corpus, string index)
    {
        var times = new Dictionary<string, double>();
        var clock = Stopwatch.StartNew();
        double Lap() { var ms = clock.Elapsed.TotalMilliseconds; clock.Restart(); return ms; }

        var records = RepeatedCorpus.ReadLines(corpus).Select(Parse).ToList();
        times["read and parse JSON"] = Lap();
        using var directory = IndexStore.OpenDirectory(index);
        using var writer = new IndexWriter(directory, WriterSettings.Create(new StandardAnalyzer(ArticleSchema.Version), OpenMode.CREATE, new BuildOptions()));
        times["open writer"] = Lap();
        foreach (var (id, title, body) in records)
            writer.AddDocument(new LuceneDocument
            {
                new StringField("id", id, Field.Store.YES),
                new TextField("title", title, Field.Store.YES),
                new TextField("body", body, Field.Store.YES),
            });
        times["AddDocument"] = Lap();
        writer.Commit();
        times["commit"] = Lap();
        return times;
    }

    private static (string Id, string Title, string Body) Parse(string line)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        return (root.GetProperty("id").ToString(), Text(root, "title"), Text(root, "body"));
    }

    private static string Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";
}
