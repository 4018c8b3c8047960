using System.Text;
using System.Text.Json;
using CsCheck;
using SearchEngine.Indexing;
using SearchEngine.Indexing.Cli;
using SearchEngine.Tests.Cli;
using SearchEngine.Tests.Support;

namespace SearchEngine.Tests.Properties;

/// <summary>
/// Article text, file names and queries with escape sequences, C1 controls and spreadsheet formulas, through every
/// command of both programs in every format: no control character but tab and line breaks reaches the output, and no
/// CSV cell starts with a formula character.
/// </summary>
public sealed class PrintableOutputProperties(Xunit.Abstractions.ITestOutputHelper output) : IDisposable
{
    private const int Corpora = 4;
    private const ulong Seed = 21;

    private readonly TempFolder _folder = new();
    private readonly CliHarness _query = new();
    private int _commands;

    public void Dispose() => _folder.Dispose();

    private static readonly Gen<string> Hostile = Gen.Frequency(
        (4, Gen.OneOf("Grain", "deal", "Ana Ruiz", "Reuters", " ", "é")),
        (3, Gen.OneOf("\u001b[31m", "\u001b]0;owned\u0007", "\u001b[2J", "\u009b31m", "\u0085", "\u009d", "\u0090", "\u0007", "\b", "\r", "\u007f", "\u0000")),
        (1, Gen.Char['\u0000', '\u00a0'].Select(c => c.ToString())))
        .Array[1, 12].Select(string.Concat);

    private static readonly Gen<string> Formula = Gen.OneOf("", "=", "+", "-", "@", "\t=", " \t@", "\t-", "=HYPERLINK(\"http://x\",\"y\")", "@SUM(A1)");

    private static readonly Gen<string> Field = Gen.Select(Formula, Hostile, (formula, text) => formula + text);

    /// <summary>Four records of hostile fields in a JSON Lines file, a text and a page, and hostile names on a file skipped and a file that fails.</summary>
    private static readonly Gen<Corpus> HostileCorpus = Gen.Select(Field.Array[24], Hostile.Array[3], (fields, names) => new Corpus(fields, names));

    private sealed record Corpus(string[] Fields, string[] Names);

    [Fact]
    public void Hostile_text_through_every_command_and_format_prints_no_control_character_and_no_formula()
    {
        _query.Environment[DefaultPaths.SavedQueriesVariable] = _folder.Combine("saved.json");
        PropertyRun.ForAll(HostileCorpus, Corpora, Seed, corpus =>
        {
            var source = Write(corpus);
            var index = _folder.Combine($"index-{Guid.NewGuid():N}");
            var query = corpus.Fields[0];
            Indexer("rebuild", "--source", source, "--index", index);
            Indexer("update", "--source", source, "--index", index);
            Indexer("stats", "--index", index);
            Indexer("stats", "--index", index, "--json");
            foreach (var file in Directory.EnumerateFiles(source))
            {
                Indexer("inspect", file);
                Indexer("inspect", file, "--json");
            }
            Indexer("rebuild", "--source", Path.Combine(source, corpus.Names[0]), "--index", index);

            foreach (var format in new[] { "table", "json", "csv" })
            {
                Query("search", "*:*", "--all", "--limit", "100", "--format", format, "--index", index);
                Query("search", query, "--format", format, "--index", index);
            }
            Query("search", "grain", "--index", Path.Combine(_folder.Path, corpus.Names[1]));
            var ids = Ids(index);
            foreach (var (id, other) in ids.Zip(ids.Skip(1).Append(ids[0])))
            {
                Query("similar", id, "--index", index);
                Query("similar", id, "--json", "--index", index);
                Query("diff", id, other, "--index", index);
                Query("diff", id, other, "--json", "--index", index);
            }
            Query("similar", query, "--index", index);
            Query("saved", "add", "hostile", query, "--replace");
            Query("saved", "list");
            foreach (var format in new[] { "table", "json", "csv" })
                Query("saved", "run", "hostile", "--format", format, "--index", index);
        }, corpus => string.Join(" | ", corpus.Fields.Concat(corpus.Names).Select(f => JsonSerializer.Serialize(f))));
        output.WriteLine($"{Corpora} corpora from seed {Seed}: {_commands} commands checked");
    }

