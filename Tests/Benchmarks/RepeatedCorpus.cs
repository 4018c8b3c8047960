using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SearchEngine.Benchmarks;

/// <summary>
/// Writes a JSON Lines corpus repeated N times to a temp file. Each repeat after the first gets distinct ids and a few
/// words of each body swapped (fixed seed), so the copies are near duplicates, not exact ones, as real re-sends are.
/// </summary>
public static class RepeatedCorpus
{
    public static string Write(string corpus, int repeat, string folder)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"corpus-x{repeat}.jsonl");
        var lines = ReadLines(corpus).ToList();
        using var output = new StreamWriter(path, false, new UTF8Encoding(false));
        for (var r = 0; r < repeat; r++)
        {
            var random = new Random(r);
            for (var i = 0; i < lines.Count; i++)
                output.WriteLine(r == 0 ? Reidentify(lines[i], i, r, null) : Reidentify(lines[i], i, r, random));
        }
        return path;
    }

    private static string Reidentify(string line, int index, int repeat, Random? perturb)
    {
        if (JsonNode.Parse(line) is not JsonObject record) return line;
        record["id"] = $"{index}-{repeat}";
        if (perturb is not null && record["body"]?.GetValue<string>() is { Length: > 0 } body)
            record["body"] = SwapWords(body, perturb);
        return record.ToJsonString();
    }

    /// <summary>About one word in thirty replaced by another word of the same text.</summary>
    private static string SwapWords(string body, Random random)
    {
        var words = body.Split(' ');
        for (var i = 0; i < words.Length; i++)
            if (random.Next(30) == 0)
                words[i] = words[random.Next(words.Length)];
        return string.Join(' ', words);
    }

    /// <summary>The same articles as plain text, one per line (title, then body), for a brute-force scan such as ripgrep.</summary>
    public static string WritePlainText(string jsonl)
    {
        var path = Path.ChangeExtension(jsonl, ".txt");
        using var output = new StreamWriter(path, false, new UTF8Encoding(false));
        foreach (var line in ReadLines(jsonl))
        {
            if (JsonNode.Parse(line) is not JsonObject record) continue;
            var text = $"{record["title"]?.GetValue<string>()} {record["body"]?.GetValue<string>()}";
            output.WriteLine(text.ReplaceLineEndings(" "));
        }
        return path;
    }

    /// <summary><c>corpus --corpus FILE --repeat N --out DIR</c>: writes the repeated corpus as JSON Lines and plain text, for the indexer and for ripgrep.</summary>
    public static int Run(string[] args)
    {
        var a = new BenchmarkArgs(args);
        var jsonl = Write(a.Require("--corpus"), a.GetInt("--repeat", 1), a.Require("--out"));
        var text = WritePlainText(jsonl);
        Console.WriteLine($"{jsonl} ({new FileInfo(jsonl).Length / 1048576.0:0.0} MB)\n{text} ({new FileInfo(text).Length / 1048576.0:0.0} MB)");
        return 0;
    }

    public static IEnumerable<string> ReadLines(string path)
    {
        using var file = File.OpenRead(path);
        using var input = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : (Stream)file;
        using var reader = new StreamReader(input);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0)
                yield return line;
    }

    public static JsonSerializerOptions Json { get; } = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
}
