using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using SearchEngine.Indexing.Extraction.People;

namespace SearchEngine.Benchmarks;

/// <summary>
/// Measures the people extractor, and a baseline build beside it in the same run when <c>--baseline</c> names the folder
/// of another indexer build (its indexer.dll). On Reuters-21578 (JSON Lines, gzipped) it reads each story's body without
/// the tagged <c>people</c> field and scores the result against the tags; on a folder of .txt articles (BBC) it lists
/// the most frequent names so false persons show; on the CoNLL-2003 folder (<c>--conll</c>) it scores against every
/// annotated person with the corpus's scorer (<see cref="ConllPeopleScore"/>). Reuters tags only some of the people a
/// story names, and mostly by surname, so the precision printed there is a lower bound.
/// Options: <c>--corpus</c> (file or folder), <c>--conll</c> (folder), <c>--baseline</c> (build folder), <c>--limit</c>,
/// <c>--top</c> (list lengths, 40), <c>--passes</c> (timing, 3), <c>--json</c>.
/// </summary>
public static class PeopleMeasurement
{
    private sealed record Story(string Text, IReadOnlyList<PersonName> Tags);

    public static int Run(string[] args)
    {
        var options = new BenchmarkArgs(args);
        var top = options.GetInt("--top", 40);
        var extractors = new List<PeopleExtractorUnderTest> { PeopleExtractorUnderTest.Current };
        if (options.Get("--baseline") is { } baseline) extractors.Add(PeopleExtractorUnderTest.FromBuild(baseline));

        var summary = new Dictionary<string, object>();
        if (options.Get("--corpus") is { } corpus)
        {
            var limit = options.GetInt("--limit", int.MaxValue);
            var stories = Directory.Exists(corpus) ? ReadFolder(corpus, limit) : ReadReuters(corpus, limit);
            var passes = Math.Max(1, options.GetInt("--passes", 3));
            double? baselineMedian = null;
            foreach (var extractor in extractors.AsEnumerable().Reverse())
            {
                var result = new Dictionary<string, object> { ["corpus"] = corpus };
                var median = Measure(extractor, stories, passes, top, result);
                if (baselineMedian is { } b) result["medianRatioToBaseline"] = Math.Round(median / b, 2);
                baselineMedian ??= extractors.Count > 1 ? median : null;
                if (result.TryGetValue("medianRatioToBaseline", out var ratio)) Console.WriteLine($"median time per article: {ratio}x the baseline's");
                summary[extractor.Name] = result;
            }
        }
        if (options.Get("--conll") is { } conll) ConllPeopleScore.Run(conll, extractors, top);

        if (options.Get("--json") is { } json)
            File.WriteAllText(json, JsonSerializer.Serialize(summary, new JsonSerializerOptions { WriteIndented = true }));
        return 0;
    }

    /// <summary>Extracts, times and scores one extractor; returns the median time per article in microseconds.</summary>
    private static double Measure(PeopleExtractorUnderTest extractor, List<Story> stories, int passes, int top, Dictionary<string, object> summary)
    {
        var pages = stories.Select(s => extractor.Clean(s.Text)).ToList();
        var (people, cold, warm, perArticle) = ExtractAll(extractor, pages, passes);
        var megaChars = stories.Sum(s => s.Text.Length) / 1e6;
        var median = Stats.Median(perArticle);
        summary["articles"] = stories.Count;
        summary["articlesWithPeople"] = people.Count(p => p.Count > 0);
        summary["namesExtracted"] = people.Sum(p => p.Count);
        summary["articlesPerSecondCold"] = Math.Round(stories.Count / cold);
        summary["articlesPerSecond"] = Math.Round(stories.Count / warm);
        summary["megaCharsPerSecond"] = Math.Round(megaChars / warm, 2);
        summary["medianMicrosecondsPerArticle"] = Math.Round(median, 1);
        Console.WriteLine($"\n== {extractor.Name} ==");
        Console.WriteLine($"{stories.Count} articles, {summary["articlesWithPeople"]} with people, {summary["namesExtracted"]} names");
        Console.WriteLine($"throughput (extraction only, one thread): {summary["articlesPerSecond"]} articles/s, " +
                          $"{summary["megaCharsPerSecond"]} M chars/s; first pass with JIT warm-up {summary["articlesPerSecondCold"]} articles/s; " +
                          $"median {summary["medianMicrosecondsPerArticle"]} µs per article");

        if (stories.Any(s => s.Tags.Count > 0)) Score(stories, people, top, summary);
        PrintTop("most frequent names", people.SelectMany(p => p.Distinct()), top, summary, "topNames");
        return median;
    }

