using System.Text.RegularExpressions;

namespace SearchEngine.Indexing.Sources.Html;

/// <summary>
/// The headline as the page prints it. Stated titles (JSON-LD headline, og:title, twitter:title, microdata, <c>&lt;title&gt;</c>)
/// often carry the site's name or a section ("Headline - Sport - Daily Wrap", "Site: Headline"); the one printed on the
/// page does not. So, surest first: a stated title or part of one that an h1 prints; one that any element prints; a
/// printed text that begins or ends a stated title; and only then a stated title with the site's name and sections cut
/// off at their separators.
/// </summary>
public static partial class HeadlineFinder
{
    private const int MinPartWords = 2;
    /// <summary>A printed text that only begins or ends a title must be most of it, not a section name that happens to lead.</summary>
    private const double MinAffixShare = 0.4;

    public static Stated? Find(IEnumerable<Stated> stated, PageElements page, string? site)
    {
        var titles = stated.Select(s => s with { Value = PageElements.Clean(s.Value) }).Where(s => s.Value.Length > 0).ToList();
        var candidates = titles.Select(t => (Text: t.Value, t.Origin))
            .Concat(titles.SelectMany(t => Parts(t.Value, LooseSeparator()).Where(p => Words(p) >= MinPartWords)
                .OrderByDescending(p => p.Length).Select(p => (Text: p, Origin: t.Origin + ", the part printed on the page"))))
            .Select(c => (c.Text, c.Origin, Key: PageElements.TextKey(c.Text)))
            .Where(c => c.Key.Length > 0)
            .ToList();

        var headings = page.Headings.Select(PageElements.TextKey).ToHashSet();
        foreach (var c in candidates)
            if (headings.Contains(c.Key)) return new Stated(c.Text, c.Origin);
        foreach (var c in candidates)
            if (page.PrintedTexts.ContainsKey(c.Key)) return new Stated(c.Text, c.Origin);
        foreach (var title in titles)
            if (PrintedAffix(title.Value, page) is { } printed) return new Stated(printed, title.Origin + ", the part printed on the page");
        return titles.Count > 0 ? WithoutSiteName(titles[0], site) : null;
    }

    /// <summary>The longest printed text that begins or ends the title ("Unkle: Home woes for Flyers" → "Home woes for Flyers").</summary>
    private static string? PrintedAffix(string title, PageElements page)
    {
        var key = PageElements.TextKey(title);
        var minWords = Math.Max(MinPartWords, (int)Math.Ceiling(Words(key) * MinAffixShare));
        string? best = null;
        foreach (var (printedKey, text) in page.PrintedTexts)
        {
            if (printedKey.Length >= key.Length || printedKey.Length <= (best?.Length ?? 0) || Words(printedKey) < minWords) continue;
            if (key.StartsWith(printedKey + " ", StringComparison.Ordinal) || key.EndsWith(" " + printedKey, StringComparison.Ordinal))
                best = text;
        }
        return best;
    }

    /// <summary>"Headline - Section | Site" → "Headline": the parts that are not the site's name or an address, the longest.</summary>
    private static Stated WithoutSiteName(Stated title, string? site)
    {
        var parts = Parts(title.Value, Separator());
        if (parts.Count == 1) return title;
        var siteKey = site is null ? null : PageElements.TextKey(site);
        var kept = parts.Where(p => PageElements.TextKey(p) != siteKey && !Address().IsMatch(p)).ToList();
        if (kept.Count == 0) return title;
        return new Stated(kept.MaxBy(p => p.Length)!, title.Origin + " without the site name");
    }

    private static List<string> Parts(string title, Regex separator) =>
        separator.Split(title).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@"\s+(?:\|+|-{1,2}|–|—|::|»|›|·|•|~|:)\s+|\s*\|\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    /// <summary>Also "Site: Headline", "Headline_English_Site", "Site > Headline", "Headline (from Site)": safe only where the page prints the part.</summary>
    [GeneratedRegex(@"\s+(?:\|+|-{1,2}|–|—|::|»|›|·|•|~|:|>)\s+|\s*\|\s*|:\s+|_|\s+\(|\)", RegexOptions.CultureInvariant)]
    private static partial Regex LooseSeparator();

    [GeneratedRegex(@"^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|co\.uk|co|uk|ie|in|au|ca|info|tv|fm)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Address();
}
