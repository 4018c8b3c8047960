using System.Diagnostics;
using SearchEngine.Indexing.Cleaning;
using SearchEngine.Indexing.Dedup;
using SearchEngine.Indexing.Extraction;
using SearchEngine.Indexing.Sources;

namespace SearchEngine.Benchmarks;

/// <summary>
/// <c>pipeline --corpus PATH [--runs R]</c>: where the indexing pipeline's time goes, stage by stage (cleaning, each extractor, the near-duplicate signature), on articles read into memory first so reading is not counted. Single thread, warm; medians of R runs.
/// </summary>
public static class PipelineBenchmark
{
    public static int Run(string[] args)
    {
        var a = new BenchmarkArgs(args);
        var runs = a.GetInt("--runs", 5);
        var articles = new SourceScanner(SourceOptions.Default).Read(SourceScanner.FindFiles([a.Require("--corpus")]))
            .OfType<ArticleRecord>().Select(r => r.Article).ToList();
        var megabytes = articles.Sum(r => (long)r.Text.Length) * 2 / 1048576.0;
        Console.WriteLine($"{articles.Count:N0} articles, {megabytes:0.0} MB of text (UTF-16); median of {runs} runs, one thread");

        var fingerprints = new FingerprintBuilder(DedupSettings.Default);
        var stages = new (string Name, Func<RawArticle, CleanedPage, object?> Work)[]
        {
            ("title", (raw, page) => TitleExtractor.Extract(page, raw.Metadata)),
            ("outlet", (raw, page) => OutletExtractor.Extract(page, raw.Metadata)),
            ("date", (raw, page) => PublicationDateExtractor.Extract(page, raw.Metadata)),
            ("byline", (raw, page) => BylineExtractor.Extract(page, raw.Metadata)),
            ("people", (raw, page) => PeopleExtractor.Extract(page, raw.Metadata)),
            ("signature", (_, page) => fingerprints.Compute(page.Body)),
        };
        var cleaning = new List<double>();
        var cleaningSteps = new Dictionary<string, List<double>>();
        var perStage = stages.ToDictionary(s => s.Name, _ => new List<double>());
        for (var run = 0; run < runs; run++)
        {
            var clock = Stopwatch.StartNew();
            var pages = articles.Select(r => PageCleaner.Default.Clean(r.Text, r.Metadata.Title)).ToList();
            cleaning.Add(clock.Elapsed.TotalMilliseconds);
            foreach (var (step, ms) in CleaningSteps(articles))
                (cleaningSteps.TryGetValue(step, out var list) ? list : cleaningSteps[step] = []).Add(ms);
            foreach (var (name, work) in stages)
            {
                clock.Restart();
                for (var i = 0; i < articles.Count; i++)
                    work(articles[i], pages[i]);
                perStage[name].Add(clock.Elapsed.TotalMilliseconds);
            }
        }
        var total = Stats.Median(cleaning) + perStage.Values.Sum(Stats.Median);
        Print("cleaning", Stats.Median(cleaning), total, articles.Count);
        foreach (var (step, times) in cleaningSteps)
            Print($"  {step}", Stats.Median(times), total, articles.Count);
        foreach (var (name, times) in perStage)
            Print(name, Stats.Median(times), total, articles.Count);
        Console.WriteLine($"{"total",-22} {total,9:N0} ms  {articles.Count / (total / 1000):N0} articles/s");
        return 0;
    }

    /// <summary>The cleaner's steps timed one by one over every article: splitting, each rule in order, and building the page.</summary>
    private static Dictionary<string, double> CleaningSteps(List<RawArticle> articles)
    {
        var clock = Stopwatch.StartNew();
        var drafts = articles.Select(r => new PageDraft(PageSplitter.Split(r.Text), r.Metadata.Title)).ToList();
        var steps = new Dictionary<string, double> { ["split"] = clock.Elapsed.TotalMilliseconds };
        foreach (var rule in PageCleaner.Default.Rules)
        {
            clock.Restart();
            foreach (var draft in drafts) rule.Apply(draft);
            steps[rule.GetType().Name] = clock.Elapsed.TotalMilliseconds;
        }
        clock.Restart();
        foreach (var draft in drafts) draft.ToPage();
        steps["to page"] = clock.Elapsed.TotalMilliseconds;
        return steps;
    }

    private static void Print(string name, double ms, double total, int count) =>
        Console.WriteLine($"{name,-22} {ms,9:N0} ms  {ms / total,5:P0}  {count / (ms / 1000),10:N0} articles/s");

}
