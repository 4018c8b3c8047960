using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace SearchEngine.Indexing.Sources.Html;

/// <summary>
/// The element Readability (SmartReader's port) chooses as the article, after its own clean-up. It scores every
/// paragraph's ancestors by text, commas, link density and class hints, and retries with looser rules when the winner
/// is too short, so it reads a page as a whole rather than trusting the first <c>&lt;article&gt;</c>.
/// It rewrites the document it is given: read metadata before.
/// </summary>
public static class ReadabilityContent
{
    public static IElement? Find(IHtmlDocument document, string? url)
    {
        IElement? content = null;
        var proseBoxes = document.Body is { } body ? MarkProseBoxes(body) : [];
        using var reader = new SmartReader.Reader(AbsoluteUrl(url), document)
        {
            // Metadata is read by our own finders, before this rewrites the page.
            DisableJSONLD = true,
            // The pruner reads class names after Readability is done.
            KeepClasses = true,
            CharThreshold = MinArticleChars,
        };
        reader.ReplaceRegularExpression(SmartReader.RegularExpressions.Negative, NegativeNames);
        reader.AddOptionToRegularExpression(SmartReader.RegularExpressions.PossibleCandidates, ProseMark);
        reader.AddCustomOperationEnd(element => content = element);
        // IsReadable is a guess made before extraction ("does this look like an article?"); what was extracted decides.
        var completed = reader.GetArticle().Completed;
        Unmark(proseBoxes, content);
        return completed ? content : null;
    }

    /// <summary>
    /// The class that spares a box from Readability's test by name, which drops a box unread when its class or id
    /// holds a word of furniture ("footer", "header", "menu") and none of the article. The pruner reads the page's
    /// own names afterwards, so the class is taken off again.
    /// </summary>
    private const string ProseMark = "searchengine-prose";

    /// <summary>
    /// Marks the boxes named for their place, a header or a footer, that hold paragraphs of prose (more than one, by
    /// the pruner's measure), so Readability reads them: a page's header and footer hold none, so such a box is the
    /// top or foot of a part of the story (a restaurant guide's entries in the block its theme calls "page1-footer",
    /// an accordion whose wrapper names its headers' alignment). A comment thread's paragraphs and those of a box set
    /// apart from the article do not count, so a thread named for its place ("comments-footer") still goes; names
    /// that say what a box holds (captions, related stories, comments) still drop it. A subheading so named is marked
    /// too, whatever it holds.
    /// </summary>
    private static List<IElement> MarkProseBoxes(IElement body)
    {
        var marked = new List<IElement>();
        foreach (var box in body.Descendants<IElement>())
            if (FurnitureMarkup.NamedForPlace(box)
                && (IsSubheading(box) || ContentPruner.HoldsProse(box, paragraph => InThread(paragraph, box))))
                marked.Add(box);
        foreach (var box in marked)
            box.ClassList.Add(ProseMark);
        return marked;
    }

    /// <summary>
    /// A heading below the headline: named a header it says what it is, the head of a section ("header-anchor-post" on
    /// a newsletter's subheadings), not where furniture sits.
    /// </summary>
    private static bool IsSubheading(IElement box) => box.LocalName is "h2" or "h3" or "h4" or "h5" or "h6";

    /// <summary>Whether the paragraph sits in a comment thread or a box set apart, up to the box itself.</summary>
    private static bool InThread(IElement paragraph, IElement box)
    {
        for (var parent = paragraph.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (FurnitureMarkup.Judge(parent) is MarkupVerdict.Thread or MarkupVerdict.SetApart) return true;
            if (parent == box) break;
        }
        return false;
    }

    /// <summary>Takes the mark off the boxes marked and off any copy Readability made of one in its choice.</summary>
    private static void Unmark(List<IElement> marked, IElement? content)
    {
        foreach (var box in marked)
            RemoveMark(box);
        if (content is null) return;
        RemoveMark(content);
        foreach (var box in content.QuerySelectorAll("." + ProseMark))
            RemoveMark(box);
    }

    private static void RemoveMark(IElement box)
    {
        box.ClassList.Remove(ProseMark);
        if (box.ClassList.Length == 0) box.RemoveAttribute("class");
    }

    private const int MinArticleChars = 250;

    /// <summary>
    /// Readability.js's names that count against a box. The port lost the spaces around "hid", so it matched inside any
    /// name ("hideOnInit", "chidori") and cut the rest of a story folded behind a "read more" toggle; upstream means the
    /// word "hid" alone. "hidden" counts unless it names what else is hidden: Drupal marks every field whose label it
    /// hides "field--label-hidden", the box with a list article's entries among them, "overflow-hidden" is a style, and
    /// "panel-hidden" is an accordion's panel folded shut, text the reader opens with a click (a guide's FAQ answers).
    /// </summary>
    private const string NegativeNames =
        "-ad-|(?<!label-|overflow-|panel-)hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta"
        + "|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget";

    /// <summary>Readability resolves links against the page's address; any absolute one will do when the page states none.</summary>
    private static string AbsoluteUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsoluteUri : "https://localhost/";
}
