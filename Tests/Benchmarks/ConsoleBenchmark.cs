using System.Diagnostics;
using SearchEngine.Indexing.Extraction;
using SearchEngine.Indexing.Schema;
using SearchEngine.Indexing.Writing;
using SearchEngine.Querying.Search;
using SearchEngine.Querying.Tui.Models;

namespace SearchEngine.Benchmarks;

/// <summary>
/// <c>console --index DIR --queries FILE [--rounds N] [--width W --height H]</c>, or <c>--source CORPUS --repeat N</c>
/// instead of <c>--index</c> to build a repeated corpus first: keystroke to redrawn results, as the console does it.
/// Each query is typed a character at a time; every prefix is one keystroke, timed from the query bar's text changing
/// to every line of the search screen built (search with facets, collapse and snippets in <see cref="SearchConsole"/>,
/// then the rows of the hits, facets, timeline, status and keys in view). Terminal.Gui's own drawing and the terminal
/// are left out (<c>console-tmux</c> has them). One thread, after one warm-up pass. The text is read as typed (an open
/// quote closed, the last word a prefix too); "errors" counts prefixes that still do not parse (an unclosed bracket),
/// which cost a parse and leave the last results; "searched" is every other keystroke.
/// Queries file: CLASS&lt;TAB&gt;QUERY[&lt;TAB&gt;dim=value;dim=value], # for comments; filters are picked before typing.
/// </summary>
public static class ConsoleBenchmark
{

    private sealed record Keystroke(string Class, double Ms, bool Failed);

    public static int Run(string[] args)
    {
        var a = new BenchmarkArgs(args);
        var queries = BenchQueries.Read(a.Require("--queries"));
        var rounds = a.GetInt("--rounds", 3);
        var width = a.GetInt("--width", 120);
        var height = a.GetInt("--height", 40);
        var work = Path.Combine(Path.GetTempPath(), $"searchengine-console-bench-{Environment.ProcessId}");
        try
        {
            var indexDirectory = a.Get("--index") ?? Build(a.Require("--source"), a.GetInt("--repeat", 1), work);
            using var searcher = ArticleSearcher.Open(indexDirectory);
            var keystrokes = queries.Sum(q => q.Text.Length);
            Console.WriteLine($"index: {indexDirectory} ({searcher.DocumentCount:N0} documents); {queries.Count} queries typed as " +
                              $"{keystrokes} keystrokes, {rounds} timed rounds after 1 warm-up, screen {width}×{height}, one thread");

            TypeAll(searcher, queries, width, height);
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var timed = new List<Keystroke>();
            for (var round = 0; round < rounds; round++) timed.AddRange(TypeAll(searcher, queries, width, height));

            Console.WriteLine($"{"class",-10} {"keys",6} {"errors",6}  {"p50 ms",8} {"p95",8} {"p99",8} {"max",8}");
            foreach (var group in timed.GroupBy(k => k.Class)) Print(group.Key, [.. group]);
            Print("all", timed);
            Print("searched", [.. timed.Where(k => !k.Failed)]);
            return 0;
        }
        finally
        {
            if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>Types every query into a fresh console, prefix by prefix, as a user would.</summary>
    private static List<Keystroke> TypeAll(ArticleSearcher searcher, List<BenchQuery> queries, int width, int height)
    {
        var keystrokes = new List<Keystroke>();
        foreach (var query in queries)
        {
            var console = new SearchConsole(searcher, new InlineLane(), new InlineLane());
            var layout = ConsoleLayout.Search(width, height);
            console.UseSnippetLines(layout.SnippetLines);
            console.Show(SearchCriteria.Start with { Filters = query.Filters });
            for (var length = 1; length <= query.Text.Length; length++)
            {
                var start = Stopwatch.GetTimestamp();
                console.SetQueryText(query.Text[..length]);
                var rows = ScreenRows(console, layout);
                var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                if (rows == 0) throw new InvalidOperationException("nothing was built");
                keystrokes.Add(new Keystroke(query.Class, ms, console.Problem is not null));
            }
        }
        return keystrokes;
    }

    /// <summary>Builds every line the search screen shows, as its views ask for them; returns how many.</summary>
    private static int ScreenRows(SearchConsole console, SearchLayout layout)
    {
        var rows = 0;
        var results = console.Results;
        var hitsInView = Math.Min(results.Count, layout.Results.Height / results.ItemHeight + 1);
        for (var item = 0; item < hitsInView; item++) rows += results.Render(item, layout.Results.Width - 1).Count;
        var facetRows = Math.Min(console.Facets.Count, layout.Facets.Height);
        for (var item = 0; item < facetRows; item++) rows += console.Facets.Render(item, layout.Facets.Width - 2).Count;
        rows += console.Timeline.Render(layout.Facets.Width - 2, layout.TimelineRows, date => console.Criteria.IsSelected(FacetDimension.Date, date)).Count;
        rows += console.CriteriaLine(layout.Criteria.Width).Width >= 0 ? 1 : 0;
        rows += console.Summary().Length >= 0 ? 1 : 0;
        rows += KeyMap.Bar(new KeyContext(ConsoleScreen.Search, ConsolePane.Query), layout.Keys.Width).Items.Count > 0 ? 1 : 0;
        return rows;
    }

    private static string Build(string source, int repeat, string work)
    {
        var corpus = RepeatedCorpus.Write(source, repeat, work);
        var index = Path.Combine(work, "index");
        var started = Stopwatch.StartNew();
        var report = new IndexBuilder(ArticlePipeline.Default, new BuildOptions()).Rebuild([corpus], new IndexStore(index), IBuildProgress.None);
        Console.WriteLine($"built: {source} ×{repeat} → {report.Indexed:N0} articles in {started.Elapsed.TotalSeconds:0.0} s");
        return index;
    }

    private static void Print(string name, List<Keystroke> keys)
    {
        var sorted = keys.Select(k => k.Ms).Order().ToArray();
        double At(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        Console.WriteLine($"{name,-10} {keys.Count,6} {keys.Count(k => k.Failed),6}  {At(0.50),8:0.00} {At(0.95),8:0.00} {At(0.99),8:0.00} {sorted[^1],8:0.00}");
    }
}
