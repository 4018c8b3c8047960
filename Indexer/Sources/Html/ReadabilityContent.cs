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
        using var reader = new SmartReader.Reader(AbsoluteUrl(url), document)
        {
            // Metadata is read by our own finders, before this rewrites the page.
            DisableJSONLD = true,
            // The pruner reads class names after Readability is done.
            KeepClasses = true,
            CharThreshold = MinArticleChars,
        };
        reader.ReplaceRegularExpression(SmartReader.RegularExpressions.Negative, NegativeNames);
        reader.AddCustomOperationEnd(element => content = element);
        // IsReadable is a guess made before extraction ("does this look like an article?"); what was extracted decides.
        return reader.GetArticle().Completed ? content : null;
    }

    private const int MinArticleChars = 250;

    /// <summary>
    /// Readability.js's names that count against a box. The port lost the spaces around "hid", so it matched inside any
    /// name ("hideOnInit", "chidori") and cut the rest of a story folded behind a "read more" toggle; upstream means the
    /// word "hid" alone. "hidden" counts unless it names what else is hidden: Drupal marks every field whose label it
    /// hides "field--label-hidden", the box with a list article's entries among them, and "overflow-hidden" is a style.
    /// </summary>
    private const string NegativeNames =
        "-ad-|(?<!label-|overflow-)hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related"
        + "|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget";

    /// <summary>Readability resolves links against the page's address; any absolute one will do when the page states none.</summary>
    private static string AbsoluteUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsoluteUri : "https://localhost/";
}
