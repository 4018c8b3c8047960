using System.Diagnostics;

namespace SearchEngine.Benchmarks;

/// <summary>
/// <c>coldstart --index DIR [--query Q] [--runs N] [--exe PATH]</c>: <c>query search</c> as a whole process, start to exit,
/// warm disk; the median of N runs. The baseline in the same run is a process that does nothing (<c>dotnet --version</c>
/// style start-up cost of the runtime). <c>--exe</c> times another build, e.g. a ReadyToRun publish.
/// </summary>
public static class ColdStartBenchmark
{
    public static int Run(string[] args)
    {
        var a = new BenchmarkArgs(args);
        var index = a.Require("--index");
        var query = a.Get("--query") ?? "oil prices";
        var runs = a.GetInt("--runs", 21);
        var exe = a.Get("--exe");
        var queryDll = Path.Combine(AppContext.BaseDirectory, "query.dll");

        string[] Command(params string[] rest) => exe is null ? ["dotnet", queryDll, .. rest] : [exe, .. rest];
        var search = Command("search", query, "--index", index, "--format", "json");
        var help = Command("--version");
        Time(search);
        var searchMs = new List<double>();
        var startupMs = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            startupMs.Add(Time(help));
            searchMs.Add(Time(search));
        }
        Console.WriteLine($"{(exe ?? "dotnet query.dll")}: median of {runs} runs, interleaved");
        Console.WriteLine($"  start-up only (--version): {Stats.Median(startupMs),7:0} ms");
        Console.WriteLine($"  search \"{query}\":          {Stats.Median(searchMs),7:0} ms");
        return 0;
    }

    private static double Time(string[] command)
    {
        var start = new ProcessStartInfo(command[0]) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in command[1..]) start.ArgumentList.Add(arg);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{string.Join(' ', command)} exited {process.ExitCode}");
        return clock.Elapsed.TotalMilliseconds;
    }

}
