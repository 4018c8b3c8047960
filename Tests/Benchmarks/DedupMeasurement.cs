using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using SearchEngine.Indexing.Dedup;
using SearchEngine.Indexing.Extraction;
using SearchEngine.Indexing.Schema;
using SearchEngine.Indexing.Writing;

namespace SearchEngine.Benchmarks;

/// <summary>
/// Measures near-duplicate detection on real corpora:
/// <c>dedup meter --corpus meter-dev.jsonl [--sweep]</c> indexes METER and scores the index's clusters against its labels;
/// <c>dedup reuters --corpus reuters21578.jsonl.gz [--repeat N]</c> and <c>dedup bbc --corpus bbc-news/bbc</c> compare it with
/// the corpora's mechanically derived duplicate lists and time it. <c>--settings "key=value;…"</c> overrides defaults.
/// <c>--outlets K</c> gives Reuters or BBC texts one of K made-up outlets (by a hash of the id) instead of the one real
/// one, the worst case for the rule that counts takes of another outlet together: outlets that say nothing of content.
/// Everything that reads a particular corpus's layout or labels lives here, never in the library.
/// </summary>
public static class DedupMeasurement
{
    public static int Run(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: dedup <meter|reuters|bbc> --corpus PATH [--settings \"key=value;...\"] [--repeat N] [--sweep] [--explain] [--outlets K]");
            return 2;
        }
        var options = new BenchmarkArgs(args[1..]);
        var settings = SettingsFrom(options.Get("--settings"));
        var corpus = options.Require("--corpus");
        Console.WriteLine($"settings: {settings.Serialize()}");
        switch (args[0])
        {
            case "meter":
                var meter = MeterCorpus.Load(corpus);
                if (options.Has("--sweep")) MeterCorpus.Sweep(meter, settings);
                else meter.Score(settings, verbose: true, explain: options.Has("--explain"));
                return 0;
            case "reuters":
                var repeat = options.GetInt("--repeat", 1);
                var reuters = ListedDuplicates.LoadReuters(Path.GetDirectoryName(Path.GetFullPath(corpus))!);
                MeasureAgainstLists(WithOutlets(ReadReuters(corpus), options), reuters, settings, repeat, options.GetInt("--show", 0));
                return 0;
            case "bbc":
                var bbc = ListedDuplicates.LoadBbc(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(corpus).TrimEnd('/'))!, "derived"));
                MeasureAgainstLists(WithOutlets(ReadBbc(corpus), options), bbc, settings, options.GetInt("--repeat", 1), options.GetInt("--show", 0));
                return 0;
            default:
                Console.Error.WriteLine($"unknown corpus kind '{args[0]}'");
                return 2;
        }
    }

    private static List<Text> WithOutlets(List<Text> texts, BenchmarkArgs options)
    {
        if (options.GetInt("--outlets", 0) is not (> 0 and var outlets)) return texts;
        Console.WriteLine($"outlets: {outlets} made up, by a hash of each text's id");
        static ulong Hash(string id) => StableHash.Mix(id.Aggregate(StableHash.FnvOffset, StableHash.FnvAdd));
        return [.. texts.Select(t => t with { Outlet = $"outlet{Hash(t.Id) % (ulong)outlets}" })];
    }

    private static DedupSettings SettingsFrom(string? overrides)
    {
        if (overrides is null) return DedupSettings.Default;
        var values = new Dictionary<string, string>(DedupSettings.Default.ToDictionary(), StringComparer.Ordinal);
        foreach (var pair in overrides.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var kv = pair.Split('=', 2);
            values[kv[0]] = kv[1];
        }
        return DedupSettings.FromDictionary(values);
    }

    /// <summary>A text of a single-outlet corpus: Reuters-21578 is all Reuters, BBC all BBC.</summary>
    internal sealed record Text(string Id, string Body, DateTime? Published, string Outlet);

    internal static List<Text> ReadReuters(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var texts = new List<Text>();
        while (reader.ReadLine() is { } line)
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var date = DateTime.TryParseExact(root.GetProperty("date_raw").GetString()?.Trim(), "dd-MMM-yyyy HH:mm:ss.ff",
                CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : (DateTime?)null;
            texts.Add(new Text(root.GetProperty("newid").GetInt32().ToString(CultureInfo.InvariantCulture),
                root.GetProperty("body").GetString() ?? "", date, "Reuters"));
        }
        return texts;
    }

    /// <summary>BBC files: the headline is line 1; the body (what de-duplication looks at) is the rest.</summary>
    private static List<Text> ReadBbc(string folder)
    {
        var root = Path.GetDirectoryName(Path.GetFullPath(folder).TrimEnd('/'))!;
        return Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).Equals("README.TXT", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(f =>
            {
                var text = Decode(File.ReadAllBytes(f));
                var body = text.IndexOf('\n') is var nl and >= 0 ? text[(nl + 1)..] : "";
                return new Text(Path.GetRelativePath(root, f).Replace('\\', '/'), body, null, "BBC");
            })
            .ToList();
    }

    /// <summary>The corpus is UTF-8 except one file with a Latin-1 byte.</summary>
    private static string Decode(byte[] bytes)
    {
        try { return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes); }
        catch (DecoderFallbackException) { return Encoding.Latin1.GetString(bytes); }
    }

    /// <summary>
    /// Each extra repeat is a perturbed copy of every text: a few words dropped or replaced at random (fixed seed),
    /// so copies are near, not exact.
    /// </summary>
    private static List<Text> Repeat(List<Text> texts, int repeat)
    {
        var all = new List<Text>(texts);
        for (var r = 1; r < repeat; r++)
        {
            var random = new Random(7919 * r);
            foreach (var text in texts)
            {
                var words = text.Body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList();
                var edits = Math.Max(1, words.Count / 30);
                for (var e = 0; e < edits && words.Count > 1; e++)
                {
                    var at = random.Next(words.Count);
                    if (random.Next(2) == 0) words.RemoveAt(at);
                    else words[at] = "w" + random.Next(100_000).ToString(CultureInfo.InvariantCulture);
                }
                all.Add(new Text($"{text.Id}~{r}", string.Join(' ', words), text.Published?.AddHours(r), text.Outlet));
            }
        }
        return all;
    }

    private static void MeasureAgainstLists(List<Text> originals, ListedDuplicates listed, DedupSettings settings, int repeat, int show)
    {
        var texts = Repeat(originals, repeat);
        var builder = new FingerprintBuilder(settings);
        var clock = Stopwatch.StartNew();
        var docs = texts.Select(t => new DedupDocument(t.Id, builder.Compute(t.Body), t.Published, t.Body.Length, t.Outlet)).ToList();
        var fingerprintTime = clock.Elapsed;
        var megabytes = texts.Sum(t => (double)Encoding.UTF8.GetByteCount(t.Body)) / 1e6;
        Console.WriteLine($"texts: {texts.Count} ({originals.Count} x {repeat}), {megabytes:F1} MB of body text");
        Console.WriteLine($"signatures (1 thread): {fingerprintTime.TotalSeconds:F2} s, {texts.Count / fingerprintTime.TotalSeconds:F0} docs/s, {megabytes / fingerprintTime.TotalSeconds:F1} MB/s");

        var clusterer = new DuplicateClusterer(settings);
        clusterer.Cluster(docs.Take(Math.Min(docs.Count, 2000)));
        clock.Restart();
        var result = clusterer.Cluster(docs);
        var clusterTime = clock.Elapsed;
        var multi = result.Clusters.Where(c => !c.IsSingleton).ToList();
        Console.WriteLine($"clustering (1 thread): {clusterTime.TotalSeconds:F2} s; compared pairs: {result.ComparedPairs}; " +
            $"links: {LinkCounts(result)}");
        Console.WriteLine($"derived texts: {result.Lineage().Count()}; clusters with copies: {multi.Count} holding {multi.Sum(c => c.Members.Count)} texts; largest: {multi.Select(c => c.Members.Count).DefaultIfEmpty(0).Max()}");
        if (repeat > 1)
        {
            var copies = texts.Where(t => t.Id.Contains('~')).ToList();
            var together = copies.Count(t => result.ClusterOf(t.Id) == result.ClusterOf(t.Id[..t.Id.IndexOf('~')]));
            var eligible = copies.Count(t => builder.Compute(t.Body).ShingleCount >= settings.MinShingles);
            Console.WriteLine($"perturbed copies clustered with their original: {together} of {copies.Count} ({eligible} long enough for near-duplicate matching)");
        }
        listed.Report(Relations.Of(result), result.Clusters, originals.Select(t => t.Id).ToHashSet(StringComparer.Ordinal), show);
        ShowLargest(result, texts, Math.Min(show, 5));
    }

    /// <summary>The largest clusters with the opening words of each member, for spot checks by eye.</summary>
    private static void ShowLargest(DedupResult result, List<Text> texts, int count)
    {
        var byId = texts.ToDictionary(t => t.Id, StringComparer.Ordinal);
        foreach (var cluster in result.Clusters.OrderByDescending(c => c.Members.Count).Take(count))
        {
            Console.WriteLine($"cluster of {cluster.Members.Count}:");
            foreach (var id in cluster.Members.Take(12))
            {
                var words = string.Join(' ', byId[id].Body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(16));
                Console.WriteLine($"  {id}: {words}");
            }
        }
    }

    private static string LinkCounts(DedupResult result) => string.Join(", ",
        Enum.GetValues<LinkKind>().Select(k => $"{k} {result.Links.Count(l => l.Kind == k)}"));

    /// <summary>A corpus's mechanically derived duplicate pairs: exact groups and near-duplicate candidates with their 5-shingle Jaccard.</summary>
    private sealed class ListedDuplicates(List<(string A, string B)> exactPairs, List<(string A, string B, double Jaccard)> nearPairs)
    {
        public static ListedDuplicates LoadReuters(string folder) => new(
            ExactPairs(Path.Combine(folder, "derived", "exact_duplicate_bodies.csv"), "newid"),
            NearPairs(Path.Combine(folder, "derived", "near_duplicate_candidates.csv"), "newid_a", "newid_b"));

        public static ListedDuplicates LoadBbc(string derived) => new(
            ExactPairs(Path.Combine(derived, "exact_duplicates.csv"), "path"),
            NearPairs(Path.Combine(derived, "near_duplicate_candidates.csv"), "path_a", "path_b"));

        private static List<(string, string)> ExactPairs(string csv, string idColumn)
        {
            var rows = Csv(csv);
            return rows.GroupBy(r => r["group_id"])
                .SelectMany(g => g.Select(r => r[idColumn]).SelectMany((a, i) => g.Select(r => r[idColumn]).Skip(i + 1).Select(b => (a, b))))
                .ToList();
        }

        private static List<(string, string, double)> NearPairs(string csv, string a, string b) =>
            Csv(csv).Select(r => (r[a], r[b], double.Parse(r["jaccard_word5shingles"], CultureInfo.InvariantCulture))).ToList();

        /// <summary>These files have no quoted commas in the id columns; titles may have them, so only leading columns are trusted.</summary>
        private static List<Dictionary<string, string>> Csv(string path)
        {
            var lines = File.ReadAllLines(path);
            var header = lines[0].Split(',');
            return lines.Skip(1).Where(l => l.Length > 0).Select(l =>
            {
                var cells = l.Split(',');
                return header.Select((h, i) => (h, v: i < cells.Length ? cells[i] : "")).ToDictionary(p => p.h, p => p.v);
            }).ToList();
        }

        /// <summary>
        /// Listed pairs found: as copies (one cluster) or one derived from the other. Unlisted: pairs of one cluster of
        /// copies (merged into one hit) that neither list holds, and, apart, derived links that neither list holds.
        /// </summary>
        public void Report(Relations relations, IReadOnlyList<DuplicateCluster> clusters, HashSet<string> originals, int sample)
        {
            bool Together(string a, string b) => relations.AreCopies(a, b);
            var exactTogether = exactPairs.Count(p => Together(p.A, p.B));
            Console.WriteLine($"listed exact-duplicate pairs clustered together: {exactTogether} of {exactPairs.Count}");
            foreach (var (low, high) in new[] { (0.8, 1.01), (0.5, 0.8) })
            {
                var band = nearPairs.Where(p => p.Jaccard >= low && p.Jaccard < high).ToList();
                Console.WriteLine($"listed near-duplicate candidates at {low:F1} <= J < {Math.Min(high, 1):F1}{(high > 1 ? " (and J=1)" : "")}: " +
                    $"{band.Count(p => relations.AreRelated(p.A, p.B))} of {band.Count} found ({band.Count(p => Together(p.A, p.B))} as copies)");
                foreach (var (a, b, j) in band.Where(p => !relations.AreRelated(p.A, p.B)).Take(5)) Console.WriteLine($"  missed: {a} ~ {b} (J={j:F2})");
            }
            var listed = exactPairs.Select(p => Key(p.A, p.B)).Concat(nearPairs.Select(p => Key(p.A, p.B))).ToHashSet();
            var derived = relations.DerivedLinks().Where(p => originals.Contains(p.Id) && originals.Contains(p.Source)).ToList();
            Console.WriteLine($"derived links between original texts: {derived.Count}; not on either list: {derived.Count(p => !listed.Contains(Key(p.Id, p.Source)))}");
            var clusteredPairs = 0L;
            var unlisted = new List<(string, string)>();
            foreach (var cluster in clusters.Where(c => !c.IsSingleton))
            {
                var members = cluster.Members.Where(originals.Contains).ToList();
                for (var i = 0; i < members.Count; i++)
                    for (var j = i + 1; j < members.Count; j++)
                    {
                        clusteredPairs++;
                        if (!listed.Contains(Key(members[i], members[j]))) unlisted.Add((members[i], members[j]));
                    }
            }
            Console.WriteLine($"pairs of original texts clustered together as copies: {clusteredPairs}; not on either list (J < 0.5 by 5-shingles): {unlisted.Count}");
            // An evenly spread sample, for judging by eye whether they are copies (a short item inside its longer
            // update has a low Jaccard, so not every unlisted pair is a false merge).
            var stride = Math.Max(1, unlisted.Count / Math.Max(1, sample));
            foreach (var (a, b) in unlisted.Where((_, i) => i % stride == 0).Take(sample)) Console.WriteLine($"  unlisted: {a} ~ {b}");
        }

        private static (string, string) Key(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
    }

    /// <summary>
    /// The METER dev split scored by its README's protocol, through the real indexer: the corpus is written as JSON
    /// Lines the indexer reads (PA copy dated on its <c>pa_date</c>, newspaper stories the day after, as they ran), an
    /// index is built in a temporary folder, and clusters are read from its <c>cluster</c> doc values.
    /// </summary>
    internal sealed class MeterCorpus
    {
        private sealed record Row(string Id, string Role, string Group, string Label, string Outlet, string Text, DateTime Published);

        private readonly List<Row> _rows;

        private MeterCorpus(List<Row> rows) => _rows = rows;

        /// <summary>Every PA and newspaper text with its outlet and date (a paper's the day after its PA text's).</summary>
        public IEnumerable<Text> Texts() => _rows.Select(r => new Text(r.Id, r.Text, r.Published, r.Outlet));

        /// <param name="path">The corpus's <c>meter-dev.jsonl</c>, or its folder, which holds it.</param>
        public static MeterCorpus Load(string path) => new(File.ReadLines(Directory.Exists(path) ? Path.Combine(path, "meter-dev.jsonl") : path)
            .Where(l => l.Length > 0).Select(line =>
        {
            using var json = JsonDocument.Parse(line);
            var r = json.RootElement;
            string S(string name) => r.GetProperty(name).GetString() ?? "";
            var role = S("role");
            var date = DateTime.ParseExact(S("pa_date"), "yyyy-MM-dd", CultureInfo.InvariantCulture);
            return new Row(S("doc_id"), role, S("group_id"), S("classification"), S("outlet"), S("text"), role == "pa" ? date : date.AddDays(1));
        }).ToList());

        /// <summary>The dev dates in two halves (alternate dates), to tune on one and check on the other.</summary>
        private Dictionary<string, Func<Row, bool>> Splits()
        {
            var dates = _rows.Where(r => r.Role == "pa").Select(r => r.Published).Distinct().Order().ToList();
            var firstHalf = dates.Where((_, i) => i % 2 == 0).ToHashSet();
            return new Dictionary<string, Func<Row, bool>>(StringComparer.Ordinal)
            {
                ["all dates"] = _ => true,
                ["half A"] = r => firstHalf.Contains(r.Role == "pa" ? r.Published : r.Published.AddDays(-1)),
                ["half B"] = r => !firstHalf.Contains(r.Role == "pa" ? r.Published : r.Published.AddDays(-1)),
            };
        }

        /// <param name="NonDerivedCollapsed">Non-derived stories in a cluster of copies (collapsed with other texts): the target is none.</param>
        public sealed record MeterScore(double StrictPrecision, double StrictRecall, double StrictF1,
            double LoosePrecision, double LooseRecall, double LooseF1, double PartialRate, int CrossGroup, double NonDerivedCollapsed);

        /// <summary>
        /// Indexes the corpus with <paramref name="settings"/> and reads back each text's stored fingerprint, date, length
        /// and outlet, keyed by METER id: what clustering works on, so settings that do not change fingerprints can be
        /// tried by clustering again without another build.
        /// </summary>
        private (Dictionary<string, DedupDocument> Fingerprints, Relations Relations) BuildIndex(DedupSettings settings)
        {
            var folder = Path.Combine(Path.GetTempPath(), "searchengine-meter", Guid.NewGuid().ToString("N"));
            try
            {
                var source = Path.Combine(folder, "meter.jsonl");
                Directory.CreateDirectory(folder);
                // Ids are row numbers: the indexer prefixes them with the file's stem, and METER ids contain slashes.
                File.WriteAllLines(source, _rows.Select((r, i) => JsonSerializer.Serialize(new Dictionary<string, string>
                {
                    ["id"] = i.ToString(CultureInfo.InvariantCulture),
                    ["text"] = r.Text,
                    ["date"] = r.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    ["outlet"] = r.Outlet,
                })));
                var store = new IndexStore(Path.Combine(folder, "index"));
                new IndexBuilder(ArticlePipeline.Default, new BuildOptions { Dedup = settings }).Rebuild([source], store, IBuildProgress.None);
                using var directory = store.OpenCurrent();
                string MeterId(string stored) => _rows[int.Parse(stored[(stored.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture)].Id;
                var fingerprints = IndexedArticles.StoredFingerprints(directory).ToDictionary(d => MeterId(d.Id), d => d with { Id = MeterId(d.Id) }, StringComparer.Ordinal);
                return (fingerprints, Relations.Read(IndexedArticles.Read(directory), MeterId));
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        /// <param name="explain">Also lists the strict task's errors with the links each text got.</param>
        public MeterScore Score(DedupSettings settings, bool verbose, bool explain)
        {
            var (indexed, relations) = BuildIndex(settings);
            if (verbose) Console.WriteLine($"derived texts in the index: {relations.DerivedCount}");
            MeterScore? all = null;
            foreach (var (name, included) in Splits())
            {
                var score = Score(relations, indexed, included, verbose ? name : null, explain && name != "all dates");
                all ??= score;
            }
            return all!;
        }

        private MeterScore Score(Relations relations, Dictionary<string, DedupDocument> indexed, Func<Row, bool> included, string? report, bool explain = false)
        {
            ulong TextHash(Row r) => indexed[r.Id].Fingerprint.TextHash;
            var rowsById = _rows.ToDictionary(r => r.Id, StringComparer.Ordinal);
            var groupTexts = _rows.Where(r => r.Role == "pa").GroupBy(r => r.Group).ToDictionary(g => g.Key, g => g.Select(TextHash).ToHashSet());

            // Flagged: a copy of, or derived from, a PA text of its own group. Cross-group: related so to another group's
            // PA text, unless that text also appears verbatim in its own group (the corpus files some PA copy under two catchlines).
            var flagged = new Dictionary<string, bool>(StringComparer.Ordinal);
            var crossGroup = new HashSet<string>(StringComparer.Ordinal);
            var newspapers = _rows.Where(r => r.Role == "newspaper" && included(r)).ToList();
            foreach (var row in newspapers)
            {
                var pa = relations.CopiesAndSources(row.Id).Select(id => rowsById[id]).Where(r => r.Role == "pa").ToList();
                flagged[row.Id] = pa.Any(p => p.Group == row.Group);
                if (pa.Any(p => p.Group != row.Group && !groupTexts.GetValueOrDefault(row.Group, []).Contains(TextHash(p))))
                    crossGroup.Add(row.Id);
            }

            // A text related to another story's wire copy counts as a false positive whatever its label.
            bool Predicted(Row r) => flagged[r.Id] || crossGroup.Contains(r.Id);
            bool Correct(Row r) => flagged[r.Id] && !crossGroup.Contains(r.Id);
            (double P, double R, double F, int Tp, int Fp, int Pos) Task(Func<Row, bool> positive, Func<Row, bool> scored)
            {
                var rows = newspapers.Where(scored).ToList();
                var tp = rows.Count(r => positive(r) && Correct(r));
                var fp = rows.Count(r => Predicted(r) && !(positive(r) && Correct(r)));
                var pos = rows.Count(positive);
                double p = tp + fp == 0 ? 1 : (double)tp / (tp + fp), rec = (double)tp / pos;
                return (p, rec, p + rec == 0 ? 0 : 2 * p * rec / (p + rec), tp, fp, pos);
            }
            var strict = Task(r => r.Label == "wholly_derived", r => r.Label != "partially_derived");
            var loose = Task(r => r.Label != "non_derived", _ => true);
            var partial = newspapers.Where(r => r.Label == "partially_derived").ToList();
            var partialRate = (double)partial.Count(Correct) / partial.Count;
            var nonDerived = newspapers.Where(r => r.Label == "non_derived").ToList();
            var nonDerivedCollapsed = nonDerived.Count(r => relations.IsCollapsed(r.Id));
            if (report is not null)
            {
                Console.WriteLine($"{report}: {newspapers.Count} newspaper texts scored");
                Console.WriteLine($"  strict (wholly vs non-derived): P={strict.P:F3} R={strict.R:F3} F1={strict.F:F3}  (TP {strict.Tp} of {strict.Pos}, FP {strict.Fp})");
                Console.WriteLine($"  loose (wholly+partially vs non): P={loose.P:F3} R={loose.R:F3} F1={loose.F:F3}  (TP {loose.Tp} of {loose.Pos}, FP {loose.Fp})");
                Console.WriteLine($"  partially derived flagged: {partial.Count(Correct)} of {partial.Count} ({partialRate:P1}); cross-group links: {crossGroup.Count}");
                Console.WriteLine($"  non-derived stories collapsed as copies: {nonDerivedCollapsed} of {nonDerived.Count} ({(double)nonDerivedCollapsed / nonDerived.Count:P1})");
                foreach (var label in new[] { "wholly_derived", "partially_derived", "non_derived" })
                {
                    var rows = newspapers.Where(r => r.Label == label).ToList();
                    Console.WriteLine($"    {label}: flagged {rows.Count(r => flagged[r.Id])} of {rows.Count} ({rows.Count(r => flagged[r.Id] && relations.IsCollapsed(r.Id))} as copies); " +
                        $"collapsed {rows.Count(r => relations.IsCollapsed(r.Id))}; related to another group's PA {rows.Count(r => crossGroup.Contains(r.Id))}");
                }
                if (explain)
                    foreach (var row in newspapers.Where(r => r.Label == "non_derived" ? Predicted(r) : r.Label == "wholly_derived" && !Correct(r)))
                        Console.WriteLine($"    {(row.Label == "non_derived" ? "false" : "missed")}: {row.Id} <- " +
                            string.Join(", ", relations.SourcesOf(row.Id).Select(s => $"{s.Source} ({s.Share:F2})")) +
                            (relations.IsCollapsed(row.Id) ? " (collapsed with copies)" : ""));
            }
            return new MeterScore(strict.P, strict.R, strict.F, loose.P, loose.R, loose.F, partialRate, crossGroup.Count,
                (double)nonDerivedCollapsed / nonDerived.Count);
        }

        /// <summary>
        /// Scores a grid of the settings that decide copies and sources, on both halves of the dev dates: one index build
        /// (they do not change fingerprints), then clustering again for each. (Resemblance and shingle size make no
        /// difference here: METER has no near-identical newspaper copies.)
        /// </summary>
        public static void Sweep(MeterCorpus corpus, DedupSettings baseline)
        {
            var (indexed, _) = corpus.BuildIndex(baseline);
            Console.WriteLine("containment quoted copy takes | half: strict P R F1 | loose P R F1 | partial | cross-group | non-derived collapsed");
            foreach (var containment in new[] { 0.2, 0.25, 0.3 })
                foreach (var quoted in new[] { 0.0, 0.5, 1.0, 2.0, 1000.0 })
                foreach (var copy in new[] { 0.7, 0.8, 0.9 })
                foreach (var takes in new[] { 0.3, 0.35, 0.4 })
                {
                    var settings = baseline with { ContainmentThreshold = containment, QuotesPerNarrativePair = quoted, CopyContainment = copy, TakesContainment = takes };
                    var relations = Relations.Of(new DuplicateClusterer(settings).Cluster(indexed.Values));
                    foreach (var (name, included) in corpus.Splits())
                    {
                        var s = corpus.Score(relations, indexed, included, report: null);
                        Console.WriteLine($"{containment:F2} {quoted:F2} {copy:F2} {takes:F2} | {name}: {s.StrictPrecision:F3} {s.StrictRecall:F3} {s.StrictF1:F3} | " +
                            $"{s.LoosePrecision:F3} {s.LooseRecall:F3} {s.LooseF1:F3} | {s.PartialRate:F3} | {s.CrossGroup} | {s.NonDerivedCollapsed:F3}");
                    }
                }
        }
    }

    /// <summary>
    /// Both relations, by text: its cluster of copies, and the sources it was derived from (the same for every copy in a
    /// cluster, as the index stores them), from a clustering or read back from an index.
    /// </summary>
    private sealed class Relations
    {
        private readonly Dictionary<string, long> _clusterOf;
        private readonly ILookup<long, string> _members;
        private readonly Dictionary<string, IReadOnlyList<StorySource>> _sources;

        private Relations(Dictionary<string, long> clusterOf, Dictionary<string, IReadOnlyList<StorySource>> sources)
        {
            _clusterOf = clusterOf;
            _members = clusterOf.ToLookup(p => p.Value, p => p.Key);
            _sources = sources;
        }

        public static Relations Of(DedupResult result)
        {
            var relations = result.Relations().ToList();
            return new Relations(
                relations.ToDictionary(r => r.Id, r => ClusterKey.Of(r.Representative), StringComparer.Ordinal),
                relations.Where(r => r.Sources.Count > 0).ToDictionary(r => r.Id, r => r.Sources, StringComparer.Ordinal));
        }

        /// <summary>What an index's doc values hold, keyed by <paramref name="idOf"/> of each stored id.</summary>
        public static Relations Read(IndexedArticleTable articles, Func<string, string> idOf)
        {
            var ids = articles.Ids.ToList();
            return new Relations(
                ids.ToDictionary(idOf, id => articles.Placement(id).Cluster, StringComparer.Ordinal),
                ids.Where(id => articles.Placement(id).Lineage.Length > 0).ToDictionary(idOf,
                    id => (IReadOnlyList<StorySource>)[.. StoredLineage.Decode(articles.Placement(id).Lineage).Select(s => s with { Source = idOf(s.Source) })],
                    StringComparer.Ordinal));
        }

        public bool IsCollapsed(string id) => _members[_clusterOf[id]].Skip(1).Any();

        public bool AreCopies(string a, string b) => _clusterOf[a] == _clusterOf[b];

        public IReadOnlyList<StorySource> SourcesOf(string id) => _sources.GetValueOrDefault(id, []);

        public IEnumerable<(string Id, string Source)> DerivedLinks() => _sources.SelectMany(p => p.Value.Select(s => (p.Key, s.Source)));

        public int DerivedCount => _sources.Count;

        /// <summary>The text's copies, and every copy of each of its sources.</summary>
        public IEnumerable<string> CopiesAndSources(string id) =>
            _members[_clusterOf[id]].Concat(SourcesOf(id).SelectMany(s => _members[_clusterOf[s.Source]]));

        /// <summary>Copies, or one derived from the other (through their clusters of copies).</summary>
        public bool AreRelated(string a, string b) => AreCopies(a, b) || IsDerived(a, b) || IsDerived(b, a);

        private bool IsDerived(string text, string source) => SourcesOf(text).Any(s => AreCopies(s.Source, source));
    }
}
