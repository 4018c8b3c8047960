using System.Diagnostics;
using SearchEngine.Querying.Search;

namespace SearchEngine.Benchmarks;

/// <summary>
/// <c>scan --text FILE --index DIR --queries FILE [--runs R]</c>: the floor an index must beat by far. For each one-word
/// query of the set, <c>rg -c -i -w TERM</c> over the corpus as plain text against the full search pipeline on the
/// index of the same corpus, in the same run; medians of R runs.
/// </summary>
public static class ScanBenchmark
{
    public static int Run(string[] args)
    {
        var a = new BenchmarkArgs(args);
        var text = a.Require("--text");
        var runs = a.GetInt("--runs", 5);
        var terms = BenchQueries.Read(a.Require("--queries")).Where(q => q.Class == "Term").Select(q => q.Text).ToList();
        using var searcher = ArticleSearcher.Open(a.Require("--index"));
        // Warm enough for the JIT's optimised tier, as a long-running console would be.
        for (var round = 0; round < 50; round++)
            foreach (var term in terms) searcher.Search(new SearchRequest { QueryText = term });

        Console.WriteLine($"{searcher.DocumentCount:N0} articles; {new FileInfo(text).Length / 1048576.0:0.0} MB of text; median of {runs} runs");
        Console.WriteLine($"{"term",-12} {"rg ms",9} {"search ms",10} {"rg/search",10}");
        var ratios = new List<double>();
        var scans = new List<double>();
        var searches = new List<double>();
        foreach (var term in terms)
        {
            var scan = Median(Enumerable.Range(0, runs).Select(_ => Ripgrep(term, text)));
            var search = Median(Enumerable.Range(0, runs).Select(_ =>
            {
                var start = Stopwatch.GetTimestamp();
                searcher.Search(new SearchRequest { QueryText = term });
                return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }));
            scans.Add(scan);
            searches.Add(search);
            ratios.Add(scan / search);
            Console.WriteLine($"{term,-12} {scan,9:0.0} {search,10:0.00} {scan / search,9:0}×");
        }
        Console.WriteLine($"{"median",-12} {Median(scans),9:0.0} {Median(searches),10:0.00} {Median(ratios),9:0}×");
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

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
