using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace SearchEngine.Indexing.Sources.Html;

/// <summary>What an element's markup says it is: furniture by its tag, role, hidden state or class and id names.</summary>
public enum MarkupVerdict
{
    Content,
    /// <summary>A box of page furniture: shares, newsletter prompts, related stories, captions, ads.</summary>
    Furniture,
    /// <summary>A reader-comment thread: furniture that, unlike the rest, is made of paragraphs of prose.</summary>
    Thread,
    /// <summary>A box the page sets apart from its article (left out of print, a side column): furniture, whatever prose it holds.</summary>
    SetApart,
}

/// <summary>
/// Reads the names sites give their boxes. A class or id is cut into words ("post-comments", "shareBar",
/// "related_links") and is furniture when one word names furniture and none names the article itself, as Readability
/// does: "story-body ad-free" is the article. A comment box is a comment box whatever else its name says. Only blocks are judged by name, never
/// inline spans, which carry names for styling ("hljs-comment" in code).
/// </summary>
public static partial class FurnitureMarkup
{
    private static readonly HashSet<string> FurnitureTags = ["figure", "figcaption", "aside", "nav", "footer", "form", "button", "dialog"];

    private static readonly HashSet<string> FurnitureRoles = ["complementary", "navigation", "contentinfo", "banner", "dialog", "alertdialog"];

    private static readonly HashSet<string> Boxes =
        ["div", "section", "ul", "ol", "dl", "li", "table", "td", "header", "p", "h1", "h2", "h3", "h4", "h5", "h6"];

    /// <summary>Names of a thread's boxes; they beat a content word, as in "comments-body".</summary>
    private static readonly string[] ThreadWords = ["comment", "disqus", "replies", "respond", "discussion"];

    /// <summary>
    /// Furniture names, also matched in a word run together: at its start ("sharethis", "relatedlinks"), or anywhere
    /// for names long enough not to occur by chance ("storyphotocaption").
    /// </summary>
    private static readonly string[] FurnitureStems =
    [
        "share", "sharing", "social", "newsletter", "subscri", "signup", "related", "recommend", "promo", "outbrain", "taboola",
        "teaser", "caption", "credit", "byline", "breadcrumb", "sponsor", "advert", "popup", "modal", "toolbar", "author", "trending", "popular",
    ];

    /// <summary>Furniture names too short to match as the start of a longer word ("ad" in "address").</summary>
    private static readonly HashSet<string> FurnitureWords = ["ad", "ads", "bio", "tag", "tags", "more"];

    /// <summary>
    /// The class names social networks' embed code gives the quoted post (Twitter's, Instagram's, TikTok's published
    /// snippets): a post shown beside the story, with its own author and date line, as a photo is.
    /// </summary>
    private static readonly HashSet<string> EmbeddedPostClasses = ["twitter-tweet", "twitter-video", "instagram-media", "tiktok-embed"];

    /// <summary>
    /// The class names print style sheets hide boxes by (the common hand-written ones, Bootstrap's and utility
    /// frameworks'), and the side column's own name: a site prints its article without such boxes, and lays its
    /// "sidebar" beside the story, so they hold its columns, menus, dialogs and teasers, with prose among them (a
    /// republication licence's terms, blog excerpts). Matched whole: "hide-for-print" also folds away footnotes shown
    /// elsewhere, and "sidebar-content" names the story laid out beside a sidebar.
    /// </summary>
    private static readonly HashSet<string> SetApartClasses = ["noprint", "no-print", "u-no-print", "hidden-print", "d-print-none", "sidebar"];

    private static readonly HashSet<string> ContentWords = ["article", "story", "body", "content", "main", "post", "entry"];

    public static MarkupVerdict Judge(IElement element)
    {
        if (FurnitureTags.Contains(element.LocalName)) return MarkupVerdict.Furniture;
        if (element.GetAttribute("role") is { } role && FurnitureRoles.Contains(role.Trim().ToLowerInvariant())) return MarkupVerdict.Furniture;
        if (IsHidden(element) || IsEmbeddedPost(element)) return MarkupVerdict.Furniture;
        if (!Boxes.Contains(element.LocalName)) return MarkupVerdict.Content;
        if (element.ClassList.Any(SetApartClasses.Contains)) return MarkupVerdict.SetApart;
        return JudgeNames(element.GetAttribute("class"), element.Id);
    }

    private static bool IsEmbeddedPost(IElement element) =>
        element.LocalName == "blockquote" && element.ClassList.Any(EmbeddedPostClasses.Contains);

    private static MarkupVerdict JudgeNames(string? classes, string? id)
    {
        if (string.IsNullOrEmpty(classes) && string.IsNullOrEmpty(id)) return MarkupVerdict.Content;
        var (furniture, content) = (false, false);
        foreach (var word in Words(classes + " " + id))
        {
            if (NamesAny(word, ThreadWords)) return MarkupVerdict.Thread;
            content |= ContentWords.Contains(word);
            furniture |= FurnitureWords.Contains(word) || NamesAny(word, FurnitureStems);
        }
        return furniture && !content ? MarkupVerdict.Furniture : MarkupVerdict.Content;
    }

    /// <summary>
    /// Words that say where a box sits in whatever holds it, at its top or its foot, and not what it holds: a page's
    /// header and footer hold no paragraphs of prose, but a card's, a section's or an accordion pane's may name
    /// themselves so ("page1-footer" around a guide's entries, "pane-header-alignment-left" on the accordion).
    /// </summary>
    private static readonly HashSet<string> PlaceWords = ["header", "footer"];

    /// <summary>Whether the element's class or id says where it sits (a header, a footer) rather than what it is.</summary>
    public static bool NamedForPlace(IElement element)
    {
        var names = element.GetAttribute("class") + " " + element.Id;
        // Most boxes are read by the cheap test alone: the page's every element passes through here.
        return PlaceWords.Any(word => names.Contains(word, StringComparison.OrdinalIgnoreCase)) && Words(names).Any(PlaceWords.Contains);
    }

    private const int MinStemAnywhere = 6;

    private static bool NamesAny(string word, string[] stems)
    {
        foreach (var stem in stems)
        {
            var at = word.IndexOf(stem, StringComparison.Ordinal);
            if (at == 0 || (at > 0 && stem.Length >= MinStemAnywhere)) return true;
        }
        return false;
    }

    /// <summary>"post-comments shareBar" → post, comments, share, bar.</summary>
    private static IEnumerable<string> Words(string names) =>
        NameWord().Matches(names).Select(m => m.Value.ToLowerInvariant());

    /// <summary>Hidden by its markup, as folded-away comment bodies, pop-ups and sign-up dialogs are: a reader does not see it.</summary>
    public static bool IsHidden(IElement element) =>
        element.HasAttribute("hidden") || element.GetAttribute("aria-hidden") == "true"
        || (element.GetAttribute("style") is { } style && HiddenStyle().IsMatch(style));

    [GeneratedRegex(@"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")]
    private static partial Regex NameWord();

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HiddenStyle();
}
