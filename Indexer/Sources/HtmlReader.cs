using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SearchEngine.Indexing.Sources.Html;

namespace SearchEngine.Indexing.Sources;

/// <summary>
/// An HTML page: metadata from its head (title, og:site_name, article:published_time, author) and the text of its
/// article element as lines, one per block, so the same cleaning rules as for scraped text apply.
/// </summary>
public static class HtmlReader
{
    private static readonly HashSet<string> Invisible = ["script", "style", "noscript", "template", "svg", "iframe", "head", "form", "button", "select"];

    private static readonly HashSet<string> Blocks =
    [
        "p", "div", "section", "article", "main", "header", "footer", "nav", "aside", "h1", "h2", "h3", "h4", "h5", "h6",
        "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "figure", "figcaption", "table", "tr", "td", "th", "hr", "address", "time",
    ];

    private static readonly System.Text.RegularExpressions.Regex SourceWhitespace = new(@"\s+", System.Text.RegularExpressions.RegexOptions.Compiled);

    public static IEnumerable<SourceRecord> Read(SourceFileInfo file, byte[] bytes)
    {
        var html = UnclosedTitle.Close(SourceText.Decode(bytes, out _));
        var document = new HtmlParser().ParseDocument(html);
        var site = Meta(document, "og:site_name") ?? Meta(document, "application-name");
        var meta = new ExplicitMetadata
        {
            Title = Meta(document, "og:title") ?? Meta(document, "twitter:title") ?? StripSiteName(document.Title, site),
            Outlet = site,
            Date = Meta(document, "article:published_time") ?? Meta(document, "datePublished") ?? Meta(document, "date")
                ?? Meta(document, "pubdate") ?? Meta(document, "dc.date") ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime"),
            Author = Meta(document, "author") ?? Meta(document, "article:author") ?? Meta(document, "byl"),
            Url = Meta(document, "og:url") ?? document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"),
        };
        var text = MainText.Of(document, html, meta.Url);
        if (string.IsNullOrWhiteSpace(text))
            return [SourceProblem.Skipped(file.DisplayPath, "no article text in the HTML")];
        return [new ArticleRecord(new RawArticle(file.IdStem, file.DisplayPath, text, meta, SourceText.Hash(bytes)) { SourceFile = file.DisplayPath })];
    }

    /// <summary>A meta tag's content by property, name or itemprop; blank counts as absent.</summary>
    private static string? Meta(IDocument document, string key)
    {
        foreach (var attribute in new[] { "property", "name", "itemprop" })
        {
            var value = document.QuerySelector($"meta[{attribute}='{key}' i]")?.GetAttribute("content")?.Trim();
            if (!string.IsNullOrEmpty(value)) return value;
        }
        return null;
    }

    /// <summary>"Headline | Outlet" → "Headline" when the suffix is the site's name.</summary>
    private static string? StripSiteName(string? title, string? site)
    {
        if (string.IsNullOrWhiteSpace(title)) return null;
        title = title.Trim();
        if (site is null) return title;
        foreach (var separator in new[] { " | ", " - ", " – ", " — " })
        {
            var suffix = separator + site;
            if (title.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                return title[..^suffix.Length].Trim();
        }
        return title;
    }

    private static string TextOf(INode root)
    {
        var sb = new StringBuilder();
        Append(root, sb);
        return sb.ToString();
    }

    private static void Append(INode node, StringBuilder sb)
    {
        switch (node)
        {
            case IText text:
                // Source line breaks inside a paragraph are formatting, not text.
                sb.Append(SourceWhitespace.Replace(text.Data, " "));
                break;
            case IElement element when Invisible.Contains(element.LocalName):
                break;
            case IElement { LocalName: "br" }:
                sb.Append('\n');
                break;
            case IElement element:
                var block = Blocks.Contains(element.LocalName);
                if (block) sb.Append('\n');
                foreach (var child in element.ChildNodes)
                    Append(child, sb);
                if (block) sb.Append('\n');
                break;
        }
    }
}