    /// <summary>
    /// Times extraction alone over the already cleaned pages, in several full passes: the first includes JIT warm-up,
    /// the fastest is the steady state a long indexing run sees. Each article's time is its fastest over the passes.
    /// </summary>
    private static (List<IReadOnlyList<string>> People, double ColdSeconds, double WarmSeconds, double[] MicrosecondsPerArticle) ExtractAll(
        PeopleExtractorUnderTest extractor, List<object> pages, int passes)
    {
        var people = new List<IReadOnlyList<string>>(pages.Count);
        var times = new List<double>();
        var perArticle = Enumerable.Repeat(double.MaxValue, pages.Count).ToArray();
        for (var pass = 0; pass < passes; pass++)
        {
            people.Clear();
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < pages.Count; i++)
            {
                var before = clock.Elapsed.TotalMicroseconds;
                people.Add(extractor.Extract(pages[i]));
                perArticle[i] = Math.Min(perArticle[i], clock.Elapsed.TotalMicroseconds - before);
            }
            times.Add(clock.Elapsed.TotalSeconds);
        }
        return (people, times[0], times.Min(), perArticle);
    }

    /// <summary>
    /// Micro-averaged precision and recall over the stories with tags. An extracted name matches a tag with the same key,
    /// or a tag that is its surname ("reagan" matches "Ronald Reagan", "de-clercq" matches "Willy De Clercq").
    /// </summary>
    private static void Score(List<Story> stories, List<IReadOnlyList<string>> people, int top, Dictionary<string, object> summary)
    {
        int extracted = 0, extractedMatched = 0, tags = 0, tagsMatched = 0, tagged = 0;
        var untagged = new List<string>();
        var missed = new List<string>();
        for (var i = 0; i < stories.Count; i++)
        {
            if (stories[i].Tags.Count == 0) continue;
            tagged++;
            var names = people[i].Select(PersonName.FromSource).ToList();
            var storyTags = stories[i].Tags;
            extracted += names.Count;
            tags += storyTags.Count;
            foreach (var name in names)
                if (storyTags.Any(t => Matches(name, t))) extractedMatched++;
                else untagged.Add(name.Display);
            foreach (var tag in storyTags)
                if (names.Any(n => Matches(n, tag))) tagsMatched++;
                else missed.Add(tag.Display);
        }

        var precision = extracted == 0 ? 0 : (double)extractedMatched / extracted;
        var recall = tags == 0 ? 0 : (double)tagsMatched / tags;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        summary["taggedArticles"] = tagged;
        summary["tags"] = tags;
        summary["extractedInTagged"] = extracted;
        summary["precisionLowerBound"] = Math.Round(precision, 4);
        summary["recall"] = Math.Round(recall, 4);
        summary["f1"] = Math.Round(f1, 4);
        Console.WriteLine($"tagged articles: {tagged}, tags: {tags}, names extracted from them: {extracted}");
        Console.WriteLine($"precision (lower bound) {precision:P1}, recall {recall:P1}, F1 {f1:P1}");
        PrintTop("most frequent extracted names not in the tags", untagged, top, summary, "topUntagged");
        PrintTop("most frequently missed tags", missed, top, summary, "topMissed");
    }

    private static bool Matches(PersonName name, PersonName tag)
    {
        if (name.Key == tag.Key) return true;
        return (" " + name.Key).EndsWith(" " + tag.Key, StringComparison.Ordinal);
    }

    private static void PrintTop(string heading, IEnumerable<string> names, int top, Dictionary<string, object> summary, string key)
    {
        var counts = names.GroupBy(n => n).Select(g => (Name: g.Key, Count: g.Count()))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Name, StringComparer.Ordinal).Take(top).ToList();
        Console.WriteLine($"\n{heading}:");
        foreach (var (name, count) in counts) Console.WriteLine($"  {count,5}  {name}");
        summary[key] = counts.ToDictionary(c => c.Name, c => c.Count);
    }

    private static List<Story> ReadReuters(string path, int limit)
    {
        var stories = new List<Story>();
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        while (stories.Count < limit && reader.ReadLine() is { } line)
        {
            using var record = JsonDocument.Parse(line);
            var root = record.RootElement;
            if (root.GetProperty("body").GetString() is not { Length: > 0 } body) continue;
            var tags = root.GetProperty("people").EnumerateArray().Select(t => PersonName.FromSource(t.GetString()!)).ToList();
            stories.Add(new Story(body, tags));
        }
        return stories;
    }

    private static List<Story> ReadFolder(string folder, int limit) =>
        Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).Equals("README.TXT", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Take(limit)
            .Select(text => new Story(File.ReadAllText(text), []))
            .ToList();
}
