using SearchEngine.Benchmarks;

// One command per measurement, so the same work can be pointed at another engine.
var commands = new Dictionary<string, Func<string[], int>>(StringComparer.Ordinal)
{
    ["index"] = IndexBenchmark.Run,
    ["pipeline"] = PipelineBenchmark.Run,
    ["stages"] = BuildStagesBenchmark.Run,
    ["query"] = QueryBenchmark.Run,
    ["people"] = PeopleMeasurement.Run,
    ["dedup"] = DedupMeasurement.Run,
    ["copies"] = StoredCopiesMeasurement.Run,
    ["html"] = HtmlMeasurement.Run,
    ["corpus"] = RepeatedCorpus.Run,
    ["scan"] = ScanBenchmark.Run,
    ["coldstart"] = ColdStartBenchmark.Run,
    ["console"] = ConsoleBenchmark.Run,
    ["console-tmux"] = ConsoleTmuxBenchmark.Run,
    ["faults"] = FaultInjection.Run,
    ["cluster-ingest"] = ClusterIngestBenchmark.Run,
};

if (args.Length == 0 || !commands.TryGetValue(args[0], out var run))
{
    Console.Error.WriteLine($"usage: dotnet run -c Release --project Tests/Benchmarks -- <{string.Join('|', commands.Keys)}> [options]");
    return 2;
}
return run(args[1..]);
