using System.Diagnostics;
using System.Text.Json;
using SearchEngine.Indexing.Cluster;
using SearchEngine.Indexing.Extraction;
using SearchEngine.Indexing.Writing;

namespace SearchEngine.Benchmarks;

/// <summary>
/// <c>cluster-ingest --corpus FILE [--repeat N] [--runs R] [--threads T]</c>: <c>indexer push --ndjson</c> (the pipeline
/// ending in bulk files) against <c>indexer rebuild</c> (the same pipeline ending in a Lucene index) of the same
/// repeated corpus, each run in its own process with the indexer's runtime settings, interleaved. Prints medians of
/// articles per second and bytes per article: the NDJSON a cluster is sent, and the local index, per article.
/// </summary>
public static class ClusterIngestBenchmark
{
    /// <param name="Bytes">The bulk files' bytes, or the index folder's.</param>
    /// <param name="CpuSeconds">Processor time of the whole child process, all threads.</param>
    public sealed record Figures(int Articles, double Seconds, double ArticlesPerSecond, long Bytes, double PeakMemoryMb, double CpuSeconds)
    {
        public double BytesPerArticle => Articles == 0 ? 0 : Bytes / (double)Articles;
    }

    public static int Run(string[] args)
    {
        var a = new BenchmarkArgs(args);
        if (a.Get("--child") is { } mode)
            return RunChild(mode, a.Require("--file"), a.Require("--out"), a.GetInt("--threads", 1));

        var corpus = a.Require("--corpus");
        var repeat = a.GetInt("--repeat", 5);
        var runs = a.GetInt("--runs", 3);
        var threads = a.GetInt("--threads", Environment.ProcessorCount);
        var work = Path.Combine(Path.GetTempPath(), $"searchengine-bench-{Environment.ProcessId}");
        try
        {
            var file = RepeatedCorpus.Write(corpus, repeat, work);
            Console.WriteLine($"corpus: {corpus} ×{repeat} = {new FileInfo(file).Length / 1048576.0:0.0} MB of JSON Lines; {runs} runs each, interleaved, threads {threads}; load {LoadAverage()}");
            var local = new List<Figures>();
            var ndjson = new List<Figures>();
            for (var run = 0; run < runs; run++)
            {
                local.Add(Child("local", file, work, threads));
                ndjson.Add(Child("ndjson", file, work, threads));
            }
            Console.WriteLine($"local runs:  {string.Join("  ", local.Select(f => $"{f.ArticlesPerSecond:N0}/s"))}");
            Console.WriteLine($"ndjson runs: {string.Join("  ", ndjson.Select(f => $"{f.ArticlesPerSecond:N0}/s"))}");
            var (medianLocal, medianNdjson) = (Median(local), Median(ndjson));
            Print("local", medianLocal, "index");
            Print("ndjson", medianNdjson, "NDJSON");
            Console.WriteLine($"ndjson/local articles per second: {medianNdjson.ArticlesPerSecond / medianLocal.ArticlesPerSecond:0.00}×; per round, interleaved: "
                              + string.Join(" ", ndjson.Zip(local, (n, l) => $"{n.ArticlesPerSecond / l.ArticlesPerSecond:0.00}×")));
            Console.WriteLine($"NDJSON/index bytes per article: {medianNdjson.BytesPerArticle / medianLocal.BytesPerArticle:0.00}×; load at the end {LoadAverage()}");
            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static void Print(string name, Figures f, string what) =>
        Console.WriteLine($"{name,-6} median: {f.Articles,9:N0} articles  {f.Seconds,7:0.00} s  {f.ArticlesPerSecond,7:N0} articles/s  "
                          + $"{what} {f.Bytes / 1048576.0,7:0.0} MB = {f.BytesPerArticle,6:N0} bytes/article  peak {f.PeakMemoryMb,5:N0} MB  cpu {f.CpuSeconds,6:0.0} s");

    /// <summary>The run with the median throughput.</summary>
    private static Figures Median(List<Figures> runs) => runs.OrderBy(f => f.ArticlesPerSecond).ElementAt(runs.Count / 2);

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static Figures Child(string mode, string file, string work, int threads)
    {
        var output = Path.Combine(work, $"out-{mode}");
        if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        // With the indexer's runtime settings (JIT, GC), so both runs measure what the shipped indexer would do.
        var dll = typeof(ClusterIngestBenchmark).Assembly.Location;
        var runtimeConfig = Path.Combine(Path.GetDirectoryName(dll)!, "indexer.runtimeconfig.json");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true };
        foreach (var arg in new[] { "exec", "--runtimeconfig", runtimeConfig, dll, "cluster-ingest", "--child", mode, "--file", file, "--out", output, "--threads", threads.ToString() })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{mode} run failed: {text}");
        var figures = JsonSerializer.Deserialize<Figures>(text, RepeatedCorpus.Json)!;
        Directory.Delete(output, recursive: true);
        return figures;
    }

    private static int RunChild(string mode, string file, string output, int threads)
    {
        var options = new BuildOptions { Threads = threads };
        var clock = Stopwatch.StartNew();
        int articles;
        if (mode == "local")
            articles = new IndexBuilder(ArticlePipeline.Default, options).Rebuild([file], new IndexStore(output), IBuildProgress.None).Indexed;
        else
        {
            var report = new BulkIngest(ArticlePipeline.Default, options, BulkOptions.Default, ClusterConnection.DefaultIndexName)
                .RunAsync([file], new BulkFileTarget(output), IBuildProgress.None, IBuildProgress.None).GetAwaiter().GetResult();
            articles = report.Sent;
        }
        clock.Stop();
        var bytes = mode == "local"
            ? Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length)
            : Directory.EnumerateFiles(output, "bulk-*.ndjson").Sum(f => new FileInfo(f).Length);
        using var self = Process.GetCurrentProcess();
        var figures = new Figures(articles, clock.Elapsed.TotalSeconds, articles / clock.Elapsed.TotalSeconds, bytes, self.PeakWorkingSet64 / 1048576.0,
            self.TotalProcessorTime.TotalSeconds);
        Console.WriteLine(JsonSerializer.Serialize(figures, RepeatedCorpus.Json));
        return 0;
    }
}
