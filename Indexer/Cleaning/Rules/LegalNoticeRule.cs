using System.Text.RegularExpressions;

namespace SearchEngine.Indexing.Cleaning.Rules;

/// <summary>
/// Copyright lines ("© Daily Wrap", "Copyright 2024 X. All rights reserved."), strips of legal links
/// ("Terms of use. Privacy policy.") and the site's notice about reusing its content ("Downloading, reproduction ...
/// of content available on this website ... requires prior and explicit consent"). A paragraph that discusses
/// copyright is prose: the notice must speak of this site and of consent or permission to reuse it.
/// </summary>
public sealed partial class LegalNoticeRule : IPageRule
{
    private const int MaxShortNotice = 200;

    public void Apply(PageDraft page)
    {
        for (var i = 0; i < page.Count; i++)
            if (page.IsBody(i) && IsLegal(page.Lines[i]))
                page.Mark(i, LineKind.Legal);
    }

    public static bool IsLegal(string line) =>
        (line.Length <= MaxShortNotice && (CopyrightLine().IsMatch(line) || RightsReserved().IsMatch(line) || IsLegalLinkStrip(line)))
        || IsReuseNotice(line);

    /// <summary>True when nothing but legal links and separators is left once the links are taken out.</summary>
    public static bool IsLegalLinkStrip(string line)
    {
        var rest = LegalLink().Replace(line, "");
        return rest.Length < line.Length && rest.All(c => !char.IsLetterOrDigit(c));
    }

    private static bool IsReuseNotice(string line) =>
        ReuseVerb().IsMatch(line) && ConsentClause().IsMatch(line) && ThisSite().IsMatch(line);

    [GeneratedRegex(@"^(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\)|\d{4}))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CopyrightLine();

    [GeneratedRegex(@"\ball rights reserved\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RightsReserved();

    [GeneratedRegex(@"\b(?:terms (?:of (?:use|service)|and conditions)|privacy (?:policy|notice|settings)|cookie (?:policy|settings|preferences)|accessibility(?: statement)?|contact us|about us|imprint|sitemap)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LegalLink();

    [GeneratedRegex(@"\b(?:reproduc\w*|download\w*|copying|republish\w*|redistribut\w*|storage)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReuseVerb();

    [GeneratedRegex(@"\b(?:prior (?:and )?(?:explicit |express |written )*(?:consent|permission)|without (?:the )?(?:prior |express |explicit |written )*(?:consent|permission)|(?:is|are) (?:strictly )?prohibited|may not be (?:reproduced|copied|republished|distributed))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ConsentClause();

    [GeneratedRegex(@"\b(?:this|our) (?:web ?site|site|portal|service|publication|page)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThisSite();
}
