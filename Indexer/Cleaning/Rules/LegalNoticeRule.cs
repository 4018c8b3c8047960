using System.Text.RegularExpressions;

namespace SearchEngine.Indexing.Cleaning.Rules;

/// <summary>
/// Copyright lines ("© Daily Wrap", "Copyright 2024 X. All rights reserved.", "(c) Indo-Asian News Service",
/// "Copyright The Financial Times Limited 2008"), strips of legal links ("Terms of use. Privacy policy."), the site's
/// notice about reusing its content ("Downloading, reproduction ... of content available on this website ... requires
/// prior and explicit consent", the wire's "This material may not be published, broadcast, rewritten or redistributed.")
/// and its disclaimer for the sites it links to ("The BBC is not responsible for the content of external internet
/// sites"). A paragraph that discusses copyright is prose: the notice must speak of this site or material and of
/// consent or permission to reuse it, and a copyright line without a year is a few words naming the holder, not a sentence.
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
        (line.Length <= MaxShortNotice && (CopyrightLine().IsMatch(line) || RightsReserved().IsMatch(line) || IsLegalLinkStrip(line)
                                           || LinkedSitesDisclaimer().IsMatch(line)))
        || IsHolderLine(line) || IsReuseNotice(line) || IsLongRightsNotice(line);

    private const int MaxRightsNotice = 600;

    /// <summary>
    /// A copyright line that goes on to the wire's or the holder's terms ("© Wire 2008. All rights reserved.
    /// Republication or redistribution of Wire content … is expressly prohibited"): opening with the copyright and
    /// reserving the rights, it is a notice however long the terms run.
    /// </summary>
    private static bool IsLongRightsNotice(string line) =>
        line.Length <= MaxRightsNotice && (CopyrightLine().IsMatch(line) || HolderLine().IsMatch(line)) && RightsReserved().IsMatch(line);

    private const int MaxHolderWords = 8;

    /// <summary>"(c) Indo-Asian News Service", "Â© Times Colonist 2008" (the sign as mis-decoded pages print it), "Gulf Times, 2008 ©".</summary>
    private static bool IsHolderLine(string line) =>
        LineShape.WordCount(line) <= MaxHolderWords && line[^1] is not ('.' or ';' or ':' or ',') && HolderLine().IsMatch(line);

    /// <summary>True when nothing but legal links and separators is left once the links are taken out.</summary>
    public static bool IsLegalLinkStrip(string line)
    {
        var rest = LegalLink().Replace(line, "");
        return rest.Length < line.Length && rest.All(c => !char.IsLetterOrDigit(c));
    }

    /// <summary>
    /// A notice about reusing the site's content: it names this site or material, or reuse is what it is about, the
    /// act opening the line ("Reproduction in whole or in part without permission is prohibited.").
    /// </summary>
    private static bool IsReuseNotice(string line) =>
        ReuseVerb().IsMatch(line) && ConsentClause().IsMatch(line) && (ThisSite().IsMatch(line) || ReuseOpening().IsMatch(line));

    [GeneratedRegex(@"^(?:the |any )?(?:reproduction|redistribution|republication|copying|reproducing|republishing|redistributing)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReuseOpening();

    [GeneratedRegex(@"^(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\)|\d{4}))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CopyrightLine();

    // "Copyright" and a name with no year is as often a heading ("Copyright Office Rejects AI Art") as a notice.
    [GeneratedRegex(@"^(?:Â?©|\((?i:c)\)\s+\p{Lu}|(?i:copyright)(?:,|\s+\p{Lu})(?=.*\b(?:19|20)\d{2}\b))|\s©$", RegexOptions.CultureInvariant)]
    private static partial Regex HolderLine();

    [GeneratedRegex(@"\bnot responsible for the content of (?:external|other|third[- ]party|linked)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkedSitesDisclaimer();

    [GeneratedRegex(@"\ball rights reserved\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RightsReserved();

    [GeneratedRegex(@"\b(?:terms (?:of (?:use|service)|and conditions)|privacy (?:policy|notice|settings)|cookie (?:policy|settings|preferences)|accessibility(?: statement)?|contact us|about us|imprint|sitemap)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LegalLink();

    [GeneratedRegex(@"\b(?:reproduc\w*|download\w*|copying|republish\w*|redistribut\w*|storage)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReuseVerb();

    [GeneratedRegex(@"\b(?:prior (?:and )?(?:explicit |express |written )*(?:consent|permission)|without (?:the )?(?:prior |express |explicit |written )*(?:consent|permission)|(?:is|are) (?:expressly |strictly )?prohibited|may not be (?:reproduced|copied|republished|published|distributed|redistributed))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ConsentClause();

    [GeneratedRegex(@"\b(?:this|our) (?:web ?site|site|portal|service|publication|page|material|content)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThisSite();
}
