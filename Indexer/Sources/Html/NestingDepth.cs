namespace SearchEngine.Indexing.Sources.Html;

/// <summary>
/// How deep a page's elements nest, counted from its tags before it is parsed. Parsing and reading a page take time
/// that grows with the square of its depth (100,000 nested elements: minutes), and no article nests more than a few
/// hundred deep, so a page past the limit is passed over with a reason instead. Tags that close themselves, void
/// elements, comments and script or style text do not count; end tags that a page leaves out (<c>&lt;p&gt;</c>,
/// <c>&lt;li&gt;</c>) make the count an overestimate, which the limit leaves room for.
/// </summary>
public static class NestingDepth
{
    public const int Limit = 5_000;

    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    };

    /// <summary>Looked up by a span of the page, so counting a page's tags allocates no string per tag.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> VoidElementNames = VoidElements.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] RawText = ["script", "style"];

    public static bool Exceeds(string html, int limit = Limit)
    {
        var depth = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            if (html.AsSpan(i).StartsWith("<!--"))
            {
                i = SkipPast(html, i + 4, "-->");
                continue;
            }
            var closing = html[i + 1] == '/';
            var start = closing ? i + 2 : i + 1;
            var end = start;
            while (end < html.Length && char.IsAsciiLetterOrDigit(html[end])) end++;
            if (end == start || (end == start + 1 && !char.IsAsciiLetter(html[start])))
            {
                i++;
                continue;
            }
            var name = html.AsSpan(start, end - start);
            var tagEnd = html.IndexOf('>', end);
            if (tagEnd < 0) break;
            if (closing) depth = Math.Max(0, depth - 1);
            else if (!VoidElementNames.Contains(name) && html[tagEnd - 1] != '/')
            {
                if (++depth > limit) return true;
                if (RawTextElement(name) is { } rawText)
                {
                    tagEnd = SkipPast(html, tagEnd, "</" + rawText) - 1;
                    depth--;
                }
            }
            i = tagEnd + 1;
        }
        return false;
    }

    private static string? RawTextElement(ReadOnlySpan<char> name)
    {
        foreach (var element in RawText)
            if (name.Equals(element, StringComparison.OrdinalIgnoreCase)) return element;
        return null;
    }

    private static int SkipPast(string html, int from, string marker)
    {
        var at = html.IndexOf(marker, from, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? html.Length : at + marker.Length;
    }
}
