using System.Text.Json;
using AngleSharp.Dom;

namespace SearchEngine.Indexing.Sources.Html;

/// <summary>
/// What the page's JSON-LD (<c>&lt;script type="application/ld+json"&gt;</c>) says about the article: objects, arrays and
/// <c>@graph</c> forms, an article type (NewsArticle, Article, BlogPosting …) before a WebPage. Scripts that do not parse
/// are skipped: broken JSON-LD is common and says nothing.
/// </summary>
public sealed partial record JsonLdArticle(
    string? Headline, string? Published, string? Created, string? Modified, IReadOnlyList<string> Authors, string? Publisher)
{
    private const int MaxDepth = 8;

    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "ReviewNewsArticle",
        "BackgroundNewsArticle", "BlogPosting", "LiveBlogPosting", "SocialMediaPosting", "TechArticle", "ScholarlyArticle", "Report",
    };

    private static readonly HashSet<string> PageTypes = new(StringComparer.OrdinalIgnoreCase) { "WebPage", "ItemPage", "AboutPage", "CollectionPage" };

    private static readonly JsonDocumentOptions Lenient = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static readonly JsonLdArticle None = new(null, null, null, null, [], null);

    public static JsonLdArticle Of(IDocument document)
    {
        var articles = new List<JsonElement>();
        var pages = new List<JsonElement>();
        var parsed = new List<JsonDocument>();
        try
        {
            foreach (var script in document.GetElementsByTagName("script"))
            {
                if (!string.Equals(script.GetAttribute("type")?.Trim(), "application/ld+json", StringComparison.OrdinalIgnoreCase)) continue;
                if (Parse(script.TextContent) is not { } json) continue;
                parsed.Add(json);
                Collect(json.RootElement, articles, pages, 0);
            }
            var ranked = articles.Concat(pages).ToList();
            return ranked.Count == 0 ? None : new JsonLdArticle(
                First(ranked, "headline"),
                First(ranked, "datePublished"),
                First(ranked, "dateCreated"),
                First(ranked, "dateModified"),
                ranked.Select(o => Names(o, "author", people: true)).FirstOrDefault(n => n.Count > 0)
                ?? ranked.Select(o => Names(o, "creator", people: true)).FirstOrDefault(n => n.Count > 0) ?? [],
                ranked.Select(o => Names(o, "publisher", people: false).FirstOrDefault()).FirstOrDefault(n => n is not null));
        }
        finally
        {
            foreach (var json in parsed) json.Dispose();
        }
    }

    /// <summary>A CDATA wrapper some pages put around the JSON, bare or commented out.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?://|/\*)?\s*<!\[CDATA\[(?:\s*\*/)?|(?://|/\*)?\s*\]\]>(?:\s*\*/)?")]
    private static partial System.Text.RegularExpressions.Regex CData();

    private static JsonDocument? Parse(string text)
    {
        try
        {
            return JsonDocument.Parse(CData().Replace(text, "").Trim(), Lenient);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Article and page objects anywhere in the tree (a NewsArticle may sit in a WebPage's mainEntity).</summary>
    private static void Collect(JsonElement node, List<JsonElement> articles, List<JsonElement> pages, int depth)
    {
        if (depth > MaxDepth) return;
        if (node.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in node.EnumerateArray()) Collect(item, articles, pages, depth + 1);
            return;
        }
        if (node.ValueKind != JsonValueKind.Object) return;
        if (Types(node).Any(ArticleTypes.Contains)) articles.Add(node);
        else if (Types(node).Any(PageTypes.Contains)) pages.Add(node);
        foreach (var property in node.EnumerateObject())
            if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array && property.Name is not ("author" or "creator" or "publisher"))
                Collect(property.Value, articles, pages, depth + 1);
    }

    private static IEnumerable<string> Types(JsonElement node)
    {
        if (!node.TryGetProperty("@type", out var type)) yield break;
        if (type.ValueKind == JsonValueKind.String) yield return type.GetString()!;
        else if (type.ValueKind == JsonValueKind.Array)
            foreach (var item in type.EnumerateArray())
                if (item.ValueKind == JsonValueKind.String) yield return item.GetString()!;
    }

    private static string? First(List<JsonElement> nodes, string property)
    {
        foreach (var node in nodes)
            if (node.TryGetProperty(property, out var value) && Text(value) is { } text) return text;
        return null;
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()?.Trim() is { Length: > 0 } text ? text : null,
        JsonValueKind.Array => value.EnumerateArray().Select(Text).FirstOrDefault(t => t is not null),
        _ => null,
    };

    /// <summary>
    /// The names an author or publisher value gives: a string, an object's <c>name</c>, or a list of them. For authors an
    /// Organization is left out: it is the outlet crediting itself, not a writer.
    /// </summary>
    private static List<string> Names(JsonElement node, string property, bool people)
    {
        var names = new List<string>();
        if (node.TryGetProperty(property, out var value)) AddNames(value, names, people);
        return names;
    }

    private static void AddNames(JsonElement value, List<string> names, bool people)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String when Text(value) is { } written:
                names.Add(written);
                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray()) AddNames(item, names, people);
                break;
            case JsonValueKind.Object when !(people && Types(value).Any(t => t.Equals("Organization", StringComparison.OrdinalIgnoreCase) || t.Equals("NewsMediaOrganization", StringComparison.OrdinalIgnoreCase))):
                if (value.TryGetProperty("name", out var name) && Text(name) is { } text) names.Add(text);
                break;
        }
    }
}
