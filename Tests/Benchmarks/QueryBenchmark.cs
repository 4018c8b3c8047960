using System.Diagnostics;
using System.Text.Json;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchEngine.Indexing.Schema;
using SearchEngine.Indexing.Writing;
using SearchEngine.Querying.Search;
using SearchEngine.Querying.Search.Facets;
using SearchEngine.Querying.Search.Parsing;
using LuceneQuery = Lucene.Net.Search.Query;

namespace SearchEngine.Benchmarks;

/// <summary>
/// <c>query --index DIR --queries FILE [--queries FILE…] [--rounds N] [--warmup N] [--json OUT]</c>: per query, warm and on one thread,
/// a bare top-10 <see cref="IndexSearcher.Search(LuceneQuery, int)"/> (the floor: the parsed query, facet filters as a
/// plain filter) against the full pipeline (<see cref="ArticleSearcher.Search"/>: parse, top 10, facets, snippets).
/// The two alternate query by query, round by round, so drift in the machine hits both alike.
/// Queries file: CLASS&lt;TAB&gt;QUERY[&lt;TAB&gt;dim=value;dim=value], # for comments.
/// </summary>
public static class QueryBenchmark
{
    public sealed record Percentiles(double P50Ms, double P95Ms, double P99Ms);


    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true };

    public static int Run(string[] args)
    {
        var a = new BenchmarkArgs(args);
        var indexDirectory = a.Require("--index");
        var queries = BenchQueries.Read(a.GetAll("--queries"));
        var rounds = a.GetInt("--rounds", 100);
        var warmup = a.GetInt("--warmup", 20);

        using var full = ArticleSearcher.Open(indexDirectory);
        using var directory = new IndexStore(indexDirectory).OpenCurrent();
        using var reader = DirectoryReader.Open(directory);
        using var analyzer = ArticleSchema.CreateAnalyzer();
        var bare = new IndexSearcher(reader) { Similarity = ArticleSchema.CreateSimilarity() };
        var parser = new ArticleQueryParser(reader, analyzer);
        var bareQueries = queries.Select(q => BareQuery(parser, q)).ToArray();
        var requests = queries.Select(q => new SearchRequest { QueryText = q.Text, Filters = q.Filters, Limit = 10 }).ToArray();
        // The same work without snippets, to show what highlighting by re-analysis costs within the pipeline.
        var unhighlighted = requests.Select(r => r with { SnippetsPerHit = 0 }).ToArray();
        // And without collapsing copies, to show what grouping every match by cluster costs.
        var uncollapsed = requests.Select(r => r with { Collapse = false }).ToArray();

        Console.WriteLine($"index: {indexDirectory} ({reader.NumDocs:N0} documents, {reader.Leaves.Count} segments); " +
                          $"{queries.Count} queries, {warmup} warm-up and {rounds} timed rounds each, one thread");
        CheckSameHits(bare, bareQueries, full, requests, queries);

        for (var round = 0; round < warmup; round++)
        {
            for (var q = 0; q < queries.Count; q++)
            {
                bare.Search(bareQueries[q], 10);
                full.Search(requests[q]);
            }
        }
        GC.Collect();
        GC.WaitForPendingFinalizers();

        var bareMs = queries.Select(_ => new List<double>(rounds)).ToArray();
        var fullMs = queries.Select(_ => new List<double>(rounds)).ToArray();
        var unhighlightedMs = new List<double>(rounds * queries.Count);
        var uncollapsedMs = new List<double>(rounds * queries.Count);
        for (var round = 0; round < rounds; round++)
        {
            for (var q = 0; q < queries.Count; q++)
            {
                var start = Stopwatch.GetTimestamp();
                bare.Search(bareQueries[q], 10);
                bareMs[q].Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                start = Stopwatch.GetTimestamp();
                full.Search(requests[q]);
                fullMs[q].Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                start = Stopwatch.GetTimestamp();
                full.Search(unhighlighted[q]);
                unhighlightedMs.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                start = Stopwatch.GetTimestamp();
                full.Search(uncollapsed[q]);
                uncollapsedMs.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }

        Console.WriteLine($"{"class",-10} {"queries",7}  {"bare p50",9} {"p95",7} {"p99",7}  {"full p50",9} {"p95",7} {"p99",7}  {"full/bare p50",13}");
        foreach (var group in Enumerable.Range(0, queries.Count).GroupBy(q => queries[q].Class))
            PrintRow(group.Key, group.Count(), Of(group.SelectMany(q => bareMs[q])), Of(group.SelectMany(q => fullMs[q])));
        var bareAll = Of(bareMs.SelectMany(m => m));
        var fullAll = Of(fullMs.SelectMany(m => m));
        PrintRow("all", queries.Count, bareAll, fullAll);
        var withoutSnippets = Of(unhighlightedMs);
        Console.WriteLine($"full without snippets: p50 {withoutSnippets.P50Ms:0.000} ms; snippets are {(fullAll.P50Ms - withoutSnippets.P50Ms) / fullAll.P50Ms:P0} of the full p50");
        var withoutCollapse = Of(uncollapsedMs);
        Console.WriteLine($"full without collapse: p50 {withoutCollapse.P50Ms:0.000} ms; collapse is {(fullAll.P50Ms - withoutCollapse.P50Ms) / fullAll.P50Ms:P0} of the full p50");

        if (a.Get("--json") is { } json)
        {
            File.WriteAllText(json, JsonSerializer.Serialize(
                new { documents = reader.NumDocs, queries = queries.Count, bare = bareAll, full = fullAll }, Json));
        }
        return 0;
    }

    private static LuceneQuery BareQuery(ArticleQueryParser parser, BenchQuery query)
    {
        var parsed = parser.Parse(query.Text);
        return DrillDown.ToFilter(query.Filters) is { } filter ? new FilteredQuery(parsed, filter) : parsed;
    }

    /// <summary>Both sides must answer the same question, or the comparison means nothing.</summary>
    private static void CheckSameHits(IndexSearcher bare, LuceneQuery[] bareQueries, ArticleSearcher full, SearchRequest[] requests, List<BenchQuery> queries)
    {
        for (var q = 0; q < queries.Count; q++)
        {
            var bareTotal = bare.Search(bareQueries[q], 10).TotalHits;
            var fullTotal = full.Search(requests[q]).TotalArticles;
            if (bareTotal != fullTotal)
                Console.WriteLine($"warning: '{queries[q].Text}' finds {bareTotal} bare but {fullTotal} through the pipeline");
            else if (fullTotal == 0)
                Console.WriteLine($"warning: '{queries[q].Text}' {FiltersText(queries[q].Filters)}finds nothing, so it times an empty result");
        }
    }

    private static string FiltersText(FacetFilters filters) =>
        string.Concat(filters.Selected(FacetDimension.Outlet).Concat(filters.Selected(FacetDimension.People)).Concat(filters.Selected(FacetDimension.Date)).Select(v => $"[{v}] "));

    private static void PrintRow(string name, int count, Percentiles bare, Percentiles full) =>
        Console.WriteLine($"{name,-10} {count,7}  {bare.P50Ms,9:0.000} {bare.P95Ms,7:0.000} {bare.P99Ms,7:0.000}  " +
                          $"{full.P50Ms,9:0.000} {full.P95Ms,7:0.000} {full.P99Ms,7:0.000}  {full.P50Ms / bare.P50Ms,12:0.0}×");

    /// <summary>Nearest-rank percentiles, in milliseconds.</summary>
    private static Percentiles Of(IEnumerable<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        double At(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new Percentiles(At(0.50), At(0.95), At(0.99));
    }
}