    private string Write(Corpus corpus)
    {
        var source = _folder.Combine($"source-{Guid.NewGuid():N}");
        var f = corpus.Fields;
        var records = Enumerable.Range(0, 4).Select(r => JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["id"] = $"r{r}",
            ["title"] = f[r * 5],
            ["body"] = $"{f[r * 5 + 1]} grain {f[r * 5 + 2]}",
            ["author"] = f[r * 5 + 3],
            ["outlet"] = f[r * 5 + 4],
            ["people"] = new[] { f[r * 5 + 3] },
            ["date"] = "2024-03-01",
        }));
        Directory.CreateDirectory(source);
        File.WriteAllLines(Path.Combine(source, "feed.jsonl"), records);
        File.WriteAllText(Path.Combine(source, "story.txt"), $"{f[20]}\n\nBy {f[21]}\n\n{f[22]} grain and more words for the body.");
        File.WriteAllText(Path.Combine(source, "page.html"),
            $"<html><head><title>{f[23]}</title></head><body><article><h1>{f[23]}</h1><p>{f[22]} grain, a paragraph long enough to be the article's text.</p></article></body></html>");
        File.WriteAllText(Path.Combine(source, Named(corpus.Names[0], ".txt")), "");
        File.WriteAllBytes(Path.Combine(source, Named(corpus.Names[1], ".html")), [0, 0, 0]);
        File.WriteAllText(Path.Combine(source, Named(corpus.Names[2], ".doc")), "not an article");
        return source;
    }

    /// <summary>A file name of the hostile text, less the characters no Linux file name may hold.</summary>
    private static string Named(string text, string extension) => text.Replace("/", "").Replace("\0", "") + extension;

    private List<string> Ids(string index)
    {
        _query.Run("search", "*:*", "--all", "--limit", "100", "--format", "json", "--index", index);
        return JsonDocument.Parse(_query.Out).RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!).ToList();
    }

    private void Indexer(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        IndexerCli.Run(args, new CliContext { Out = stdout, Error = stderr, Environment = _ => null });
        Check(args, stdout.ToString(), stderr.ToString(), csv: false);
    }

    private void Query(params string[] args)
    {
        _query.Run(args);
        Check(args, _query.Out, _query.Error, csv: args.Contains("csv"));
    }

    private void Check(string[] args, string stdout, string stderr, bool csv)
    {
        _commands++;
        var command = string.Join(' ', args.Take(2));
        foreach (var (text, stream) in new[] { (stdout, "output"), (stderr, "error") })
        {
            var bad = text.IndexOfAny(Unprintable);
            Assert.True(bad < 0, $"{command}: raw U+{(bad < 0 ? 0 : text[bad]):X4} in its {stream}: {JsonSerializer.Serialize(bad < 0 ? "" : text[Math.Max(0, bad - 40)..Math.Min(text.Length, bad + 40)])}");
        }
        if (csv)
            foreach (var cell in CsvCells(stdout))
                Assert.False(cell.TrimStart(' ', '\t') is [ '=' or '+' or '-' or '@', ..], $"{command}: CSV cell starts a formula: {JsonSerializer.Serialize(cell)}");
    }

    /// <summary>Every control character but tab and line breaks: C0 (ESC among them), DEL and C1.</summary>
    private static readonly char[] Unprintable = Enumerable.Range(0, 0xa0).Select(c => (char)c).Where(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r')).ToArray();

    /// <summary>The cells of RFC 4180 CSV, unquoted.</summary>
    private static IEnumerable<string> CsvCells(string csv)
    {
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c is ',' or '\n')
            {
                yield return cell.ToString().TrimEnd('\r');
                cell.Clear();
            }
            else cell.Append(c);
        }
        if (cell.Length > 0) yield return cell.ToString();
    }
}
