using System.Diagnostics;
using SearchEngine.Querying.Search;

namespace SearchEngine.Benchmarks;

/// <summary>
/// <c>scan --text FILE --index DIR --queries FILE [--runs R]</c>: the floor an index must beat by far. For each one-word
/// query of the set, <c>rg -c -i -w TERM</c> over the corpus as plain text against the full search pipeline on the
/// index of the same corpus, in the same run; medians of R runs. All scans run first and all searches after them, so
/// searches are timed warm, as the query benchmark times them, not each one just after a scan of the whole corpus
/// has pushed the index's data out of the processor's caches.
/// </summary>
public static class ScanBenchmark
{
    public static int Run(string[] args)
    {
        var a = new BenchmarkArgs(args);
        var text = a.Require("--text");
        var runs = a.GetInt("--runs", 5);
        var terms = BenchQueries.Read(a.Require("--queries")).Where(q => q.Class == "Term").Select(q => q.Text).ToList();
        var scans = terms.Select(term => Enumerable.Range(0, runs).Select(_ => Ripgrep(term, text)).ToList()).ToList();

        using var searcher = ArticleSearcher.Open(a.Require("--index"));
        // Warm enough for the JIT's optimised tier, as a long-running console would be.
        for (var round = 0; round < 50; round++)
            foreach (var term in terms) searcher.Search(new SearchRequest { QueryText = term });
        var searches = terms.Select(_ => new List<double>(runs)).ToList();
        for (var run = 0; run < runs; run++)
            for (var t = 0; t < terms.Count; t++)
            {
                var start = Stopwatch.GetTimestamp();
                searcher.Search(new SearchRequest { QueryText = terms[t] });
                searches[t].Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }

        Console.WriteLine($"{searcher.DocumentCount:N0} articles; {new FileInfo(text).Length / 1048576.0:0.0} MB of text; median of {runs} runs");
        Console.WriteLine($"{"term",-12} {"rg ms",9} {"search ms",10} {"rg/search",10}");
        var ratios = new List<double>();
        for (var t = 0; t < terms.Count; t++)
        {
            var (scan, search) = (Stats.Median(scans[t]), Stats.Median(searches[t]));
            ratios.Add(scan / search);
            Console.WriteLine($"{terms[t],-12} {scan,9:0.0} {search,10:0.00} {scan / search,9:0}×");
        }
        Console.WriteLine($"{"median",-12} {Stats.Median(scans.Select(Stats.Median)),9:0.0} {Stats.Median(searches.Select(Stats.Median)),10:0.00} {Stats.Median(ratios),9:0}×");
        var (allScans, allSearches) = (Stats.Median(scans.SelectMany(s => s)), Stats.Median(searches.SelectMany(s => s)));
        Console.WriteLine($"p50 of every run: rg {allScans:0.0} ms, search {allSearches:0.00} ms: {allScans / allSearches:0}×");
        return 0;
    }

    private static double Ripgrep(string term, string file)
    {
        var start = new ProcessStartInfo("rg") { RedirectStandardOutput = true };
        foreach (var arg in new[] { "-c", "-i", "-w", term, file }) start.ArgumentList.Add(arg);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start rg (apt-get install ripgrep)");
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return clock.Elapsed.TotalMilliseconds;
    }
}
