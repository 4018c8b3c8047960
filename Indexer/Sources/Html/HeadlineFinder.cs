using System.Globalization;
using System.Text.RegularExpressions;
using SearchEngine.Indexing.Cleaning;
using SearchEngine.Indexing.Cleaning.Rules;
using SearchEngine.Indexing.Extraction;

namespace SearchEngine.Indexing.Sources.Html;

/// <summary>
/// The headline as the page prints it. Stated titles (JSON-LD headline, og:title, twitter:title, microdata, <c>&lt;title&gt;</c>)
/// often carry the site's name or a section ("Headline - Sport - Daily Wrap", "Site: Headline"); the one printed on the
/// page does not. So a stated title, part of one, or text beginning or ending one that a headline block (an h1, h2 or h3,
/// or an element marked as a headline) prints wins, else the longest that any element prints (the surer statement on a
/// tie). When the page prints none, its one h1 is the headline if it shares a word with the stated title (see
/// <see cref="PrintedInstead"/>); only failing that is a stated title cut at its separators. A part a headline block prints counts
/// however short beside a long site description ("Troops arrive in Kursk - World News, Sport, Weather, Fixtures and
/// Features from Example.com"). A page that states no title, or only a <c>&lt;title&gt;</c> naming the site, gets the headline block
/// that leads the most prose (see <see cref="PageElements.LeadHeadline"/>); failing that, one naming only the site gets its
/// first h1 or headline-classed element, and one stating none gets no headline here: headings that lead no prose head
/// links and pictures ("Photo Gallery", "Latest News"), and the line the article's text opens with is the better guess.
/// </summary>
public static partial class HeadlineFinder
{
    private const int MinPartWords = 2;
    /// <summary>A printed part of a title must be much of it, not a section or site name that happens to be printed too.</summary>
    private const double MinPartShare = 0.4;
    /// <summary>A part a heading prints need not be much of the title, but must be more than a two-word site name ("Daily Wrap").</summary>
    private const int MinHeadingPartWords = 3;

    public static Stated? Find(IEnumerable<Stated> stated, PageElements page, string? site)
    {
        var titles = stated.Select(s => s with { Value = PageSplitter.Normalise(s.Value) }).Where(s => s.Value.Length > 0).ToList();
        var best = titles.SelectMany((title, order) => Printed(title, page).Select(p => (Found: p, Order: order)))
            .OrderByDescending(p => page.HeadlineKeys.Contains(PageElements.TextKey(p.Found.Value)))
            .ThenByDescending(p => LineShape.WordCount(p.Found.Value))
            .ThenBy(p => p.Order)
            .FirstOrDefault();
        var chosen = best.Found ?? (titles.Count > 0 ? PrintedInstead(WithoutSiteName(titles[0], site), page) : null);
        if (chosen is null)
            return page.LeadHeadline is { } block ? new Stated(block, "headline block (no stated title)") : null;
        return titles.All(t => t.Origin == DocumentTitle) && !(best.Found is { } printed && IsPrintedHeadline(printed.Value)) && IsSiteWide(chosen.Value, page)
               && (page.LeadHeadline ?? page.MainHeadlineBlocks.FirstOrDefault()) is { } main
            ? new Stated(main, InPlaceOfSiteTitle)
            : WithoutSharedSection(chosen, titles.FirstOrDefault(t => t.Origin == DocumentTitle));
    }

