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

    public static string SimilarText(string id, IReadOnlyList<SimilarArticle> copies)
    {
        if (copies.Count == 0) return $"{id} has no near-identical copies in the index.\n";
        var sb = new StringBuilder($"{Counted.Of(copies.Count, "copy", "copies")} of {id}:\n");
        string[] header = ["ALIKE", "CONTAINED", "ID", "OUTLET", "DATE", "TITLE"];
        var rows = copies.Select(copy => new[]
        {
            copy.Resemblance.ToString("P0", CultureInfo.InvariantCulture),
            copy.Containment.ToString("P0", CultureInfo.InvariantCulture),
            TerminalText.Visible(copy.Article.ShortId),
            TerminalText.Visible(copy.Article.Outlet ?? "-"),
            copy.Article.Date is { Length: > 10 } date ? date[..10] : copy.Article.Date ?? "-",
            TerminalText.Visible(copy.Article.Title) + (copy.IsRepresentative ? " (first copy)" : ""),
        }).Prepend(header).ToList();
        var widths = header.Select((_, column) => rows.Max(row => TerminalText.Width(TerminalText.Cells(row[column])))).ToArray();
        foreach (var row in rows)
        {
            // Percentages are right-aligned under their headings, the rest left-aligned; the title is last and not padded.
            var cells = row.Select((cell, column) => column == row.Length - 1 ? cell
                : column < 2 ? cell.PadLeft(widths[column]) : TerminalText.Fit(cell, widths[column]));
            sb.AppendLine(("  " + string.Join("  ", cells)).TrimEnd());
        }
        return sb.ToString();
    }

    public static string SimilarJson(string id, IReadOnlyList<SimilarArticle> copies) => Json(json =>
    {
        json.WriteString("id", id);
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
    });

    /// <summary>
    /// The second text read through, with deletions and insertions marked: in colour (struck red, underlined green), or
    /// without colour in the wdiff convention, <c>[-deleted-]</c> and <c>{+inserted+}</c>, so it reads in a pipe too.
    /// </summary>
    public static string DiffText(ArticleDiff diff, bool colour)
    {
        var sb = new StringBuilder();
        sb.AppendLine(TerminalText.Visible($"--- {diff.First.Id}  {diff.First.Outlet ?? "-"}  {diff.First.Title}"));
        sb.AppendLine(TerminalText.Visible($"+++ {diff.Second.Id}  {diff.Second.Outlet ?? "-"}  {diff.Second.Title}"));
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
