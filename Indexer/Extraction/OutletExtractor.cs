using System.Text.RegularExpressions;
using SearchEngine.Indexing.Cleaning;
using SearchEngine.Indexing.Cleaning.Rules;
using SearchEngine.Indexing.Sources;

namespace SearchEngine.Indexing.Extraction;

/// <summary>
/// The outlet: as the source states it, else the publisher's own signature in the page's furniture, strongest first:
/// a copyright line ("© Daily Wrap"), a translation or publication credit ("translated by Sweden Herald"), the wire's
/// closing signature ("Reuter" → Reuters), a known outlet named alone in the masthead or footer; failing all, the host of
/// the article's address ("news.bbc.co.uk"), which names the site if not as its masthead does. Body prose is never
/// read, so a source the article cites ("According to Reuters") is not taken for the outlet. Nothing found: null.
/// </summary>
public static partial class OutletExtractor
{
    public static string? Extract(CleanedPage page, ExplicitMetadata meta) => Find(page, meta).Value;

    public static Found<string?> Find(CleanedPage page, ExplicitMetadata meta)
    {
        if (!string.IsNullOrWhiteSpace(meta.Outlet)) return new(meta.Outlet.Trim(), meta.Origins.Outlet ?? Found<string?>.Stated);
        var legal = page.OfKind(LineKind.Legal).Select(l => l.Text).ToList();
        var footer = page.OfKind(LineKind.Footer).Select(l => l.Text).ToList();
        var masthead = page.OfKind(LineKind.Navigation).Select(l => l.Text);

        if (legal.Select(FromCopyright).FirstOrDefault(n => n is not null) is { } owner) return new(owner, "text: copyright line");
        if (footer.Select(FromCredit).FirstOrDefault(n => n is not null) is { } credited) return new(credited, "text: publication credit");
        if (footer.Any(FooterRule.IsWireSignature)) return new("Reuters", "text: wire signature");
        if (masthead.Concat(footer).Select(KnownOutlets.Named).FirstOrDefault(n => n is not null && !NewsAgencies.IsAgency(n)) is { } named)
            return new(named, "text: masthead");
        return OutletName.Host(meta.Url) is { } host ? new(host, "page address") : Found<string?>.Nothing;
    }

    /// <summary>"© 2024 Daily Wrap. All rights reserved." → "Daily Wrap".</summary>
    private static string? FromCopyright(string line)
    {
        var m = Copyright().Match(line);
        return m.Success ? AsName(m.Groups["name"].Value) : null;
    }

    /// <summary>"This article has been altered and translated by Sweden Herald" → "Sweden Herald".</summary>
    private static string? FromCredit(string line)
    {
        var m = Credit().Match(line);
        return m.Success ? AsName(m.Groups["name"].Value) : null;
    }

    /// <summary>
    /// The publisher's name, or null. A copyright or credit naming an agency or a photo ("© Reuters 2008", "REUTERS / POOL")
    /// credits the copy or picture the page carries, not the page's publisher.
    /// </summary>
    private static string? AsName(string text)
    {
        var name = TrailingYear().Replace(OutletName.Cleaned(text).TrimEnd('.', ' '), "");
        return name.Length is > 0 and <= OutletName.MaxLength && name.Split(' ').Length <= OutletName.MaxWords && char.IsLetterOrDigit(name[0])
               && !NewsAgencies.IsAgency(name)
            ? name
            : null;
    }

    [GeneratedRegex(@"\s*\d{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingYear();

    [GeneratedRegex(@"^(?:copyright\s*(?:©|\(c\))?|©|\(c\))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?<name>\p{L}[^|]*?)(?:\.\s.*|\s*[|,].*|\.?\s*all rights reserved.*)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Copyright();

    [GeneratedRegex(@"\b(?:translated|published)\s+(?:and\s+\w+\s+)?by\s+(?<name>(?-i:\p{Lu})[^.!?]*?)(?:\s+(?:on|at)\s.*)?\.?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Credit();
}