    /// <summary>
    /// The headline without the part after its last separator (or before its first) that the <c>&lt;title&gt;</c> ends (or
    /// begins) with too, when the <c>&lt;title&gt;</c> does not hold the rest: "How meditation rewires the brain | Opinion" beside
    /// the <c>&lt;title&gt;</c> "The full impact of meditation | Opinion". Two titles worded apart share only what the site adds
    /// to every title, its section or name, and some sites print that with the headline as well.
    /// </summary>
    private static Stated WithoutSharedSection(Stated chosen, Stated? documentTitle)
    {
        if (documentTitle is null) return chosen;
        var separators = Separator().Matches(chosen.Value);
        var own = Parts(chosen.Value, Separator());
        var other = Parts(documentTitle.Value, Separator());
        if (separators.Count == 0 || other.Count < 2 || own.Count != separators.Count + 1) return chosen;
        var titleKey = PageElements.TextKey(documentTitle.Value);
        var (last, first) = (separators[^1], separators[0]);
        var rest = SameText(own[^1], other[^1]) ? chosen.Value[..last.Index]
            : SameText(own[0], other[0]) ? chosen.Value[(first.Index + first.Length)..]
            : null;
        return rest is not null && !titleKey.Contains(PageElements.TextKey(rest), StringComparison.Ordinal)
            ? chosen with { Value = rest.Trim(), Origin = chosen.Origin + " without the section it shares with the <title>" }
            : chosen;
    }

    private static bool SameText(string one, string other) => PageElements.TextKey(one) == PageElements.TextKey(other);

    public const string DocumentTitle = "<title>";

    /// <summary>The origin of a headline block picked in place of a <c>&lt;title&gt;</c> that names the site.</summary>
    public const string InPlaceOfSiteTitle = "headline block (the <title> is the site's)";

    /// <summary>
    /// The site's name as its <c>&lt;title&gt;</c> gives it around the headline: the outermost part on the far side
    /// ("Headline - Sport - Daily Wrap" → "Daily Wrap", "Daily Wrap: Headline" → "Daily Wrap"), or the next part in
    /// when the outermost is a section ("Headline - Independent Online Edition > Cricket"); null when the title is the
    /// headline alone or no part names the site (see <see cref="OutletName.InTitle"/>). <paramref name="headline"/> is what
    /// <see cref="Find"/> gave.
    /// </summary>
    public static string? SiteNameAround(string? documentTitle, Stated headline, string? address)
    {
        if (string.IsNullOrWhiteSpace(documentTitle)) return null;
        var normalised = PageSplitter.Normalise(documentTitle);
        var parts = Parts(normalised, LooseSeparator());
        var key = PageElements.TextKey(headline.Value);
        var at = parts.FindIndex(p => PageElements.TextKey(p) == key);
        // A printed h1 worded unlike the title (see PrintedInstead) still has its place there: the one part that shares its words.
        if (at < 0 && headline.Origin.StartsWith(PrintedH1, StringComparison.Ordinal)
            && Enumerable.Range(0, parts.Count).Where(i => SharesWord(headline.Value, parts[i])).ToList() is [var sharing])
            at = sharing;
        var end = at;
        // A headline may hold a separator itself ("OP-ED: John Esposito - Site", "Seattle (11-6) At Green Bay - Site"): it is then
        // a run of parts.
        if (at < 0 && RunOfParts(parts, key) is var (first, last)) (at, end) = (first, last);
        if (parts.Count < 2 || at < 0) return null;
        var farSide = end == parts.Count - 1 ? parts[..at] : Enumerable.Reverse(parts[(end + 1)..]);
        // A breadcrumb runs from the site to its sections ("Independent Online Edition > Legal"): the outermost parts that follow
        // a ">" are sections.
        return OutletName.InTitle(farSide.SkipWhile(p => normalised.Contains(" > " + p, StringComparison.Ordinal)), address);
    }

    /// <summary>The first and last of the consecutive parts whose words together are the headline's, or null.</summary>
    private static (int First, int Last)? RunOfParts(List<string> parts, string key)
    {
        for (var first = 0; first < parts.Count; first++)
        {
            var run = PageElements.TextKey(parts[first]);
            for (var last = first + 1; last < parts.Count && key.StartsWith(run, StringComparison.Ordinal); last++)
            {
                run = run + " " + PageElements.TextKey(parts[last]);
                if (run == key) return (first, last);
            }
        }
        return null;
    }

