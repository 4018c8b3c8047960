using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SearchEngine.Querying.Display;
using SearchEngine.Querying.Search;

namespace SearchEngine.Querying.Cli.Rendering;

/// <summary><c>query similar</c> and <c>query diff</c> as text for people and JSON for scripts and the console.</summary>
public static class CopiesRenderer
{
    private const string DeletedOn = "\u001b[31;9m", InsertedOn = "\u001b[32;4m", Off = "\u001b[0m";

    private static readonly JsonWriterOptions JsonOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The article's copies, then what it was derived from and what was derived from it (each part only when there is one).</summary>
    public static string SimilarText(SearchHit article, IReadOnlyList<SimilarArticle> copies, IReadOnlyList<DerivedArticle> derived)
    {
        var id = article.Id;
        var sb = new StringBuilder();
        if (copies.Count == 0) sb.Append(CultureInfo.InvariantCulture, $"{id} has no near-identical copies in the index.\n");
        else
        {
            sb.Append(CultureInfo.InvariantCulture, $"{copies.Count} cop{(copies.Count == 1 ? "y" : "ies")} of {id}:\n");
            sb.AppendLine("  ALIKE  CONTAINED  ID  OUTLET  DATE  TITLE");
            foreach (var copy in copies)
            {
                var hit = copy.Article;
                var representative = copy.IsRepresentative ? " (first copy)" : "";
                sb.AppendLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {copy.Resemblance,5:P0}  {copy.Containment,9:P0}  {hit.Id}  {hit.Outlet ?? "-"}  {hit.Date ?? "-"}  {TerminalText.Visible(hit.Title)}{representative}"));
            }
        }
        if (article.DerivedFrom.Count > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{id} was derived from:\n");
            sb.AppendLine("  SHARE  ID  OUTLET  DATE");
            foreach (var source in article.DerivedFrom)
                sb.AppendLine(string.Create(CultureInfo.InvariantCulture, $"  {source.Share,5:P0}  {source.Id}  {source.Outlet ?? "-"}  {source.Date ?? "-"}"));
        }
        if (derived.Count > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{derived.Count} {(derived.Count == 1 ? "story was" : "stories were")} derived from {id}:\n");
            sb.AppendLine("  SHARE  ID  OUTLET  DATE  TITLE");
            foreach (var story in derived)
            {
                var hit = story.Article;
                sb.AppendLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {story.Share,5:P0}  {hit.Id}  {hit.Outlet ?? "-"}  {hit.Date ?? "-"}  {TerminalText.Visible(hit.Title)}"));
            }
        }
        return sb.ToString();
    }

    /// <summary><c>copies</c>, <c>derivedFrom</c> (the article's sources) and <c>derived</c> (the stories derived from it), each always present.</summary>
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
