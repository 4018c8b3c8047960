using AngleSharp.Dom;

namespace SearchEngine.Indexing.Sources.Html;

/// <summary>
/// The country a page is published in, as far as the page says: the region of its language tag (<c>lang="en-AU"</c>,
/// <c>og:locale</c>, <c>Content-Language</c>), else its address's country domain (<c>heraldsun.com.au</c>). An ISO 3166
/// code in lower case; null when neither tells.
/// </summary>
public static class PageCountry
{
    public static string? Of(IDocument document, string? address)
    {
        if (LanguageTags(document).FirstOrDefault(tag => tag.Length > 1) is { } regional) return regional[1].ToLowerInvariant();
        return Domain(address);
    }

    /// <summary>The page's language tags, first the surest, each cut at its '-' or '_' ("en", "AU").</summary>
    public static List<string[]> LanguageTags(IDocument document) =>
        new[]
            {
                document.DocumentElement.GetAttribute("lang"),
                document.QuerySelector("meta[property='og:locale']")?.GetAttribute("content"),
                document.QuerySelector("meta[http-equiv='content-language' i]")?.GetAttribute("content"),
            }
            .Where(tag => !string.IsNullOrWhiteSpace(tag))
            .Select(tag => tag!.Trim().Split('-', '_'))
            .ToList();

    private static string? Domain(string? address)
    {
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri)) return null;
        var last = uri.Host[(uri.Host.LastIndexOf('.') + 1)..].ToLowerInvariant();
        if (last.Length != 2 || SoldAsWords.Contains(last)) return null;
        return last == "uk" ? "gb" : last;
    }

    /// <summary>
    /// Country domains sold to sites anywhere for what the letters spell or suggest (<c>.tv</c>, <c>.io</c>, <c>.me</c>,
    /// <c>.co</c>), which say nothing of where the site is.
    /// </summary>
    private static readonly HashSet<string> SoldAsWords =
        ["tv", "io", "me", "co", "fm", "ai", "ly", "gg", "cc", "ws", "to", "nu", "am", "im"];
}
