using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SearchEngine.Indexing.Cli;
using SearchEngine.Querying.Display;
using SearchEngine.Querying.Search;

namespace SearchEngine.Querying.Cli.Rendering;

/// <summary><c>query similar</c> and <c>query diff</c> as text for people and JSON for scripts and the console.</summary>
public static class CopiesRenderer
{
    private const string DeletedOn = "\u001b[31;9m", InsertedOn = "\u001b[32;4m", Off = "\u001b[0m";

    private static readonly JsonWriterOptions JsonOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The article's copies, then what it was derived from and what was derived from it (each part only when there is one).</summary>
    /// <param name="find">The stored article of a source's id, for its title; null shows the id the link holds and no title.</param>
    public static string SimilarText(SearchHit article, IReadOnlyList<SimilarArticle> copies, IReadOnlyList<DerivedArticle> derived, Func<string, SearchHit?> find)
    {
        var id = article.Id;
        var sb = new StringBuilder();
        if (copies.Count == 0) sb.Append(CultureInfo.InvariantCulture, $"{id} has no near-identical copies in the index.\n");
        else
        {
            sb.Append(CultureInfo.InvariantCulture, $"{Counted.Of(copies.Count, "copy", "copies")} of {id}:\n");
            AppendTable(sb, ["ALIKE", "CONTAINED", "ID", "OUTLET", "DATE", "TITLE"], percentColumns: 2, copies.Select(copy => new[]
            {
                Percent(copy.Resemblance),
                Percent(copy.Containment),
                copy.Article.ShortId,
                copy.Article.Outlet ?? "-",
                Day(copy.Article.Date),
                copy.Article.Title + (copy.IsRepresentative ? " (first copy)" : ""),
            }));
        }
        if (article.DerivedFrom.Count > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{id} was derived from:\n");
            AppendTable(sb, ["SHARE", "ID", "OUTLET", "DATE", "TITLE"], percentColumns: 1, article.DerivedFrom.Select(source => find(source.Id) is { } stored
                ? [Percent(source.Share), stored.ShortId, stored.Outlet ?? "-", Day(stored.Date), stored.Title]
                : new[] { Percent(source.Share), source.Id, source.Outlet ?? "-", Day(source.Date), "-" }));
        }
        if (derived.Count > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{Counted.Of(derived.Count, "story was", "stories were")} derived from {SourceOf(id, copies, derived)}:\n");
            AppendTable(sb, ["SHARE", "ID", "OUTLET", "DATE", "TITLE"], percentColumns: 1, derived.Select(story => new[]
            {
                Percent(story.Share), story.Article.ShortId, story.Article.Outlet ?? "-", Day(story.Article.Date), story.Article.Title,
            }));
        }
        return sb.ToString();
    }

    /// <summary>
    /// The id the derived stories name as their source: the article's, or, when they were written from another copy of
    /// it (the copy a cluster's stories link to), that copy's, saying the article is a copy of it.
    /// </summary>
    private static string SourceOf(string id, IReadOnlyList<SimilarArticle> copies, IReadOnlyList<DerivedArticle> derived)
    {
        var sources = derived.SelectMany(story => story.Article.DerivedFrom).Select(source => source.Id).ToHashSet(StringComparer.Ordinal);
        return sources.Contains(id) || copies.FirstOrDefault(copy => sources.Contains(copy.Article.Id)) is not { } source
            ? id
            : $"{source.Article.ShortId}, of which {id} is a copy";
    }

    private static string Percent(double share) => share.ToString("P0", CultureInfo.InvariantCulture);

    private static string Day(string? date) => date is { Length: > 10 } ? date[..10] : date ?? "-";

