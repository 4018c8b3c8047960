using System.Diagnostics;
using System.Text.Json;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using SearchEngine.Indexing.Extraction;
using SearchEngine.Indexing.Schema;
using SearchEngine.Indexing.Writing;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace SearchEngine.Benchmarks;

/// <summary>
/// <c>index --corpus FILE --repeat N [--threads T] [--runs R] [--json OUT]</c>: the full pipeline (read, clean, extract, write)
/// against bare Lucene.Net on the same text (StandardAnalyzer, no extraction, the same writer settings), in the same run.
/// Each measurement runs in a child process of its own, so its peak memory is its own.
/// </summary>
public static class IndexBenchmark
{
    /// <param name="SignatureSeconds">Full pipeline only: near-duplicate signatures, summed over threads.</param>
    /// <param name="ClusteringSeconds">Full pipeline only: clustering the signatures.</param>
    /// <param name="CpuSeconds">Processor time of the whole child process, all threads: steadier than wall time on a shared machine.</param>
    /// <param name="GcPauseSeconds">Time the runtime paused the process to collect garbage.</param>
    public sealed record Figures(int Documents, double Seconds, double DocsPerSecond, double MbPerSecond, double PeakMemoryMb, long IndexBytes,
        double SignatureSeconds = 0, double ClusteringSeconds = 0, double CpuSeconds = 0, double GcPauseSeconds = 0);

