using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace SearchEngine.Indexing.Sources.Html;

/// <summary>
/// The writer of a republished article, as the republishing terms ask it to be credited: a line naming the author (with
/// role and institution after a comma) right before "This article is republished from …". The bylines elsewhere on
/// such a page are the republishing site's other stories.
/// </summary>
public static partial class RepublishCredit
{
    private const int MaxCreditLength = 300;

    public static Stated? Of(IDocument document)
    {
        foreach (var notice in document.QuerySelectorAll("p"))
        {
            if (!Notice().IsMatch(notice.TextContent)) continue;
            if (notice.PreviousElementSibling is not { } credit || credit.TextContent.Trim() is not { Length: > 0 and <= MaxCreditLength } text) continue;
            var name = text.Split(',')[0].Trim();
            if (name.Length > 0) return new Stated(name, "republish credit");
        }
        return null;
    }

    [GeneratedRegex(@"^\s*This (?:article|story|piece) (?:is|was|has been) republished from\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Notice();
}