    /// <summary>
    /// Rows under their headings: the first <paramref name="percentColumns"/> right-aligned, the rest left-aligned, the
    /// last not padded; every cell printable.
    /// </summary>
    private static void AppendTable(StringBuilder sb, string[] header, int percentColumns, IEnumerable<string[]> body)
    {
        var rows = body.Select(row => row.Select(TerminalText.Visible).ToArray()).Prepend(header).ToList();
        var widths = header.Select((_, column) => rows.Max(row => TerminalText.Width(TerminalText.Cells(row[column])))).ToArray();
        foreach (var row in rows)
        {
            var cells = row.Select((cell, column) => column == row.Length - 1 ? cell
                : column < percentColumns ? cell.PadLeft(widths[column]) : TerminalText.Fit(cell, widths[column]));
            sb.AppendLine(("  " + string.Join("  ", cells)).TrimEnd());
        }
    }

    public static string SimilarJson(SearchHit article, IReadOnlyList<SimilarArticle> copies, IReadOnlyList<DerivedArticle> derived) => Json(json =>
    {
        json.WriteString("id", article.Id);
        json.WriteStartArray("copies");
        foreach (var copy in copies)
        {
            json.WriteStartObject();
            WriteArticle(json, copy.Article);
            json.WriteNumber("resemblance", Math.Round(copy.Resemblance, 3));
            json.WriteNumber("containment", Math.Round(copy.Containment, 3));
            json.WriteBoolean("representative", copy.IsRepresentative);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        JsonRenderer.WriteSources(json, article.DerivedFrom);
        json.WriteStartArray("derived");
        foreach (var story in derived)
        {
            json.WriteStartObject();
            WriteArticle(json, story.Article);
            json.WriteNumber("share", Math.Round(story.Share, 3));
            json.WriteEndObject();
        }
        json.WriteEndArray();
    });

    /// <summary>
    /// The second text read through, with deletions and insertions marked: in colour (struck red, underlined green), or
    /// without colour in the wdiff convention, <c>[-deleted-]</c> and <c>{+inserted+}</c>, so it reads in a pipe too.
    /// Two texts that share little are said to, before the diff, as otherwise it reads as one long rewrite.
    /// </summary>
    public static string DiffText(ArticleDiff diff, bool colour)
    {
        var sb = new StringBuilder();
        sb.AppendLine(TerminalText.Visible($"--- {diff.First.Id}  {diff.First.Outlet ?? "-"}  {diff.First.Title}"));
        sb.AppendLine(TerminalText.Visible($"+++ {diff.Second.Id}  {diff.Second.Outlet ?? "-"}  {diff.Second.Title}"));
        if (diff.SharesLittle)
            sb.AppendLine($"These two articles share little: {Percent(diff.Shared)} of the shorter one's words are kept in the other "
                + $"in runs of {ArticleDiff.SharedRun} words or more, as between unrelated stories; the diff follows.");
        foreach (var piece in diff.Pieces)
        {
            var text = string.Join('\n', piece.Text.Split('\n').Select(TerminalText.Visible));
            sb.Append(piece.Kind switch
            {
                DiffKind.Deleted => colour ? DeletedOn + text + Off : $"[-{text}-]",
                DiffKind.Inserted => colour ? InsertedOn + text + Off : $"{{+{text}+}}",
                _ => text,
            });
        }
        return sb.AppendLine().ToString();
    }

    public static string DiffJson(ArticleDiff diff) => Json(json =>
    {
        json.WriteStartObject("first");
        WriteArticle(json, diff.First);
        json.WriteEndObject();
        json.WriteStartObject("second");
        WriteArticle(json, diff.Second);
        json.WriteEndObject();
        json.WriteNumber("shared", Math.Round(diff.Shared, 3));
        json.WriteBoolean("sharesLittle", diff.SharesLittle);
        json.WriteStartArray("pieces");
        foreach (var piece in diff.Pieces)
        {
            json.WriteStartObject();
            json.WriteString("kind", piece.Kind.ToString().ToLowerInvariant());
            json.WriteString("text", piece.Text);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    });

    private static void WriteArticle(Utf8JsonWriter json, SearchHit hit)
    {
        json.WriteString("id", hit.Id);
        json.WriteString("title", hit.Title);
        json.WriteString("outlet", hit.Outlet);
        json.WriteString("date", hit.Date);
    }

    private static string Json(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            json.WriteStartObject();
            body(json);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
