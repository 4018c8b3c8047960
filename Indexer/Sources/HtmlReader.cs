using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SearchEngine.Indexing.Sources.Html;

namespace SearchEngine.Indexing.Sources;

/// <summary>
/// An HTML page: its metadata (see <see cref="PageMetadataReader"/>) and the text of its
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
        var html = SourceText.Decode(bytes, out _);
        var document = new HtmlParser().ParseDocument(html);
        // Before anything below changes the document: the metadata reader needs the page as it was served.
        var meta = PageMetadataReader.Read(document);
        var content = document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.Body;
        var text = content is null ? "" : TextOf(content);
        if (string.IsNullOrWhiteSpace(text))
            return [SourceProblem.Skipped(file.DisplayPath, "no article text in the HTML")];

        return [new ArticleRecord(new RawArticle(file.IdStem, file.DisplayPath, text, meta, SourceText.Hash(bytes)) { SourceFile = file.DisplayPath })];
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