    /// <summary>
    /// The page's one h1 in place of a stated title that the page does not print but whose story the h1 names (a word in
    /// common): sites word the title they state for search engines and social cards unlike the headline they print
    /// ("Kursk troop build-up: what we know" for "Thousands of troops arrive in Kursk as talks stall,
    /// region says"), and the printed one is what readers saw. A page with several h1s has no one to prefer, and an h1 that
    /// is the title with a word or two added is the site's masthead (see <see cref="IsMasthead"/>).
    /// </summary>
    private static Stated PrintedInstead(Stated stated, PageElements page) =>
        page.SoleH1 is { } h1 && SharesWord(h1, stated.Value) && !IsMasthead(h1, stated.Value) ? new Stated(h1, PrintedH1 + stated.Origin + " not printed)") : stated;

    /// <summary>Most a masthead adds to the site's name: "Live", "Online", "Sports Extra".</summary>
    private const int MaxMastheadWords = 2;

    /// <summary>
    /// Whether a block prints the whole title with a word or two before or after it ("The Evening Paper Live" beside the
    /// <c>&lt;title&gt;</c> "The Evening Paper"): a masthead printing the site's name, which shares the title's words without
    /// heading the story.
    /// </summary>
    private static bool IsMasthead(string block, string title)
    {
        var (blockKey, titleKey) = (PageElements.TextKey(block), PageElements.TextKey(title));
        return titleKey.Length > 0 && blockKey.Length > titleKey.Length
               && (blockKey.StartsWith(titleKey + " ", StringComparison.Ordinal) || blockKey.EndsWith(" " + titleKey, StringComparison.Ordinal))
               && LineShape.WordCount(blockKey) - LineShape.WordCount(titleKey) <= MaxMastheadWords;
    }

    /// <summary>How the origin of a headline that the page's one h1 gives in place of the stated title begins.</summary>
    private const string PrintedH1 = "h1 (";

    /// <summary>Whether two texts have a word of four letters or more in common.</summary>
    public static bool SharesWord(string one, string other)
    {
        var words = ContentWords(one);
        return words.Count > 0 && PageElements.TextKey(other).Split(' ').Any(w => w.Length > 3 && words.Contains(w));
    }

    /// <summary>
    /// Whether the text has words to compare: one of four letters or more ("Off we go, in a new way" has none), in a script
    /// that spaces its words (a Chinese or Japanese title is one run of letters, shared with no text).
    /// </summary>
    public static bool HasWords(string text) =>
        ContentWords(text).Count > 0 && !text.Any(c => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherLetter);

    /// <summary>Words of four letters or more: "the", "and", "of" are shared by any two headlines.</summary>
    public static HashSet<string> ContentWords(string text) => PageElements.TextKey(text).Split(' ').Where(w => w.Length > 3).ToHashSet();

    /// <summary>A printed title longer than a site's name is the article's headline, whatever headline blocks the page has besides.</summary>
    private static bool IsPrintedHeadline(string printed) => LineShape.WordCount(printed) > OutletName.MaxWords;

    /// <summary>
    /// A <c>&lt;title&gt;</c> that shares no word with any headline block names the site, not the article ("Calgary Sun" on
    /// every page): the page's headline is in one of its headline blocks. A masthead sharing its words, the name with a word
    /// added ("Calgary Sun Online"), does not make it the article's. A title in a script that does not space its words
    /// shares none with anything but itself, so sharing tells nothing of it: a Chinese page's headline blocks are its
    /// boxes' labels ("登录", sign in) as often as its headline, and its <c>&lt;title&gt;</c> is the surer guess.
    /// </summary>
    private static bool IsSiteWide(string title, PageElements page)
    {
        var blocks = page.MainHeadlineBlocks.ToList();
        return HasWords(title) && blocks.Count > 0 && !blocks.Any(b => SharesWord(b, title) && !IsMasthead(b, title));
    }

