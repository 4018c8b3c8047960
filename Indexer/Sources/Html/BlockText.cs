using System.Text;
using AngleSharp.Dom;
using SearchEngine.Indexing.Cleaning;

namespace SearchEngine.Indexing.Sources.Html;

/// <summary>
/// An element's visible text as lines, one per block, so the same line rules as for scraped text apply to a page.
/// Whitespace inside a block is formatting and folds to one space; <c>br</c> and block boundaries are line breaks, and so
/// are the line breaks of preformatted text (<c>pre</c>), where the source's layout is the text's.
/// </summary>
public static class BlockText
{
    private static readonly HashSet<string> Invisible =
        ["script", "style", "noscript", "template", "svg", "iframe", "head", "button", "select", "option", "textarea", "object", "embed", "canvas", "video", "audio", "map"];

    private static readonly HashSet<string> Blocks =
    [
        "p", "div", "section", "article", "main", "header", "footer", "nav", "aside", "h1", "h2", "h3", "h4", "h5", "h6",
        "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "figure", "figcaption", "table", "tr", "td", "th", "hr", "address", "time",
        "fieldset", "legend",
    ];

    public static bool IsInvisible(IElement element) => Invisible.Contains(element.LocalName);

    public static bool IsBlock(IElement element) => Blocks.Contains(element.LocalName);

    public static string Of(INode root)
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
                AppendFolded(text.Data, sb);
                break;
            case IElement element when Invisible.Contains(element.LocalName):
                break;
            case IElement { LocalName: "br" }:
                sb.Append('\n');
                break;
            case IElement { LocalName: "pre" } pre:
                sb.Append('\n').Append(PageSplitter.JoinRunOnLines(Preformatted(pre))).Append('\n');
                break;
            case IElement element:
                var block = Blocks.Contains(element.LocalName);
                if (block) sb.Append('\n');
                for (var child = element.FirstChild; child is not null; child = child.NextSibling)
                    Append(child, sb);
                if (block) sb.Append('\n');
                break;
        }
    }

    /// <summary>The visible text of a <c>pre</c> as the source lays it out, a <c>br</c> inside it a line break too.</summary>
    private static string Preformatted(IElement pre)
    {
        var sb = new StringBuilder();
        AppendPreformatted(pre, sb);
        return sb.ToString();
    }

    private static void AppendPreformatted(INode node, StringBuilder sb)
    {
        switch (node)
        {
            case IText text:
                sb.Append(text.Data);
                break;
            case IElement element when Invisible.Contains(element.LocalName):
                break;
            case IElement { LocalName: "br" }:
                sb.Append('\n');
                break;
            default:
                // Readability turns runs of line breaks into paragraphs, inside a pre too.
                var block = node is IElement inner && Blocks.Contains(inner.LocalName);
                if (block) sb.Append('\n');
                for (var child = node.FirstChild; child is not null; child = child.NextSibling)
                    AppendPreformatted(child, sb);
                if (block) sb.Append('\n');
                break;
        }
    }

    /// <summary>Source line breaks and runs of spaces inside a paragraph are formatting, not text.</summary>
    private static void AppendFolded(string data, StringBuilder sb)
    {
        var inSpace = false;
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!inSpace) sb.Append(' ');
                inSpace = true;
            }
            else
            {
                sb.Append(c);
                inSpace = false;
            }
        }
    }
}
