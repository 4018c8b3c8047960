using System.Text.Json;

namespace SearchEngine.Benchmarks;

/// <summary>
/// Two versions of one small collection of articles: the second drops some, retitles some and adds some, so a search
/// tells which one an index holds.
/// </summary>
internal sealed class FaultCorpus
{
    private FaultCorpus(Content first, Content second, string sharedId) => (First, Second, SharedId) = (first, second, sharedId);

    public Content First { get; }
    public Content Second { get; }

    /// <summary>An article in both versions, for <c>query similar</c>.</summary>
    public string SharedId { get; }

    public Content Other(Content content) => content == First ? Second : First;

    /// <summary>What an index holds, as the search sees it: each article's id and title.</summary>
    public sealed record Content(string Folder, int Count, string Fingerprint)
    {
        /// <summary>The live index's content by a search for everything; null with the reason when it cannot be read.</summary>
        public static Content? Read(string index, out string? error)
        {
            var run = Tools.Query("search", "*:*", "--all", "--limit", "1000", "--format", "json", "--index", index);
            error = run.Code == 0 ? null : $"exit {run.Code}: {run.Error.Trim()}";
            if (run.Code != 0) return null;
            using var json = JsonDocument.Parse(run.Output);
            var hits = json.RootElement.GetProperty("hits").EnumerateArray()
                .Select(h => $"{h.GetProperty("id").GetString()}|{h.GetProperty("title").GetString()}");
            return new Content(index, json.RootElement.GetProperty("total").GetInt32(), FingerprintOf(hits));
        }

        public static int TotalOf(string searchJson)
        {
            using var json = JsonDocument.Parse(searchJson);
            return json.RootElement.GetProperty("total").GetInt32();
        }

        public static string FingerprintOf(IEnumerable<string> idAndTitles) => string.Join('\n', idAndTitles.Order(StringComparer.Ordinal));
    }

    public static FaultCorpus Write(string root, int articles, int seed)
    {
        var random = new Random(seed);
        var words = Enumerable.Range(0, 2000).Select(_ => new string(Enumerable.Range(0, random.Next(3, 9)).Select(_ => (char)('a' + random.Next(26))).ToArray())).ToArray();
        string Body() => string.Join(' ', Enumerable.Range(0, 120).Select(_ => words[random.Next(words.Length)])) + ".";
        var bodies = Enumerable.Range(0, articles + articles / 10).Select(_ => Body()).ToArray();
        var first = Enumerable.Range(0, articles).ToDictionary(i => $"story-{i:0000}", i => $"Story {i} report");
        var second = first.Skip(articles / 15).ToDictionary();
        foreach (var id in second.Keys.Take(articles / 15).ToList()) second[id] += " revised";
        for (var i = articles; i < bodies.Length; i++) second[$"story-{i:0000}"] = $"Story {i} report";
        return new FaultCorpus(WriteVersion(Path.Combine(root, "first"), first, bodies), WriteVersion(Path.Combine(root, "second"), second, bodies),
            second.Keys.First(id => first.TryGetValue(id, out var title) && title == second[id]));
    }

    private static Content WriteVersion(string folder, Dictionary<string, string> titles, string[] bodies)
    {
        Directory.CreateDirectory(folder);
        foreach (var (id, title) in titles)
            File.WriteAllText(Path.Combine(folder, $"{id}.txt"), $"{title}\n\n{bodies[int.Parse(id[6..])]}\n");
        return new Content(folder, titles.Count, Content.FingerprintOf(titles.Select(t => $"{t.Key}|{t.Value}")));
    }
}
