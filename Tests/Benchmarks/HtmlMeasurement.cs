using System.Diagnostics;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using SearchEngine.Indexing.Extraction;
using SearchEngine.Indexing.Sources;

namespace SearchEngine.Benchmarks;

/// <summary>
/// <c>html [--corpus DIR] [--save FILE] [--worst N] [--source S]… [--half odd|even] [--runs N]</c>: HTML extraction
/// quality on the html-dev corpus (default <c>../shared/corpora/html-dev</c> beside the checkout), scored as its
/// <c>score.py</c> scores, for our reader and pipeline and, in the same run, SmartReader alone as the baseline; with the
/// time per page (bytes read to article), per page the median of N timed passes after one warm-up pass.
/// <c>--half</c> keeps the pages at odd or even 0-based lines of gold.jsonl (tune on one, check on the other);
/// <c>--save FILE</c> writes ours as score.py's JSON Lines, and SmartReader's beside it as <c>FILE-stem.smartreader.ext</c>.
/// </summary>
public static class HtmlMeasurement
{
    private sealed record Extractor(string Name, Func<GoldPage, string, Prediction> Extract);

    public static int Run(string[] args)
    {
        var options = new BenchmarkArgs(args);
        var corpus = Path.GetFullPath(options.Get("--corpus") ?? DefaultCorpus());
        var half = options.Get("--half");
        if (half is not (null or "odd" or "even"))
        {
            Console.Error.WriteLine("--half takes odd or even");
            return 2;
        }
        var sources = options.GetAll("--source");
        var runs = Math.Max(1, options.GetInt("--runs", 1));
        var all = GoldPage.Load(Path.Combine(corpus, "gold.jsonl"));
        if (sources.Except(all.Select(g => g.Source)).ToList() is [_, ..] unknown)
        {
            Console.Error.WriteLine($"unknown source {string.Join(", ", unknown)}; the corpus has {string.Join(", ", all.Select(g => g.Source).Distinct())}");
            return 2;
        }
        var gold = all.Where(g => sources.Count == 0 || sources.Contains(g.Source))
            .Where(g => half is null || g.Position % 2 == (half == "odd" ? 1 : 0))
            .ToList();

        SmartReader.Reader.SetBaseHttpClientHandler(new NoNetwork());
        Extractor[] extractors = [new("ours", Ours), new("smartreader", SmartReaderAlone)];
        var (predictions, times) = Measure(extractors, gold, Path.Combine(corpus, "pages"), runs);

        Console.WriteLine($"html-dev: {gold.Count} pages from {corpus}" +
            (sources.Count > 0 ? $"; sources {string.Join(", ", sources)}" : "") + (half is null ? "" : $"; {half} half") +
            $"; time per page: median of {runs} timed pass{(runs > 1 ? "es" : "")} after 1 warm-up, one thread");
        if (!PythonText.Icu.Available)
            Console.WriteLine("warning: no ICU library: titles and authors compared without NFKC and lower-cased, not case-folded; may differ from score.py");
        var scores = new List<PageScore>[extractors.Length];
        for (var e = 0; e < extractors.Length; e++)
        {
            scores[e] = gold.Select((g, i) => HtmlScore.Score(g, predictions[e][i])).ToList();
            var problems = predictions[e].Where(p => p.Status != "ok").GroupBy(p => p.Status.Split(':')[0]).Select(g => $"{g.Key} {g.Count()}");
            Console.WriteLine($"\n{extractors[e].Name}: {string.Join(", ", problems.DefaultIfEmpty("every page read"))}" +
                (extractors[e].Name == "smartreader" ? $"; network requests attempted: {NoNetwork.Requests}" : ""));
            PrintTable(scores[e], times[e]);
        }

        Console.WriteLine();
        for (var e = 0; e < extractors.Length; e++) Console.WriteLine($"{extractors[e].Name,-12} {SummaryLine(scores[e])}");

        if (options.GetInt("--worst", 0) is > 0 and var worst)
        {
            Console.WriteLine($"\nour {worst} pages with the lowest body F1 (smartreader's F1 beside):");
            foreach (var (s, i) in scores[0].Select((s, i) => (s, i)).OrderBy(x => x.s.F1).ThenBy(x => x.s.Gold.Id, StringComparer.Ordinal).Take(worst))
                Console.WriteLine($"  {s.Gold.Id,-22} F1 {s.F1:F2}  P {Fmt(s.Precision),5}  R {Fmt(s.Recall),5}  smartreader F1 {scores[1][i].F1:F2}  " +
                    $"{s.Prediction.Status}  {s.Gold.Url}");
        }

        if (options.Get("--save") is { } save)
        {
            var smartReaderFile = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(save))!,
                $"{Path.GetFileNameWithoutExtension(save)}.smartreader{Path.GetExtension(save)}");
            Save(save, gold, predictions[0]);
            Save(smartReaderFile, gold, predictions[1]);
            Console.WriteLine($"\npredictions written: ours {save}, smartreader {smartReaderFile}");
        }
        return 0;
    }

    /// <summary>
    /// Every page through each extractor in turn, so a busy moment of the machine falls on both alike; the first pass
    /// warms the JIT and is not timed. Per page, the median of the timed passes.
    /// </summary>
    private static (Prediction[][] Predictions, double[][] Milliseconds) Measure(Extractor[] extractors, List<GoldPage> gold, string pages, int runs)
    {
        var predictions = extractors.Select(_ => new Prediction[gold.Count]).ToArray();
        var times = extractors.Select(_ => gold.Select(_ => new List<double>()).ToArray()).ToArray();
        for (var pass = 0; pass <= runs; pass++)
        {
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < gold.Count; i++)
            {
                var path = Path.Combine(pages, gold[i].Id + ".html");
                for (var e = 0; e < extractors.Length; e++)
                {
                    var start = Stopwatch.GetTimestamp();
                    predictions[e][i] = extractors[e].Extract(gold[i], path);
                    if (pass > 0) times[e][i].Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }
            }
            Console.Error.WriteLine($"pass {pass} of {runs}{(pass == 0 ? " (warm-up)" : "")}: {clock.Elapsed.TotalSeconds:0.0} s");
        }
        return (predictions, times.Select(perPage => perPage.Select(Stats.Median).ToArray()).ToArray());
    }

    private static readonly SourceScanner Scanner = new(SourceOptions.Default);

    /// <summary>
    /// Exactly what <c>indexer inspect FILE</c> does with one file: the scanner reads and parses it, the pipeline makes
    /// the article. A skipped or failed file scores as empty, as score.py scores it; so does a crash, which would stop inspect.
    /// </summary>
    private static Prediction Ours(GoldPage gold, string path)
    {
        var result = Prediction.Empty("no record");
        try
        {
            foreach (var record in Scanner.Read(SourceScanner.FindFiles([path])))
                result = record switch
                {
                    ArticleRecord { Article: var raw } => FromArticle(ArticlePipeline.Default.Process(raw, out _)),
                    SourceProblem problem => Prediction.Empty($"{(problem.IsFailure ? "failed" : "skipped")}: {problem.Reason}"),
                    _ => result,
                };
        }
        catch (Exception e)
        {
            return Prediction.Empty($"crash: {e.GetType().Name}: {e.Message}");
        }
        return result;
    }

    /// <summary>The fields inspect's <c>--json</c> prints and score.py reads.</summary>
    private static Prediction FromArticle(Article article) => new(article.Body, article.Title, article.Published?.ToString(), article.Author);

    /// <summary>
    /// SmartReader on its defaults, given the text our reader would decode and the page's own address where the gold
    /// has one (it resolves links and reads some metadata against it). Body only where it calls the page readable.
    /// Author rather than Byline: Author takes the page's metadata author first, Byline the byline text as printed on
    /// the page; the metadata is the cleaner of the two, as it is for our reader.
    /// </summary>
    private static Prediction SmartReaderAlone(GoldPage gold, string path)
    {
        try
        {
            var html = SourceText.DecodePage(File.ReadAllBytes(path), out _);
            var url = Uri.TryCreate(gold.Url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? gold.Url! : "https://localhost/";
            using var reader = new SmartReader.Reader(url, html);
            var article = reader.GetArticle();
            // A page it finds nothing in carries DateTime's default, not null.
            var date = article.PublicationDate is { } d && d != default ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
            return new Prediction(article.IsReadable ? article.TextContent ?? "" : "", article.Title, date, article.Author,
                article.IsReadable ? "ok" : "not readable");
        }
        catch (Exception e)
        {
            return Prediction.Empty($"crash: {e.GetType().Name}: {e.Message}");
        }
    }

    /// <summary>SmartReader only fetches when asked to (images, a page by address); this proves it never was.</summary>
    private sealed class NoNetwork : HttpMessageHandler
    {
        public static int Requests;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Requests);
            throw new HttpRequestException($"no network in a measurement: {request.RequestUri}");
        }
    }

    private static void PrintTable(List<PageScore> scores, double[] milliseconds)
    {
        Console.WriteLine($"  {"source",-14}{"pages",6}{"body F1",8}{"P",7}{"R",7}{"empty",6}{"titles",7}{"exact",7}{"tokF1",7}" +
            $"{"dates",6}{"right",7}{"±1d",5}{"authors",8}{"right",7}{"overlap",8}{"ms p50",8}{"p90",8}");
        var rows = scores.Select((s, i) => (s, ms: milliseconds[i])).ToList();
        var groups = rows.GroupBy(r => r.s.Gold.Source).OrderByDescending(g => g.Count())
            .Select(g => (Name: g.Key, Rows: g.ToList())).Append(("all", rows));
        foreach (var (name, group) in groups)
        {
            var body = HtmlScore.Summarise(group.Select(r => r.s).ToList());
            var meta = HtmlScore.Metadata(group.Select(r => r.s).ToList());
            var ms = group.Select(r => r.ms).ToList();
            Console.WriteLine($"  {name,-14}{group.Count,6}{body.F1,8:F3}{body.Precision,7:F3}{body.Recall,7:F3}{body.Empty,6}" +
                $"{meta.Titles,7}{Fmt(meta.TitleExact),7}{Fmt(meta.TitleTokenF1),7}{meta.Dates,6}{Fmt(meta.DateRight),7}{meta.DateOffByOne,5}" +
                $"{meta.Authors,8}{Fmt(meta.AuthorRight),7}{Fmt(meta.AuthorOverlap),8}{Stats.Median(ms),8:F2}{Stats.Percentile(ms, 0.9),8:F2}");
        }
    }

    /// <summary>score.py's last line.</summary>
    private static string SummaryLine(List<PageScore> scores)
    {
        var body = HtmlScore.Summarise(scores);
        var meta = HtmlScore.Metadata(scores);
        return $"html-dev body F1 {body.F1:F3} P {body.Precision:F3} R {body.Recall:F3} acc {body.Accuracy:F3} ({scores.Count} pages) | " +
            $"title exact {Fmt(meta.TitleExact)} ({meta.Titles}) | date {Fmt(meta.DateRight)} ({meta.Dates}) | author {Fmt(meta.AuthorRight)} ({meta.Authors})";
    }

    private static string Fmt(double? value) => value is { } v ? v.ToString("F3", CultureInfo.InvariantCulture) : "-";

    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>score.py's JSON Lines input: one <c>{"id","body","title","date","author"}</c> per page.</summary>
    private static void Save(string file, List<GoldPage> gold, Prediction[] predictions)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        File.WriteAllLines(file, gold.Select((g, i) => JsonSerializer.Serialize(new
        {
            id = g.Id,
            body = predictions[i].Body,
            title = predictions[i].Title,
            date = predictions[i].Date,
            author = predictions[i].Author,
        }, JsonOptions)));
    }

    /// <summary><c>../shared/corpora/html-dev</c> beside the checkout: the folder holding SearchEngine.sln, found upwards from here.</summary>
    private static string DefaultCorpus()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SearchEngine.sln")))
                return Path.Combine(dir.FullName, "..", "shared", "corpora", "html-dev");
        return Path.Combine("..", "shared", "corpora", "html-dev");
    }
}
