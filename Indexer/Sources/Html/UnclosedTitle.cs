using System.Text.RegularExpressions;

namespace SearchEngine.Indexing.Sources.Html;

/// <summary>
/// Closes a <c>&lt;title&gt;</c> that is never closed. A title's text runs to its end tag, so a page saved with that tag
/// cut off parses as one long title and an empty body. The title is closed where its first line or the next tag starts.
/// </summary>
public static partial class UnclosedTitle
{
    public static string Close(string html)
    {
        var open = OpenTag().Match(html);
        if (!open.Success || CloseTag().IsMatch(html, open.Index + open.Length)) return html;
        var start = open.Index + open.Length;
        var end = html.AsSpan(start).IndexOfAny('<', '\n');
        var at = end < 0 ? html.Length : start + end;
        return string.Concat(html.AsSpan(0, at), "</title>", html.AsSpan(at));
    }

    [GeneratedRegex(@"<title\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OpenTag();

    [GeneratedRegex(@"</title\s*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CloseTag();
}
