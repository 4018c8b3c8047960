using System.Text.RegularExpressions;

namespace SearchEngine.Indexing.Sources.Html;

/// <summary>
/// The headline as the page prints it. Stated titles (JSON-LD headline, og:title, twitter:title, microdata, <c>&lt;title&gt;</c>)
/// often carry the site's name or a section ("Headline - Sport - Daily Wrap"); the one printed on the page does not. So a
/// stated title printed whole on the page wins, then the part of one that is printed, and only then a stated title with
/// the site's name and sections cut off at their separators.
/// </summary>
public static partial class HeadlineFinder
{
    private const int MinPartWords = 2;

    public static Stated? Find(IEnumerable<Stated> stated, PageElements page, string? site)
    {
        var titles = stated.Select(s => s with { Value = PageElements.Clean(s.Value) }).Where(s => s.Value.Length > 0).ToList();
        foreach (var title in titles)
            if (page.ShortTexts.Contains(PageElements.TextKey(title.Value))) return title;
        foreach (var title in titles)
            foreach (var part in Parts(title.Value).Where(p => Words(p) >= MinPartWords).OrderByDescending(p => p.Length))
                if (page.ShortTexts.Contains(PageElements.TextKey(part))) return new Stated(part, title.Origin + ", the part printed on the page");
        return titles.Count > 0 ? WithoutSiteName(titles[0], site) : null;
    }

    /// <summary>"Headline - Section | Site" → "Headline": the parts that are not the site's name or an address, the longest.</summary>
    private static Stated WithoutSiteName(Stated title, string? site)
    {
        var parts = Parts(title.Value);
        if (parts.Count == 1) return title;
        var siteKey = site is null ? null : PageElements.TextKey(site);
        var kept = parts.Where(p => PageElements.TextKey(p) != siteKey && !Address().IsMatch(p)).ToList();
        if (kept.Count == 0) return title;
        return new Stated(kept.MaxBy(p => p.Length)!, title.Origin + " without the site name");
    }

    private static List<string> Parts(string title) =>
        Separator().Split(title).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@"\s+(?:\|+|-{1,2}|–|—|::|»|›|·|•|~|:)\s+|\s*\|\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    [GeneratedRegex(@"^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|co\.uk|co|uk|ie|in|au|ca|info|tv|fm)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Address();
}