    /// <summary>
    /// The title, its parts, and the texts that begin or end it, that the page prints. A part must be most of the title:
    /// a site's name printed in its logo is a part of the title too.
    /// </summary>
    private static IEnumerable<Stated> Printed(Stated title, PageElements page)
    {
        var key = PageElements.TextKey(title.Value);
        if (key.Length == 0) yield break;
        if (page.PrintedTexts.TryGetValue(key, out var whole))
        {
            yield return HeadlineWithin(title, page) ?? title with { Value = whole };
            yield break;
        }
        var minWords = Math.Max(MinPartWords, (int)Math.Ceiling(LineShape.WordCount(key) * MinPartShare));
        var parts = Parts(title.Value, Separator()).Concat(Parts(title.Value, LooseSeparator())).Distinct();
        foreach (var part in parts)
        {
            var partKey = PageElements.TextKey(part);
            var enough = LineShape.WordCount(part) >= minWords || (LineShape.WordCount(partKey) >= MinHeadingPartWords && page.HeadlineKeys.Contains(partKey));
            if (enough && !Address().IsMatch(part.TrimEnd(':')) && page.PrintedTexts.TryGetValue(partKey, out var printed))
                yield return new Stated(printed, title.Origin + ", the part printed on the page");
        }
        if (PrintedAffix(key, minWords, page) is { } affix) yield return new Stated(affix, title.Origin + ", the part printed on the page");
    }

    /// <summary>
    /// The one part of a title printed whole that the page also prints alone as a headline, when its other parts are no longer
    /// than a site's name or a section: pages that copy their <c>&lt;title&gt;</c> above the story ("TheStar.com | Sports |
    /// Headline") print the headline on its own too, and the site's and section's words are no part of it.
    /// </summary>
    private static Stated? HeadlineWithin(Stated title, PageElements page)
    {
        var parts = Parts(title.Value, Separator());
        var headlines = parts.Where(p => LineShape.WordCount(p) >= MinHeadingPartWords && page.HeadlineKeys.Contains(PageElements.TextKey(p))).ToList();
        if (parts.Count < 2 || headlines is not [var headline] || parts.Any(p => p != headline && LineShape.WordCount(p) > OutletName.MaxWords)) return null;
        return new Stated(page.PrintedTexts[PageElements.TextKey(headline)], title.Origin + ", the part printed on the page");
    }

    /// <summary>The longest printed text that begins or ends the title ("Unkle: Home woes for Flyers" → "Home woes for Flyers").</summary>
    private static string? PrintedAffix(string key, int minWords, PageElements page)
    {
        string? best = null;
        var bestLength = 0;
        foreach (var (printedKey, text) in page.PrintedTexts)
        {
            if (printedKey.Length >= key.Length || printedKey.Length <= bestLength || LineShape.WordCount(printedKey) < minWords || Address().IsMatch(text)) continue;
            if (key.StartsWith(printedKey + " ", StringComparison.Ordinal) || key.EndsWith(" " + printedKey, StringComparison.Ordinal))
                (best, bestLength) = (text, printedKey.Length);
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
        return new Stated(kept.MaxBy(p => p.Length)!, title.Origin + WithoutSite);
    }

    /// <summary>How the origin of a title cut from a stated one that the page does not print ends: the part kept is a guess.</summary>
    public const string WithoutSite = " without the site name";

    /// <summary>The parts of a title between its separators ("Headline - Section | Site" → "Headline", "Section", "Site").</summary>
    public static List<string> TitleParts(string title) => Parts(PageSplitter.Normalise(title), Separator());

    private static List<string> Parts(string title, Regex separator) =>
        separator.Split(title).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();


    [GeneratedRegex(@"\s+(?:\|+|-{1,2}|–|—|::|»|›|·|•|~|:)\s+|\s*\|\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    /// <summary>Also "Site: Headline", "Headline_English_Site", "Site > Headline", "Headline- Section", "Headline (from Site)": safe only where the page prints the part.</summary>
    [GeneratedRegex(@"\s+(?:\|+|-{1,2}|–|—|::|»|›|·|•|~|:|>)\s+|\s*\|\s*|:\s+|(?<=\w)-\s+|_|\s+\(|\)", RegexOptions.CultureInvariant)]
    private static partial Regex LooseSeparator();

    [GeneratedRegex(@"^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|co\.uk|co|uk|ie|in|au|ca|info|tv|fm)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Address();
}
