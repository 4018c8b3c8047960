using System.IO.Compression;
using System.Text;
using System.Text.Json;
using SearchEngine.Indexing.Extraction.Dates;

namespace SearchEngine.Indexing.Sources;

/// <summary>
/// One article per line (<c>.jsonl</c>, <c>.ndjson</c>, or either gzipped). Fields are found by common aliases or by the
/// user's <c>--field NAME=KEY</c>; unknown fields are ignored. A malformed line is reported with its number and passed over.
/// </summary>
public static class JsonLinesReader
{
    /// <summary>The article fields and the keys they are known by, first match wins.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Aliases = new Dictionary<string, string[]>
    {
        ["title"] = ["title", "headline"],
        ["body"] = ["body", "text", "content"],
        ["outlet"] = ["outlet", "source", "publisher", "site_name"],
        ["date"] = ["date", "published", "date_raw", "published_at", "publishedAt", "pubDate"],
        ["author"] = ["author", "byline", "authors"],
        ["url"] = ["url", "link"],
        ["id"] = ["id"],
        ["people"] = ["people", "persons"],
    };

    /// <param name="maxRecordBytes">A record longer than this is passed over unparsed, as a text or HTML file that large is.</param>
    public static IEnumerable<SourceRecord> Read(SourceFileInfo file, Stream stream, IReadOnlyDictionary<string, string> fieldMap, long maxRecordBytes)
    {
        var gzipped = file.FullPath.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);
        long decompressed = 0;
        using var input = gzipped
            ? new ByteCountingStream(new GZipStream(stream, CompressionMode.Decompress), n => decompressed += n)
            : stream;
        var notUtf8 = new CountingReplacementFallback();
        using var reader = new StreamReader(input, Encoding.GetEncoding("utf-8", EncoderFallback.ReplacementFallback, notUtf8));
        var notUtf8Reported = false;
        var lineNumber = 0;
        var seen = 0;
        var unnamed = new UnnamedRecordIds();
        // The last record waits one line: a cut-off file's last line is half a record, which is reported as the cut.
        SourceRecord? held = null;
        var readFailed = false;
        while (true)
        {
            string? line;
            string? readError = null;
            try
            {
                line = reader.ReadLine();
            }
            catch (Exception e) when (e is InvalidDataException or IOException)
            {
                line = null;
                readError = e.Message;
            }
            if (readError is not null)
            {
                readFailed = true;
                if (held is not null) yield return held;
                held = null;
                yield return SourceProblem.Failed(file.DisplayPath, $"cannot read past line {lineNumber}: {readError}");
            }
            if (line is null) break;
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            seen++;
            if (held is not null) yield return held;
            // Decoding runs ahead of the lines, so the count says a bad byte was met; the line it was in shows its U+FFFD.
            if (!notUtf8Reported && notUtf8.Count > 0 && line.Contains('\uFFFD'))
            {
                notUtf8Reported = true;
                yield return SourceProblem.Warning(file.DisplayPath, "not valid UTF-8 (the first bad bytes are on this line); each was read as \uFFFD, so some letters are lost", lineNumber);
            }
            // Counted in characters, which the line already has: at most its size in bytes, so the limit is never stricter.
            held = line.Length > maxRecordBytes
                ? SourceProblem.Skipped(file.DisplayPath, $"{line.Length / 1048576.0:0.0} MB is larger than any article (limit {maxRecordBytes / 1048576.0:0.#} MB)", lineNumber)
                : ParseLine(file, line, lineNumber, fieldMap, unnamed);
            if (UnreadDate(held) is { } date)
                yield return SourceProblem.Warning(file.DisplayPath, UnreadDateWarning.Of(date, null, NumericDateOrder.Unknown, null), lineNumber);
        }
        var cutOff = gzipped && !readFailed && GzipEnd.IsCutOff(file.FullPath, decompressed);
        if (cutOff && held is SourceProblem { IsFailure: true })
            yield return SourceProblem.Failed(file.DisplayPath, $"the compressed file is cut off: its data ends in the middle of line {lineNumber}, and the lines before it were read");
        else
        {
            if (held is not null) yield return held;
            if (cutOff)
                yield return SourceProblem.Failed(file.DisplayPath, $"the compressed file is cut off after line {lineNumber}: its end is missing, so records after that line are lost; the lines before it were read");
        }
        if (seen == 0)
            yield return SourceProblem.Skipped(file.DisplayPath, "no records in the file");
    }

    /// <summary>
    /// A date the record states that is no day the indexer can read: ambiguous, impossible or without a year. Said, as
    /// an export with one such date often has many, which would otherwise drop out of every date filter unnoticed.
    /// </summary>
    private static string? UnreadDate(SourceRecord? record) =>
        record is ArticleRecord { Article.Metadata: { Date: { Length: > 0 } date, Published: null } } ? date : null;

    /// <summary>
    /// The parser's complaint with where on the line it is: its own message ends in a zero-based "LineNumber", which
    /// beside our one-based line reads as another line.
    /// </summary>
    private static string InvalidJson(JsonException e)
    {
        var message = e.Message;
        var suffix = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (suffix > 0) message = message[..suffix];
        return e.BytePositionInLine is { } at ? $"invalid JSON at byte {at + 1} of the line: {message}" : $"invalid JSON: {message}";
    }

    private static SourceRecord ParseLine(SourceFileInfo file, string line, int lineNumber, IReadOnlyDictionary<string, string> fieldMap,
        UnnamedRecordIds unnamed)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            return SourceProblem.Failed(file.DisplayPath, InvalidJson(e), lineNumber);
        }
        using (json)
        {
            if (json.RootElement.ValueKind != JsonValueKind.Object)
                return SourceProblem.Failed(file.DisplayPath, $"expected a JSON object, found {json.RootElement.ValueKind}", lineNumber);
            var fields = new JsonFields(json.RootElement, fieldMap);
            var body = fields.Text("body");
            var title = fields.Text("title");
            if (string.IsNullOrWhiteSpace(body) && string.IsNullOrWhiteSpace(title))
                return SourceProblem.Skipped(file.DisplayPath, $"no body or title (looked for {fields.KeysFor("body")}, {fields.KeysFor("title")})", lineNumber);
            var date = fields.Text("date");
            var url = fields.Text("url");
            var id = fields.Text("id") ?? unnamed.Next(url, title, date, body);
            var meta = new ExplicitMetadata
            {
                Title = title,
                Outlet = fields.Text("outlet"),
                Date = date,
                // Read here, once: whether it reads decides the warning, and the date extractor takes it as read.
                Published = DateParser.Parse(date),
                Author = fields.Text("author"),
                Url = url,
                People = fields.List("people"),
                Origins = new FieldOrigins
                {
                    Title = fields.Origin("title"), Outlet = fields.Origin("outlet"), Date = fields.Origin("date"), Author = fields.Origin("author"),
                },
            };
            var location = $"{file.DisplayPath}:{lineNumber}";
            return new ArticleRecord(new RawArticle($"{file.IdStem}/{id}", location, body ?? "", meta, SourceText.Hash(line))
            {
                SourceFile = file.DisplayPath,
            });
        }
    }

    /// <summary>Reads the article fields of one JSON object by alias.</summary>
    private sealed class JsonFields(JsonElement root, IReadOnlyDictionary<string, string> fieldMap)
    {
        public string KeysFor(string field) =>
            fieldMap.TryGetValue(field, out var key) ? $"\"{key}\"" : string.Join("/", Aliases[field]);

        public string? Text(string field) => Find(field) is { } value ? AsText(value) : null;

        public IReadOnlyList<string>? List(string field)
        {
            if (Find(field) is not { } value) return null;
            var items = value.ValueKind == JsonValueKind.Array
                ? value.EnumerateArray().Select(AsText).OfType<string>().ToList()
                : AsText(value) is { } one ? one.Split([';', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList() : [];
            return items.Count == 0 ? null : items;
        }

        /// <summary>Where the field's value was found ("json field headline"); null when the record has none.</summary>
        public string? Origin(string field) => FoundKey(field) is { } key && Text(field) is not null ? $"json field {key}" : null;

        private JsonElement? Find(string field) => FoundKey(field) is { } key ? root.GetProperty(key) : null;

        private string? FoundKey(string field)
        {
            var keys = fieldMap.TryGetValue(field, out var key) ? [key] : Aliases[field];
            foreach (var k in keys)
                if (root.TryGetProperty(k, out var value) && value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined))
                    return k;
            return null;
        }

        /// <summary>Strings as they are; numbers as written; an object by its "name" (as news APIs give a source); an array of names joined.</summary>
        private static string? AsText(JsonElement value)
        {
            var text = value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                JsonValueKind.Object when value.TryGetProperty("name", out var name) => AsText(name),
                JsonValueKind.Array => string.Join(", ", value.EnumerateArray().Select(AsText).OfType<string>()),
                _ => null,
            };
            return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        }
    }
}
