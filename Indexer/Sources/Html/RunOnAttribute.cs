using AngleSharp.Dom;

namespace SearchEngine.Indexing.Sources.Html;

/// <summary>
/// Ends a quoted attribute value that runs on over the page's own markup. A page saved with bytes missing can lose a
/// value's closing quote with them (<c>&lt;script src="/te</c>, then a script's tail); the value then runs to the next
/// quote of its kind and the tag to a <c>&gt;</c> after that, and when the tag is a script's, its text runs to the next
/// script's end tag: over the end of the head and, on a page whose story comes before that tag, over the story. Browsers
/// follow the same tokenizer and show such a page without its story, but no page means a value to hold the end of a
/// script, a style sheet or the head, or the start of the body, so such a value is ended where its first line ends and
/// the rest of the page is read as the markup it was written as.
/// </summary>
public static class RunOnAttribute
{
    /// <summary>Markup that no value a page meant holds, matched without regard to case.</summary>
    private static readonly string[] PageMarkup = ["</script", "</style", "</head", "<body"];

    /// <summary>The page with each run-on value ended at its first line's end, or null when it has none to end.</summary>
    public static string? Ended(string html, IDocument document)
    {
        var ends = new SortedDictionary<int, char>();
        foreach (var element in document.All)
            foreach (var attribute in element.Attributes)
                if (!HoldsMarkup(attribute.Name) && RunsOn(attribute.Value) && LineEnd(html, attribute.Value) is { } end)
                    ends[end.At] = end.Quote;
        if (ends.Count == 0) return null;
        var mended = html;
        foreach (var (at, quote) in ends.Reverse())
            mended = mended.Insert(at, $"{quote}>");
        return mended;
    }

    /// <summary>
    /// An iframe's <c>srcdoc</c> is a document of its own, head and body, and a <c>data-</c> attribute is where a page's
    /// scripts keep what they will insert, markup included: there such markup is meant.
    /// </summary>
    private static bool HoldsMarkup(string name) =>
        name.Equals("srcdoc", StringComparison.OrdinalIgnoreCase) || name.StartsWith("data-", StringComparison.OrdinalIgnoreCase);

    private static bool RunsOn(string value) =>
        value.Contains('\n') && PageMarkup.Any(markup => value.Contains(markup, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Where the value's first line ends in the page: after its opening quote, right after an equals sign. Null when
    /// the first line is empty or written differently in the page (a character reference), so it cannot be placed.
    /// </summary>
    private static (int At, char Quote)? LineEnd(string html, string value)
    {
        var firstLine = value[..value.IndexOf('\n')].TrimEnd('\r');
        if (firstLine.Length == 0) return null;
        foreach (var quote in "\"'")
        {
            var opened = $"{quote}{firstLine}";
            for (var at = html.IndexOf(opened, StringComparison.Ordinal); at >= 0; at = html.IndexOf(opened, at + 1, StringComparison.Ordinal))
            {
                var end = at + opened.Length;
                if (AfterEquals(html, at) && end < html.Length && html[end] is '\r' or '\n') return (end, quote);
            }
        }
        return null;
    }

    private static bool AfterEquals(string html, int quoteAt)
    {
        var i = quoteAt - 1;
        while (i >= 0 && char.IsWhiteSpace(html[i])) i--;
        return i >= 0 && html[i] == '=';
    }
}
