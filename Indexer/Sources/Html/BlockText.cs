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

    /// <param name="preformatted">
    /// Inside a <c>pre</c>: its text as the source lays it out (a <c>br</c> a line break too), where elsewhere source line
    /// breaks and runs of spaces are formatting.
    /// </param>
    private static void Append(INode node, StringBuilder sb, bool preformatted = false)
    {
        switch (node)
        {
            case IText text when preformatted:
                sb.Append(text.Data);
                break;
            case IText text:
                AppendFolded(text.Data, sb);
                break;
            case IElement element when Invisible.Contains(element.LocalName):
                break;
            case IElement { LocalName: "br" }:
                sb.Append('\n');
                break;
            case IElement { LocalName: "pre" } pre when !preformatted:
                var layout = new StringBuilder();
                Append(pre, layout, preformatted: true);
                sb.Append('\n').Append(PageSplitter.JoinRunOnLines(layout.ToString())).Append('\n');
                break;
            case IElement element:
                // Readability turns runs of line breaks into paragraphs, inside a pre too.
                var block = Blocks.Contains(element.LocalName);
                if (block) sb.Append('\n');
                for (var child = element.FirstChild; child is not null; child = child.NextSibling)
                    Append(child, sb, preformatted);
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
