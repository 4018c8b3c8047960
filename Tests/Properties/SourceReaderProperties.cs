using System.IO.Compression;
using System.Text;
using CsCheck;
using SearchEngine.Indexing.Extraction;
using SearchEngine.Indexing.Sources;
using SearchEngine.Tests.Support;

namespace SearchEngine.Tests.Properties;

/// <summary>Whatever bytes a source file holds, reading it and running its articles through the pipeline ends with articles or reported problems, never an exception.</summary>
public sealed class SourceReaderProperties(Xunit.Abstractions.ITestOutputHelper output) : IDisposable
{
    private const int Cases = 300;
    private const ulong Seed = 21;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static readonly Gen<string> Extension = Gen.OneOf(".txt", ".html", ".htm", ".jsonl", ".jsonl.gz");

    private static readonly Gen<string> Words = Gen.OneOf("Grain", "deal", "reached", "By Ana Ruiz", "Reuters", "March 3, 2024", "\n", "\n\n", "é", "\u001b[31m", "\u0085", "\t")
        .Array[0, 40].Select(words => string.Join(' ', words));

    private static readonly Gen<string> Tag = Gen.OneOf("div", "p", "article", "section", "span", "table", "tr", "td", "ul", "li", "a", "b", "h1", "main",
        "script", "style", "title", "head", "body", "html", "br", "img", "template", "svg", "math", "noscript", "iframe", "x-y");

    /// <summary>Start and end tags at random, so elements nest, overlap and stay open at random.</summary>
    private static readonly Gen<string> Markup = Gen.Frequency(
        (4, Tag.Select(t => $"<{t}>")),
        (3, Tag.Select(t => $"</{t}>")),
        (3, Words),
        (1, Gen.OneOf("<!--", "-->", "<!-- c -->", "<![CDATA[", "<!DOCTYPE html>", "<", ">", "&amp;", "&#x0;", "&", "<p class=\"article-body\" itemprop=\"articleBody\">",
            "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":", "<meta property=\"og:title\" content=\"", "\"")))
        .Array[0, 400].Select(string.Concat);

    /// <summary>One element nested in itself, sometimes past the depth the reader passes over.</summary>
    private static readonly Gen<string> Deep = Gen.Select(Tag, Gen.Frequency((6, Gen.Int[1, 1_500]), (1, Gen.Int[4_990, 6_000])), Gen.Bool,
        (tag, depth, closed) => string.Concat(Enumerable.Repeat($"<{tag}>", depth)) + "Grain deal reached in the capital today."
                                + (closed ? string.Concat(Enumerable.Repeat($"</{tag}>", depth)) : ""));

    private static readonly Gen<string> JsonLines = Gen.OneOf("{\"title\": \"Grain\", \"body\": \"Deal.\"}", "{\"body\": 5}", "[1]", "{", "null", "{\"title\": null}",
            "{\"headline\": \"A\", \"text\": \"B\", \"source\": {\"name\": \"Reuters\"}, \"date\": \"9999-12-31\", \"people\": [1, null, \"Ana\"]}", "", "\"\"")
        .Array[0, 30].Select(lines => string.Join('\n', lines));

    private static readonly Gen<byte[]> Text = Gen.OneOf(Words, Markup, Deep, JsonLines).Select(Encoding.UTF8.GetBytes);

    /// <summary>Random bytes, text cut anywhere, or the same gzipped and cut anywhere.</summary>
    private static readonly Gen<byte[]> Content = Gen.Frequency(
        (2, Gen.Byte.Array[0, 4_096]),
        (3, Text),
        (2, Gen.Select(Text, Gen.Double[0, 1], (bytes, cut) => bytes[..(int)(bytes.Length * cut)])),
        (2, Gen.Select(Text.Select(Gzip), Gen.Double[0, 1], (bytes, cut) => bytes[..(int)(bytes.Length * cut)])));

    private static byte[] Gzip(byte[] bytes)
    {
        using var packed = new MemoryStream();
        using (var gzip = new GZipStream(packed, CompressionLevel.Fastest)) gzip.Write(bytes);
        return packed.ToArray();
    }

    [Fact]
    public void Any_file_is_read_to_articles_or_reported_problems_without_an_exception()
    {
        var scanner = new SourceScanner(SourceOptions.Default);
        PropertyRun.ForAll(Gen.Select(Extension, Content), Cases, Seed, c =>
        {
            var (extension, bytes) = c;
            var path = _folder.Write($"source{extension}", bytes);
            var records = scanner.Read(SourceScanner.FindFiles([path])).ToList();
            foreach (var article in records.OfType<ArticleRecord>()) ArticlePipeline.Default.Process(article.Article);
            Assert.All(records, r => Assert.True(r is ArticleRecord or SourceProblem));
        }, c => $"{c.Item1} of {c.Item2.Length} bytes: {Convert.ToBase64String(c.Item2[..Math.Min(c.Item2.Length, 1500)])}");
        output.WriteLine($"{Cases} files from seed {Seed}");
    }
}
