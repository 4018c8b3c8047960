using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SearchEngine.Querying.Search;

namespace SearchEngine.Querying.Cli.Rendering;

/// <summary>
/// Results as JSON for scripts. The shape is a documented contract, written field by field rather than by reflecting
/// over the model, so renaming a C# property cannot change it. Marks are [start, end) UTF-16 offsets into their text.
/// </summary>
public static class JsonRenderer
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Keep non-ASCII text readable; control characters are still escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Render(SearchResult result)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("query", result.QueryText);
            json.WriteNumber("total", result.Total);
            json.WriteNumber("totalArticles", result.TotalArticles);
            json.WriteNumber("totalStories", result.TotalStories);
            json.WriteNumber("tookMs", Math.Round(result.TookMs, 1));
            WriteSuggestion(json, result.Suggestion);
            json.WriteStartArray("hits");
            foreach (var hit in result.Hits) WriteHit(json, hit);
            json.WriteEndArray();
            WriteFacets(json, result);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary><c>suggestion</c>: the respelled query and the articles it finds (see <see cref="SearchResult.Suggestion"/>); else null.</summary>
    private static void WriteSuggestion(Utf8JsonWriter json, QuerySuggestion? suggestion)
    {
        if (suggestion is null)
        {
            json.WriteNull("suggestion");
            return;
        }
        json.WriteStartObject("suggestion");
        json.WriteString("query", suggestion.QueryText);
        json.WriteNumber("articles", suggestion.Articles);
        json.WriteEndObject();
    }

    private static void WriteHit(Utf8JsonWriter json, SearchHit hit)
    {
        json.WriteStartObject();
        json.WriteString("id", hit.Id);
        json.WriteString("title", hit.Title);
        json.WriteString("outlet", hit.Outlet);
        json.WriteString("date", hit.Date);
        json.WriteString("author", hit.Author);
        WriteStrings(json, "people", hit.People);
        json.WriteString("url", hit.Url);
        json.WriteNumber("score", hit.Score);
        json.WriteString("path", hit.Path);
        json.WriteString("cluster", hit.ClusterId);
        json.WriteNumber("similar", hit.SimilarCount);
        WriteStrings(json, "similarOutlets", hit.SimilarOutlets);
        WriteSources(json, hit.DerivedFrom);
        json.WriteNumber("derivedStories", hit.DerivedStories);
        json.WriteStartArray("snippets");
        foreach (var snippet in hit.Snippets)
        {
            json.WriteStartObject();
            json.WriteString("text", snippet.Text);
            json.WriteStartArray("marks");
            foreach (var mark in snippet.Marks)
            {
                json.WriteStartArray();
                json.WriteNumberValue(mark.Start);
                json.WriteNumberValue(mark.End);
                json.WriteEndArray();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary><c>derivedFrom</c>: the articles the hit was derived from, each with its outlet, date and share (0..1).</summary>
    internal static void WriteSources(Utf8JsonWriter json, IReadOnlyList<ArticleSource> sources)
    {
        json.WriteStartArray("derivedFrom");
        foreach (var source in sources)
        {
            json.WriteStartObject();
            json.WriteString("id", source.Id);
            json.WriteString("outlet", source.Outlet);
            json.WriteString("date", source.Date);
            json.WriteNumber("share", Math.Round(source.Share, 3));
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }

    /// <summary>Always every dimension counted, in the same order, so scripts need not test for missing keys.</summary>
    private static void WriteFacets(Utf8JsonWriter json, SearchResult result)
    {
        json.WriteStartObject("facets");
        foreach (var dimension in result.Dimensions)
        {
            json.WriteStartArray(dimension.Field);
            foreach (var facet in result.Facets.GetValueOrDefault(dimension.Field) ?? [])
            {
                json.WriteStartObject();
                json.WriteString("value", facet.Value);
                json.WriteNumber("count", facet.Count);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }
}
