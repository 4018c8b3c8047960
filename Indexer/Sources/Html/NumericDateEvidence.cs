using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using SearchEngine.Indexing.Extraction.Dates;

namespace SearchEngine.Indexing.Sources.Html;

/// <summary>
/// Which number a page puts first in its all-number dates, from the page's own evidence, surest first:
/// <list type="number">
/// <item>its other numeric dates where one part is above 12 and so must be the day ("28.12.2007", "1/14/2008", "17-01-2008"): a site
/// writes its dates one way;</item>
/// <item>a date it prints whose one reading is the day in its address, or in the dated paths (<c>/2008/01/09/</c>) of its
/// links and images, and the other reading in none of them: a site files its stories and pictures by the day;</item>
/// <item>a time after a numeric date in a zone only North America uses ("01/09/2008 09:37:25 PM PST", "1.9.2008 10:15
/// ET"): month first, as the United States writes them (China's CST and the Atlantic's AST, which other zones share,
/// tell nothing);</item>
/// <item>its language and region (<c>lang="en-GB"</c>, <c>og:locale</c>): month first in the United States, day first
/// elsewhere and in every other language; English with no region tells nothing.</item>
/// </list>
/// </summary>
public static partial class NumericDateEvidence
{
    public static NumericDateOrder Of(IDocument document, string? address)
    {
        var text = document.Body is null ? "" : BlockText.Of(document.Body);
        var dates = NumericDate().Matches(text).Select(Parts).ToList();
        if (Convention(dates) is { } written) return written;
        if (dates.Any(IsAmbiguous) && Filed(dates.Where(IsAmbiguous), DatedPaths(document, address)) is { } filed) return filed;
        if (NorthAmericanTime().IsMatch(text)) return NumericDateOrder.MonthFirst;
        return Locale(document);
    }

    private static (int First, int Second, int Year) Parts(Match m) =>
        (Number(m.Groups["first"]), Number(m.Groups["second"]), Number(m.Groups["year"]));

    private static int Number(Group group) => int.Parse(group.Value, CultureInfo.InvariantCulture);

    private static bool IsAmbiguous((int First, int Second, int Year) date) =>
        date.First is >= 1 and <= 12 && date.Second is >= 1 and <= 12 && date.First != date.Second;

    /// <summary>The order the page's unmistakable numeric dates share; null when it has none, or both kinds.</summary>
    private static NumericDateOrder? Convention(List<(int First, int Second, int Year)> dates)
    {
        var dayFirst = dates.Any(d => d.First is > 12 and <= 31 && d.Second is >= 1 and <= 12);
        var monthFirst = dates.Any(d => d.Second is > 12 and <= 31 && d.First is >= 1 and <= 12);
        return dayFirst == monthFirst ? null : dayFirst ? NumericDateOrder.DayFirst : NumericDateOrder.MonthFirst;
    }

    /// <summary>The order under which the printed dates are days the page's paths hold, when only one order gives any.</summary>
    private static NumericDateOrder? Filed(IEnumerable<(int First, int Second, int Year)> dates, HashSet<string> days)
    {
        if (days.Count == 0) return null;
        var dayFirst = dates.Any(d => days.Contains(Day(d.Year, d.Second, d.First)));
        var monthFirst = dates.Any(d => days.Contains(Day(d.Year, d.First, d.Second)));
        return dayFirst == monthFirst ? null : dayFirst ? NumericDateOrder.DayFirst : NumericDateOrder.MonthFirst;
    }

    private static string Day(int year, int month, int day) =>
        string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{month:00}-{day:00}");

    private static HashSet<string> DatedPaths(IDocument document, string? address)
    {
        var links = document.QuerySelectorAll("a[href], img[src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src"));
        return links.Prepend(address).Select(DateInAddress.Of).OfType<string>().ToHashSet();
    }

    /// <summary>The first language tag that names a region decides; else the first tag's language.</summary>
    private static NumericDateOrder Locale(IDocument document)
    {
        var tags = PageCountry.LanguageTags(document);
        if (tags.FirstOrDefault(tag => tag.Length > 1) is { } regional)
            return regional[1].Equals("US", StringComparison.OrdinalIgnoreCase) ? NumericDateOrder.MonthFirst : NumericDateOrder.DayFirst;
        if (tags.Count == 0 || tags[0][0].Equals("en", StringComparison.OrdinalIgnoreCase)) return NumericDateOrder.Unknown;
        return NumericDateOrder.DayFirst;
    }

    [GeneratedRegex(@"(?<![\d./-])(?<first>\d{1,2})(?<sep>[./-])(?<second>\d{1,2})\k<sep>\s?(?<year>(?:19|20)\d{2})(?!\d)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"(?<![\d./-])\d{1,2}([./-])\d{1,2}\1(?:19|20)\d{2},?\s+(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?\s*\(?(?:(?:E|M|P|AK|H)[SD]?T|CDT|CT)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NorthAmericanTime();
}
