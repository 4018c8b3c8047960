using System.Diagnostics;
using System.Text.Json;

namespace SearchEngine.Benchmarks;

/// <summary>
/// Scores extractors on the hand-annotated CoNLL-2003 articles (a folder laid out as <c>shared/corpora/conll-train</c>)
/// with the corpus's own scorer, <c>score.py</c>: precision, recall and F1 overall and by kind of person, the top false
/// people and misses. Also scores the odd and even articles apart, so that a rule tuned on one half can be checked on
/// the other.
/// </summary>
public static class ConllPeopleScore
{
    private sealed record Article(string Id, string Body, string Line, string GoldLine);

    public static void Run(string folder, IReadOnlyList<PeopleExtractorUnderTest> extractors, int top)
    {
        var data = Path.Combine(folder, "data");
        var scorer = Path.Combine(folder, "score.py");
        var lines = File.ReadAllLines(Path.Combine(data, "train.jsonl")).Where(l => l.Length > 0).ToList();
        var golds = File.ReadAllLines(Path.Combine(data, "train.gold.jsonl")).Where(l => l.Length > 0).ToList();
        var articles = lines.Zip(golds, (line, gold) =>
        {
            using var record = JsonDocument.Parse(line);
            return new Article(record.RootElement.GetProperty("id").GetString()!, record.RootElement.GetProperty("body").GetString()!, line, gold);
        }).ToList();

        var work = Directory.CreateTempSubdirectory("conll-people-");
        try
        {
            var halves = new[] { ("odd articles", 0), ("even articles", 1) }
                .Select(h => (Name: h.Item1, Parity: h.Item2, Data: WriteHalf(work.FullName, articles, h.Item2))).ToList();
            foreach (var extractor in extractors)
            {
                var people = articles.Select(a => extractor.Extract(extractor.Clean(a.Body))).ToList();
                Console.WriteLine($"\n== CoNLL-2003 people, {extractor.Name} ==");
                Console.Write(Score(scorer, work.FullName, articles, people, data, top, Enumerable.Range(0, articles.Count)));
                foreach (var (name, parity, half) in halves)
                {
                    var picked = Enumerable.Range(0, articles.Count).Where(i => i % 2 == parity);
                    var report = Score(scorer, work.FullName, articles, people, half, top, picked);
                    Console.WriteLine($"{name}: {report.TrimEnd().Split('\n')[^1]}");
                }
            }
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>Every other article with its gold persons, in a folder the scorer reads as its data.</summary>
    private static string WriteHalf(string work, List<Article> articles, int parity)
    {
        var folder = Directory.CreateDirectory(Path.Combine(work, $"half{parity}")).FullName;
        var picked = articles.Where((_, i) => i % 2 == parity).ToList();
        File.WriteAllLines(Path.Combine(folder, "train.jsonl"), picked.Select(a => a.Line));
        File.WriteAllLines(Path.Combine(folder, "train.gold.jsonl"), picked.Select(a => a.GoldLine));
        return folder;
    }

    private static string Score(
        string scorer, string work, List<Article> articles, List<IReadOnlyList<string>> people, string data, int top, IEnumerable<int> picked)
    {
        var output = Path.Combine(work, "people.json");
        File.WriteAllText(output, JsonSerializer.Serialize(picked.Select(i => new { id = articles[i].Id, people = people[i] })));
        var start = new ProcessStartInfo("python3", [scorer, output, "--data", data, "--top", top.ToString()])
        {
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        var report = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return report;
    }
}