    public static int Run(string[] args)
    {
        var a = new BenchmarkArgs(args);
        if (a.Get("--child") is { } mode)
            return RunChild(mode, a.Require("--file"), a.Require("--index"), a.GetInt("--threads", 1));

        var corpus = a.Require("--corpus");
        var repeat = a.GetInt("--repeat", 1);
        var threads = a.GetInt("--threads", Environment.ProcessorCount);
        var runs = a.GetInt("--runs", 3);
        var work = Path.Combine(Path.GetTempPath(), $"searchengine-bench-{Environment.ProcessId}");
        try
        {
            var file = RepeatedCorpus.Write(corpus, repeat, work);
            var megabytes = new FileInfo(file).Length / 1048576.0;
            Console.WriteLine($"corpus: {corpus} ×{repeat} = {megabytes:0.0} MB of JSON Lines; {runs} runs each, interleaved, threads {threads}");
            var full = new List<Figures>();
            var bare = new List<Figures>();
            for (var run = 0; run < runs; run++)
            {
                bare.Add(Child("bare", file, work, threads, megabytes));
                full.Add(Child("full", file, work, threads, megabytes));
            }
            PrintRuns("bare", bare);
            PrintRuns("full", full);
            var medianFull = Median(full);
            var medianBare = Median(bare);
            Print("bare", medianBare);
            Print("full", medianFull);
            Console.WriteLine($"full/bare docs per second: {medianFull.DocsPerSecond / medianBare.DocsPerSecond:P0}; " +
                              $"per run, interleaved: {string.Join(" ", full.Zip(bare, (f, b) => $"{f.DocsPerSecond / b.DocsPerSecond:P0}"))}");
            Console.WriteLine($"full/bare processor time: {MedianCpu(full) / MedianCpu(bare):0.00}×");
            Console.WriteLine($"near-duplicates in the full run: signatures {medianFull.SignatureSeconds:0.00} s + clustering {medianFull.ClusteringSeconds:0.00} s = " +
                              $"{NearDuplicateShare(medianFull, threads):P1} of its thread time");
            // A share within one run is steadier than the median run's on a shared machine: a busy moment slows both parts.
            var shares = full.Select(f => NearDuplicateShare(f, threads)).ToList();
            Console.WriteLine($"near-duplicate share per run: {string.Join(" ", shares.Select(x => x.ToString("P1")))}; median {Stats.Median(shares):P1}");
            if (a.Get("--json") is { } json)
                File.WriteAllText(json, JsonSerializer.Serialize(new { documents = medianFull.Documents, threads, repeat, full = medianFull, bare = medianBare }, RepeatedCorpus.Json));
            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static void Print(string name, Figures f) =>
        Console.WriteLine($"{name,-5} {f.Documents,9:N0} docs  {f.Seconds,7:0.00} s  {f.DocsPerSecond,8:N0} docs/s  {f.MbPerSecond,6:0.0} MB/s  peak {f.PeakMemoryMb,6:N0} MB  index {f.IndexBytes / 1048576.0,7:0.0} MB  cpu {f.CpuSeconds,6:0.00} s  gc pauses {f.GcPauseSeconds,5:0.00} s");

    private static void PrintRuns(string name, List<Figures> runs) =>
        Console.WriteLine($"{name} runs: {string.Join("  ", runs.Select(f => $"{f.DocsPerSecond:N0} docs/s ({f.CpuSeconds:0.0} cpu s, {f.PeakMemoryMb:N0} MB)"))}");

    private static double NearDuplicateShare(Figures f, int threads) => (f.SignatureSeconds + f.ClusteringSeconds) / (f.Seconds * threads);

    private static double MedianCpu(List<Figures> runs) => Stats.Median(runs.Select(f => f.CpuSeconds));

    /// <summary>The run with the median throughput.</summary>
    private static Figures Median(List<Figures> runs) => runs.OrderBy(f => f.DocsPerSecond).ElementAt(runs.Count / 2);

    private static Figures Child(string mode, string file, string work, int threads, double megabytes)
    {
        var index = Path.Combine(work, $"index-{mode}");
        if (Directory.Exists(index)) Directory.Delete(index, recursive: true);
        // With the indexer's runtime settings (JIT, GC), so both runs measure what the shipped indexer would do.
        var dll = typeof(IndexBenchmark).Assembly.Location;
        var runtimeConfig = Path.Combine(Path.GetDirectoryName(dll)!, "indexer.runtimeconfig.json");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true };
        foreach (var arg in new[] { "exec", "--runtimeconfig", runtimeConfig, dll, "index", "--child", mode, "--file", file, "--index", index, "--threads", threads.ToString() })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{mode} run failed: {output}");
        var figures = JsonSerializer.Deserialize<Figures>(output, RepeatedCorpus.Json)!;
        return figures with { MbPerSecond = megabytes / figures.Seconds };
    }

    private static int RunChild(string mode, string file, string index, int threads)
    {
        var clock = Stopwatch.StartNew();
        var report = mode == "full" ? IndexFull(file, index, threads) : null;
        var documents = report?.Indexed ?? IndexBare(file, index, threads);
        clock.Stop();
        var bytes = Directory.EnumerateFiles(index, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        using var self = Process.GetCurrentProcess();
        var figures = new Figures(documents, clock.Elapsed.TotalSeconds, documents / clock.Elapsed.TotalSeconds, 0, self.PeakWorkingSet64 / 1048576.0, bytes,
            report?.Duplicates?.SignatureTime.TotalSeconds ?? 0, report?.Duplicates?.ClusteringTime.TotalSeconds ?? 0, self.TotalProcessorTime.TotalSeconds, GC.GetTotalPauseDuration().TotalSeconds);
        Console.WriteLine(JsonSerializer.Serialize(figures, RepeatedCorpus.Json));
        return 0;
    }

    private static BuildReport IndexFull(string file, string index, int threads) =>
        new IndexBuilder(ArticlePipeline.Default, new BuildOptions { Threads = threads }).Rebuild([file], new IndexStore(index), IBuildProgress.None);

    /// <summary>
    /// The floor: parse each record and index its title and body with StandardAnalyzer, nothing else; it reuses its
    /// fields per thread as the full pipeline does, so the baseline is as fast as Lucene allows.
    /// </summary>
    private static int IndexBare(string file, string index, int threads)
    {
        using var directory = IndexStore.OpenDirectory(index);
        using var writer = new IndexWriter(directory, WriterSettings.Create(new StandardAnalyzer(ArticleSchema.Version), OpenMode.CREATE, new BuildOptions { Threads = threads }));
        using var documents = new ThreadLocal<BareDocument>(() => new BareDocument());
        var count = 0;
        Parallel.ForEach(RepeatedCorpus.ReadLines(file), new ParallelOptions { MaxDegreeOfParallelism = threads }, line =>
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            writer.AddDocument(documents.Value!.Fill(root.GetProperty("id").ToString(), Text(root, "title"), Text(root, "body")));
            Interlocked.Increment(ref count);
        });
        writer.Commit();
        return count;
    }

    private sealed class BareDocument
    {
        private readonly StringField _id = new("id", "", Field.Store.YES);
        private readonly TextField _title = new("title", "", Field.Store.YES);
        private readonly TextField _body = new("body", "", Field.Store.YES);
        private readonly LuceneDocument _document;

        public BareDocument() => _document = [_id, _title, _body];

        public LuceneDocument Fill(string id, string title, string body)
        {
            _id.SetStringValue(id);
            _title.SetStringValue(title);
            _body.SetStringValue(body);
            return _document;
        }
    }

    private static string Text(System.Text.Json.JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";
}
