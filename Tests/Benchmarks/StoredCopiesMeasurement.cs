using System.Diagnostics;
using SearchEngine.Indexing.Cluster;
using SearchEngine.Indexing.Dedup;

namespace SearchEngine.Benchmarks;

/// <summary>
/// <c>copies reuters|meter --corpus PATH [--batch N]</c>: the stored-copy finder (what a cluster ingest runs) fed a corpus
/// in batches in date order, with the stored articles in memory, against the local clusterer over the whole corpus in
/// the same run: pairs of copies clustered by both, only locally, only incrementally; the local links of each kind
/// found again; candidates a lookup fetches per article; time per article; and what the keys and signature weigh in a
/// cluster document.
/// </summary>
public static class StoredCopiesMeasurement
{
    public static int Run(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: copies <reuters|meter> --corpus PATH [--batch N]");
            return 2;
        }
        var options = new BenchmarkArgs(args[1..]);
        var corpus = options.Require("--corpus");
        List<DedupMeasurement.Text> texts = args[0] switch
        {
            "reuters" => DedupMeasurement.ReadReuters(corpus),
            "meter" => [.. DedupMeasurement.MeterCorpus.Load(corpus).Texts()],
            _ => throw new ArgumentException($"unknown corpus kind '{args[0]}'"),
        };
        Measure(texts, DedupSettings.Default, options.GetInt("--batch", 1000)).GetAwaiter().GetResult();
        return 0;
    }

    private static async Task Measure(List<DedupMeasurement.Text> texts, DedupSettings settings, int batchSize)
    {
        var builder = new FingerprintBuilder(settings);
        var documents = texts.Select(t => new DedupDocument(t.Id, builder.Compute(t.Body), t.Published, t.Body.Length, t.Outlet)).ToList();
        Console.WriteLine($"settings: {settings.Serialize()}");
        Console.WriteLine($"texts: {documents.Count}, {documents.Count(d => d.Published is null)} undated; batches of {batchSize} in date order");
        DocumentWeight(documents, settings);

        var clock = Stopwatch.StartNew();
        var local = new DuplicateClusterer(settings).Cluster(documents);
        Console.WriteLine($"local clustering: {clock.Elapsed.TotalSeconds:F2} s");

        var stored = new MemoryCopyCandidates(settings);
        var finder = new StoredCopyFinder(stored, settings);
        var perArticle = new List<int>();
        var perBatch = new List<double>();
        var findTime = TimeSpan.Zero;
        var moves = 0;
        var moved = 0;
        var found = new List<DuplicateLink>();
        foreach (var batch in documents.OrderBy(d => d.Published ?? DateTime.MaxValue).ThenBy(d => d.Id, StringComparer.Ordinal).Chunk(batchSize))
        {
            // What each article alone would fetch from the stored articles; not timed.
            foreach (var article in batch)
            {
                var fetched = 0;
                foreach (var lookup in finder.Lookups([article])) fetched += (await stored.FindAsync(lookup)).Count;
                perArticle.Add(fetched);
            }
            clock.Restart();
            var finding = await finder.FindAsync(batch);
            findTime += clock.Elapsed;
            perBatch.Add((double)finding.Candidates / batch.Length);
            found.AddRange(finding.Links);
            foreach (var (article, placement) in batch.Zip(finding.Placements)) stored.Add(article, placement);
            moves += finding.Moves.Count;
            moved += stored.Move(finding.Moves).Count;
        }
        Console.WriteLine($"stored-copy finder: {findTime.TotalSeconds:F2} s, {findTime.TotalMilliseconds * 1000 / documents.Count:F0} µs per article " +
            "(lookup in memory, verification, placement)");
        Console.WriteLine($"candidates fetched per article alone: median {Percentile(perArticle, 0.5)}, p99 {Percentile(perArticle, 0.99)}, " +
            $"max {perArticle.Max()}, mean {perArticle.Average():F1}; per article in its batch: mean {perBatch.Average():F1}");
        Console.WriteLine($"stored clusters moved: {moves} ({moved} stored articles updated)");

        var incremental = stored.Placements().ToDictionary(p => p.Id, p => p.Cluster, StringComparer.Ordinal);
        var localCluster = local.Placements().ToDictionary(p => p.Id, p => ClusterKey.Of(p.Representative), StringComparer.Ordinal);
        Agreement(localCluster, incremental);
        var sameRepresentative = localCluster.Count(p => incremental[p.Key] == p.Value);
        Console.WriteLine($"articles whose cluster key (representative) is the local one: {sameRepresentative} of {localCluster.Count}");
        foreach (var kind in new[] { LinkKind.ExactCopy, LinkKind.NearDuplicate, LinkKind.TrimmedCopy })
        {
            var links = local.Links.Where(l => l.Kind == kind).ToList();
            var together = links.Count(l => incremental[l.Source] == incremental[l.Copy]);
            Console.WriteLine($"local {kind} links: {links.Count}, their two texts together incrementally: {together}");
        }
        Console.WriteLine($"incremental links: {string.Join(", ", found.GroupBy(l => l.Kind).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}"))}");
    }

    /// <summary>Pairs of texts in one cluster: by both, only locally, only incrementally.</summary>
    private static void Agreement(Dictionary<string, long> local, Dictionary<string, long> incremental)
    {
        static long Pairs(IEnumerable<int> sizes) => sizes.Sum(n => (long)n * (n - 1) / 2);
        var both = Pairs(local.GroupBy(p => (p.Value, incremental[p.Key])).Select(g => g.Count()));
        var localPairs = Pairs(local.GroupBy(p => p.Value).Select(g => g.Count()));
        var incrementalPairs = Pairs(incremental.GroupBy(p => p.Value).Select(g => g.Count()));
        Console.WriteLine($"pairs of copies: local {localPairs}, incremental {incrementalPairs}; both {both}, only local {localPairs - both}, " +
            $"only incremental {incrementalPairs - both}");
        Console.WriteLine($"texts in clusters of copies: local {Members(local)}, incremental {Members(incremental)}");
    }

    private static int Members(Dictionary<string, long> clusters) => clusters.GroupBy(p => p.Value).Where(g => g.Count() > 1).Sum(g => g.Count());

    /// <summary>What near-duplicate detection adds to a cluster document: the keys as terms and the signature as base64.</summary>
    private static void DocumentWeight(List<DedupDocument> documents, DedupSettings settings)
    {
        var keys = documents.Select(d => DuplicateKeys.For(d.Fingerprint, settings)).ToList();
        var keyBytes = keys.Average(k => k.Sum(t => t.Length + 3.0));
        var signatureBytes = documents.Average(d => 4.0 * Math.Ceiling(d.Fingerprint.ToBytes().Length / 3.0));
        Console.WriteLine($"per article: {keys.Average(k => k.Count):F1} dup_keys terms ({keyBytes:F0} bytes of JSON), " +
            $"dup_sig {signatureBytes:F0} bytes of base64; distinct keys {keys.SelectMany(k => k).Distinct().Count()} over {keys.Sum(k => k.Count)} terms");
    }

    private static int Percentile(List<int> values, double share)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(share * sorted.Count) - 1)];
    }
}
