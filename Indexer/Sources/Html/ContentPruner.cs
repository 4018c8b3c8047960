using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace SearchEngine.Indexing.Sources.Html;

/// <summary>
/// Takes the furniture out of the element chosen as the article: comment threads, share and follow widgets, newsletter
/// and paywall prompts, related-story lists, author boxes, image captions and credits. They sit inside the article's
/// container on most sites, so choosing the right container is not enough. An element is furniture by its markup
/// (tag, class, id, role), never by its words, and never when it holds most of the article's text: a wrapper that
/// happens to be called "article-with-comments" is the article.
/// </summary>
public static partial class ContentPruner
{
    private const double MaxShareOfText = 0.5;
    private const double MaxLinkShare = 0.5;

    private static readonly HashSet<string> FurnitureTags = ["figure", "figcaption", "aside", "nav", "footer", "form", "button", "dialog"];

    private static readonly HashSet<string> FurnitureRoles = ["complementary", "navigation", "contentinfo", "banner", "dialog", "alertdialog"];

    public static void Prune(IElement content)
    {
        var total = TextLength(content);
        if (total == 0) return;
        var furniture = new List<IElement>();
        Collect(content, total, furniture, isRoot: true);
        foreach (var element in furniture)
            element.Remove();
    }

    /// <summary>The outermost furniture elements below <paramref name="element"/>; what is inside one is not looked at again.</summary>
    private static void Collect(IElement element, int total, List<IElement> furniture, bool isRoot)
    {
        if (!isRoot && (IsFurniture(element) || IsLinkList(element)) && TextLength(element) <= total * MaxShareOfText)
        {
            furniture.Add(element);
            return;
        }
        foreach (var child in element.Children)
            Collect(child, total, furniture, isRoot: false);
    }

    public static bool IsFurniture(IElement element)
    {
        if (FurnitureTags.Contains(element.LocalName)) return true;
        if (element.GetAttribute("role") is { } role && FurnitureRoles.Contains(role.Trim().ToLowerInvariant())) return true;
        if (element.GetAttribute("aria-hidden") == "true") return true;
        var hints = Hints(element);
        return hints.Length > 0 && FurnitureHint().IsMatch(hints);
    }

    /// <summary>A block whose text is mostly link text: a list of headlines, a menu, a "click here" prompt.</summary>
    private static bool IsLinkList(IElement element)
    {
        if (!BlockText.IsBlock(element)) return false;
        var text = LetterCount(element.TextContent);
        if (text == 0) return false;
        var linked = 0;
        foreach (var link in element.QuerySelectorAll("a"))
            linked += LetterCount(link.TextContent);
        return linked >= text * MaxLinkShare;
    }

    private static int LetterCount(string text)
    {
        var n = 0;
        foreach (var c in text)
            if (char.IsLetterOrDigit(c)) n++;
        return n;
    }

    private static string Hints(IElement element)
    {
        var cls = element.GetAttribute("class");
        var id = element.Id;
        return (cls, id) switch
        {
            (null or "", null or "") => "",
            (null or "", _) => id!,
            (_, null or "") => cls!,
            _ => cls + " " + id,
        };
    }

    private static int TextLength(IElement element) => element.TextContent.Length;

    /// <summary>Class and id words sites give their furniture, matched as parts of a name ("post-comments", "shareBar").</summary>
    [GeneratedRegex(
        @"comment|disqus|respond|reply|replies|share|sharing|social|follow-?us|newsletter|subscri|signup|sign-up|paywall|" +
        @"related|recommend|more-?stories|read-?more|read-?next|also-?read|promo|teaser|outbrain|taboola|" +
        @"author-?(?:bio|box|info|card|details)|(?:^|[\s_-])bio(?:$|[\s_-])|about-?the-?author|caption|credit|" +
        @"(?:^|[\s_-])tags?(?:$|[\s_-])|tag-?list|breadcrumb|byline|dateline|timestamp|(?:^|[\s_-])ad(?:s|vert|vertisement)?(?:$|[\s_-])|sponsor",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FurnitureHint();
}
