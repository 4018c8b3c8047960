using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using SearchEngine.Indexing.Cleaning;
using SearchEngine.Indexing.Cleaning.Rules;
using SearchEngine.Indexing.Extraction.Dates;

namespace SearchEngine.Indexing.Sources.Html;

/// <summary>
/// What the page's body says about its article outside the head, gathered in one walk over its elements: microdata
/// (<c>itemprop</c>), <c>&lt;time datetime&gt;</c>, <c>rel=author</c> links, byline-classed elements, headings, and the short
/// texts a headline could be printed in.
/// </summary>
public sealed partial class PageElements
{
    private const int MaxShortText = 300;
    private const int MaxBylineText = 120;
    private const int MaxBylines = 3;
    public const string BylineElement = "byline element";
    public const string AuthorPageLink = "author page link";

    /// <summary>
    /// Short element texts (without bullets and arrows) by their <see cref="TextKey"/>, to tell which title parts are
    /// printed on the page.
    /// </summary>
    public Dictionary<string, string> PrintedTexts { get; } = [];
    /// <summary>The h1 and headline-classed blocks: h2 and h3 head sidebars ("More in World news") as often as articles.</summary>
    public IEnumerable<string> MainHeadlineBlocks => _h1.Concat(_headlineClassed).Where(h => h.Contains(' '));
    /// <summary>The page's h1 when it has exactly one of more than one word.</summary>
    public string? SoleH1 => _h1.Count == 1 && _h1[0].Contains(' ') ? _h1[0] : null;
    /// <summary>The <see cref="TextKey"/> of every h1, h2, h3 and marked headline block: where a page prints headlines, not logos or menus.</summary>
    public HashSet<string> HeadlineKeys => _headlineKeys ??= _blocks.Select(b => TextKey(b.Text)).ToHashSet();
    /// <summary>
    /// The headline block followed by the most prose before the next one: the article's own headline heads the article's
    /// text, while a sidebar's or a teaser list's heading ("Latest News", "Save &amp; Share this Article") heads links and
    /// a few words. A block that reads as a story's headline and leads a paragraph comes before a label of a word or two,
    /// however much prose that leads: a short story can be followed by a box ("Readers' Letters", "Partner Offers") whose
    /// teasers run longer. Of those, an h1 comes first: the page's top heading over a short story outranks an h2 or h3
    /// heading a longer sidebar. A block of sentences is no headline, whatever it leads: a standfirst set as a heading
    /// under the headline, or a form's notice ("Your address stays private. We never share it."), and neither is a label ending
    /// in a colon or a page tool's (see <see cref="IsLabel"/>). Null when no block is followed by any.
    /// </summary>
    public string? LeadHeadline
    {
        get
        {
            var leading = _blocks.Where(b => b.Prose > 0 && b.Text.Contains(' ') && !TextHeadline.ReadsAsSentences(b.Text) && !IsLabel(b.Text)).ToList();
            var stories = leading.Where(HeadsStory).ToList();
            return (stories.Where(b => b.Element.LocalName == "h1").MaxBy(b => b.Prose) ?? stories.MaxBy(b => b.Prose) ?? leading.MaxBy(b => b.Prose))?.Text;
        }
    }

    /// <summary>A section's or box's label is a word or two ("Most Shared"); a story's headline says more.</summary>
    private const int MinStoryHeadlineWords = 3;
    /// <summary>About a lead paragraph's letters: what a story's headline leads, at the least.</summary>
    private const int MinStoryProse = 200;

    /// <summary>
    /// A label ending in a colon ("Share this with:", "Your name:") introduces what follows it, links or a form's field; a
    /// page tool's ("PRINT FRIENDLY", "Talkback - Add your opinion", see <see cref="HeadlineAboveStory.IsToolLabel"/>) heads
    /// a link or a comment box, which sites class as a heading as they do the story's headline.
    /// </summary>
    private static bool IsLabel(string text) => text.EndsWith(':') || HeadlineAboveStory.IsToolLabel(text);

    private static bool HeadsStory(HeadlineBlock block) => block.Prose >= MinStoryProse && LineShape.WordCount(block.Text) >= MinStoryHeadlineWords;
    /// <summary>Dates the body's markup says are the publication's: microdata or RDFa, a publication time.</summary>
    public IEnumerable<Stated> PublicationDates => _microdataDates.Concat(_publicationTimes);
    /// <summary>Dates the body shows without saying what of: any other time, a date-classed element's date (an update, a teaser's).</summary>
    public IEnumerable<Stated> OtherDates => _times.Concat(_dateTexts);
    /// <summary>
    /// Date-classed elements' dates above every headline, nearest the headlines first: a masthead's date is the day of the
    /// visit ("TUESDAY, JANUARY 15, 2008"), at the top of the page and classed as a story's date is, so these count only
    /// when the page prints no date line of its own.
    /// </summary>
    public IEnumerable<Stated> DatesAboveHeadlines => _datesAboveHeadlines.AsEnumerable().Reverse();
    /// <summary>Times the body marks as an update's: <c>itemprop="dateModified"</c>, or an "Updated" label just before them.</summary>
    public IEnumerable<Stated> ModifiedDates => _modifiedTimes;
    /// <summary>
    /// Authors the body states, surest first: microdata, rel=author links, byline-classed elements, "By Jane Doe" elements,
    /// links to an author's page, the text printed next after an author's photo.
    /// </summary>
    public IEnumerable<Stated> Authors =>
        _microdataAuthors.Concat(_authorLinks).Concat(_bylines).Concat(_byTexts).Concat(_profileLinks).Concat(_photoCaptions);
    public string? Headline { get; private set; }

    // The page's own byline and date come before those of teasers and comments, so each list keeps page order.
    private readonly List<string> _h1 = [], _headlineClassed = [];
    private readonly List<Stated> _microdataDates = [], _publicationTimes = [], _times = [], _dateTexts = [], _datesAboveHeadlines = [], _modifiedTimes = [];
    private readonly List<Stated> _microdataAuthors = [], _authorLinks = [], _bylines = [], _byTexts = [], _profileLinks = [];
    private readonly List<Stated> _photoCaptions = [];
    /// <summary>Whether an author's photo was met and the text after it is still to come.</summary>
    private bool _afterAuthorPhoto;
    private readonly List<HeadlineBlock> _blocks = [];
    private HashSet<string>? _headlineKeys;

    /// <summary>A heading or headline-classed element, and the letters of prose, not links, that follow it up to the next one.</summary>
    private sealed class HeadlineBlock(IElement element, string text)
    {
        public IElement Element { get; } = element;
        public string Text { get; } = text;
        public int Prose { get; set; }
    }

    public static PageElements Of(IDocument document)
    {
        var found = new PageElements();
        if (document.Body is { } body)
            foreach (var element in body.Descendants<IElement>())
                found.Visit(element);
        return found;
    }

    private void Visit(IElement element)
    {
        // A <title> is never printed: one the parser put in the body (text before <html>) or an SVG icon's label.
        if (element.LocalName is "script" or "style" or "noscript" or "template" or "title") return;
        // Computed once: most elements that hold text are checked as headline, date and credit alike.
        var ownText = HasOwnText(element) ? ShortText(element, MaxShortText) : null;
        if (ownText is { Length: > 0 }) PrintedTexts.TryAdd(TextKey(ownText), LineDecoration.Trim(ownText).ToString());
        CountProse(element);
        AuthorPhotoCaption(element, ownText);

        switch (element.LocalName)
        {
            case "h1" or "h2" or "h3" when (ownText ?? ShortText(element, MaxShortText)) is { Length: > 0 } text:
                var heading = WithoutDate(element, WithoutCredit(element, text));
                if (element.LocalName == "h1") _h1.Add(heading);
                _blocks.Add(new HeadlineBlock(element, heading));
                break;
            case "time" when element.GetAttribute("datetime") is { Length: > 0 } datetime && IsModifiedTime(element):
                _modifiedTimes.Add(new Stated(MachineReadable(datetime), "time element (updated)"));
                break;
            case "time" when element.GetAttribute("datetime") is { Length: > 0 } datetime:
                (IsPublicationTime(element) ? _publicationTimes : _times).Add(new Stated(MachineReadable(datetime), "time element"));
                break;
            case "a" or "link" when HasRelAuthor(element):
                var linkText = PageSplitter.Normalise(element.TextContent);
                _authorLinks.Add(new Stated(linkText.Length > 0 ? linkText : element.GetAttribute("href") ?? "", "rel=author link"));
                break;
            case "a" when _profileLinks.Count < MaxBylines && element.GetAttribute("href") is { } href && AuthorPage().IsMatch(href)
                          && !InCommentThread(element) && !NamesSomeoneElse(element)
                          && ShortText(element, MaxBylineText) is { Length: > 0 } name:
                _profileLinks.Add(new Stated(name, AuthorPageLink));
                break;
        }

        if (element.GetAttribute("itemprop") is { Length: > 0 } itemprop) Microdata(element, itemprop);
        else if (element.GetAttribute("property") is { Length: > 0 } property && IsPublicationProperty(property)
                 && element.GetAttribute("content") is { Length: > 0 } content)
            _microdataDates.Add(new Stated(content, "rdfa " + property));
        // A wire's story embedded as its news markup (NewsML) names the headline by the element itself: <HeadLine>.
        if (element.LocalName == "headline") MarkedHeadline(element);
        var classes = element.GetAttribute("class");
        if (classes is not null) Classed(element, classes);
        var unclassed = classes is null || !IsHeadlineClass(classes);
        if (unclassed && ((element.Id is { } id && HeadlineId().IsMatch(id)) || IsPermalinkHeading(element))) MarkedHeadline(element);
        Credit(element, classes, ownText);
    }

    /// <summary>
    /// A heading at any level whose link is marked as the post's own permanent address (<c>rel="bookmark"</c>): blog
    /// software links each post's headline to the post that way, and some themes set it as an h4 or lower, which
    /// heads a sidebar as often as a story; the mark says which.
    /// </summary>
    private static bool IsPermalinkHeading(IElement element) =>
        element.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6" && element.QuerySelector("a[rel~=bookmark]") is not null;

    /// <summary>
    /// The name an author box prints next to the writer's photo (an image whose alt text or class says it is the author's:
    /// "Photo of author", "author-avatar"), as themes set the writer under the headline with no "By" and no byline class:
    /// the first text after the photo, beside it or in the next element that holds any.
    /// </summary>
    private void AuthorPhotoCaption(IElement element, string? ownText)
    {
        if (_afterAuthorPhoto && HasOwnText(element))
        {
            _afterAuthorPhoto = false;
            if (ownText is { Length: <= MaxBylineText }) _photoCaptions.Add(new Stated(ownText, AuthorPhotoCaptionOrigin));
        }
        if (element.LocalName != "img" || _photoCaptions.Count >= MaxBylines || !IsAuthorPhoto(element) || InCommentThread(element)) return;
        if (element.NextSibling is IText { Data: var beside }
            && PageSplitter.Normalise(beside) is { Length: > 0 and <= MaxBylineText } caption)
            _photoCaptions.Add(new Stated(caption, AuthorPhotoCaptionOrigin));
        else _afterAuthorPhoto = true;
    }

    private const string AuthorPhotoCaptionOrigin = "name after the author's photo";

    private static bool IsAuthorPhoto(IElement image) =>
        AuthorPhotoAlt().IsMatch(image.GetAttribute("alt") ?? "") || AuthorPhotoClass().IsMatch(image.GetAttribute("class") ?? "");

    /// <summary>An alt text saying the image is the author's: "author", "Photo of author", "Author image", "the author's avatar".</summary>
    [GeneratedRegex(@"^\s*(?:(?:photo|picture|image|avatar|portrait)\s+of\s+)?(?:the\s+)?author(?:['’]s)?(?:\s+(?:photo|picture|image|avatar|portrait|pic))?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AuthorPhotoAlt();

    /// <summary>A class naming the author's picture: "author-avatar", "dynamic-author-image", "avatar-author".</summary>
    [GeneratedRegex(@"author[-_]?(?:avatar|image|img|photo|pic|portrait)|(?:avatar|image|img|photo|pic|portrait)[-_]?author", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AuthorPhotoClass();

    /// <summary>Adds the element's own text to the prose after the last headline block, unless it is part of that block or a link.</summary>
    private void CountProse(IElement element)
    {
        if (_blocks.Count == 0) return;
        var block = _blocks[^1];
        if (block.Element.Contains(element) || element.Closest("a") is not null) return;
        foreach (var child in element.ChildNodes)
            if (child is IText text)
                block.Prose += TextCounts.Letters(text.Data);
    }

    private void Classed(IElement element, string classes)
    {
        if (IsHeadlineClass(classes)) MarkedHeadline(element);
        if (_dateTexts.Count + _datesAboveHeadlines.Count < MaxBylines && DateClass().IsMatch(classes) && PrintedDate(element) is { } day)
            (_blocks.Count == 0 ? _datesAboveHeadlines : _dateTexts).Add(new Stated(day, _blocks.Count == 0 ? "date element above the headlines" : "date element"));
    }

    /// <summary>A block the page marks as a headline by its class or id: a candidate for the headline, and a heading of the prose after it.</summary>
    private void MarkedHeadline(IElement element)
    {
        if (ShortText(element, MaxShortText) is not { Length: > 0 } text) return;
        var headline = WithoutDate(element, WithoutCredit(element, text));
        if (_headlineClassed.Count < MaxBylines) _headlineClassed.Add(headline);
        if (element.LocalName is not ("h1" or "h2" or "h3") && !IsCreditOrDate(headline)) _blocks.Add(new HeadlineBlock(element, headline));
    }

    /// <summary>
    /// Whether a block is the byline or the date line set under a headline in the headline's class ("By Jane Doe",
    /// "WirelessWeek - January 14, 2008"): it heads nothing, and the prose after it is the story's under the headline above.
    /// </summary>
    private static bool IsCreditOrDate(string text) => BylineRule.Names(text) is not null || TextHeadline.EndsInDate(text);

    /// <summary>
    /// A headline's text without a date-classed element its element ends with ("Storm hits coast &lt;span class="date"&gt;3
    /// March 2024&lt;/span&gt;"): the story's date set beside the headline, as a byline is set under it, is no part of it.
    /// </summary>
    private static string WithoutDate(IElement headline, string text)
    {
        if (headline.LastElementChild is not { } last || last.GetAttribute("class") is not { } classes || !DateClass().IsMatch(classes)
            || (last.NextSibling is IText { Data: var after } && !string.IsNullOrWhiteSpace(after))) return text;
        var date = PageSplitter.Normalise(last.TextContent);
        return date.Length > 0 && text.Length > date.Length && text.EndsWith(date, StringComparison.Ordinal) ? text[..^date.Length].TrimEnd() : text;
    }

    /// <summary>
    /// A headline's text without the credit some pages set on a line of its own inside the headline's element
    /// ("Storm hits coast&lt;br&gt;&lt;span&gt;by Jane Doe, 3 March 2024&lt;/span&gt;"): the byline is printed under the headline,
    /// not part of it. A date alone on that line is not cut: a box printing a label over a date ("City Sport&lt;br&gt;Tuesday
    /// January 8, 2008") is a date box, and its text, ending in a date, gives way to the text's headline line. A comment's
    /// text is no part of either.
    /// </summary>
    private static string WithoutCredit(IElement headline, string text)
    {
        if (headline.Children.FirstOrDefault(c => c.LocalName == "br") is not { } lineBreak) return text;
        var before = new StringBuilder();
        var after = new StringBuilder();
        var past = false;
        foreach (var node in headline.ChildNodes)
        {
            if (node == lineBreak) past = true;
            else if (node is not IComment) (past ? after : before).Append(node.TextContent);
        }
        var credit = PageSplitter.Normalise(after.ToString());
        var first = PageSplitter.Normalise(before.ToString());
        return first.Length > 0 && ByName().IsMatch(credit + " ") ? first : text;
    }

    private void Credit(IElement element, string? classes, string? ownText)
    {
        if (InCommentThread(element) || element.Closest(PictureCaption) is not null) return;
        if (_bylines.Count < MaxBylines && classes is not null && BylineClass().IsMatch(classes)
            && Segments(element, " · ") is { Length: > 0 and <= MaxBylineText } byline)
            _bylines.Add(new Stated(byline, BylineElement));
        else if (_byTexts.Count >= MaxBylines) return;
        else if (IsBy(element) && element.ParentElement is { } parent && Segments(parent, " ") is { } spaced && ByName().IsMatch(spaced))
            _byTexts.Add(new Stated(spaced, ByLine));
        else if (ownText is { Length: <= MaxBylineText } && ByName().IsMatch(ownText) && Segments(element, " · ") is { } credit)
            _byTexts.Add(new Stated(credit, ByLine));
    }

    private const string ByLine = "\"By\" line";

    /// <summary>
    /// A link to a person's page that credits no one: an item of a list (a menu of the site's columnists, a box of related
    /// profiles) or a name in a sentence (someone the story quotes, linked to their page). A writer credited so is set
    /// apart, in a byline or after "By".
    /// </summary>
    private static bool NamesSomeoneElse(IElement link) =>
        link.Closest("li, dt, dd") is not null
        || (link.ParentElement is { } parent && ShortText(parent, MaxBylineText) is null
            && !(link.PreviousSibling is IText { Data: var before } && ByEnd().IsMatch(before)));

    [GeneratedRegex(@"\b[Bb][Yy]:?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ByEnd();

    /// <summary>A picture's caption: the "By Jane Doe" in it credits whoever took the picture, not the story's writer.</summary>
    private const string PictureCaption = "figcaption, [class*='caption' i]";

    private const string CommentBox = "[class*='comment' i], [id*='comment' i], [class*='disqus' i], [id*='disqus' i]";

    /// <summary>
    /// A commenter is not the author: credits inside a box named for comments are theirs, and so is a "Posted by" line
    /// signed right after a comment's text.
    /// </summary>
    private static bool InCommentThread(IElement element) =>
        element.Closest(CommentBox) is not null || element.PreviousElementSibling?.Matches(CommentBox) == true;

    /// <summary>A date-classed element's date: in its title attribute (hAtom's <c>&lt;abbr class="published" title="…"&gt;</c>) or its text.</summary>
    private static string? PrintedDate(IElement element)
    {
        if (element.GetAttribute("title") is { Length: > 0 } title && DateParser.Parse(title, NumericDateOrder.Either) is not null) return title;
        return ShortText(element, MaxBylineText) is { Length: > 0 } text ? PublicationDay(text) : null;
    }

    private void Microdata(IElement element, string itemprop)
    {
        foreach (var prop in itemprop.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            switch (prop)
            {
                case "datePublished":
                    var date = element.GetAttribute("datetime") ?? element.GetAttribute("content") ?? ShortText(element, MaxBylineText);
                    if (date is { Length: > 0 }) _microdataDates.Add(new Stated(date, "microdata datePublished"));
                    break;
                case "author" or "creator":
                    var name = element.QuerySelector("[itemprop~=name]") is { } named
                        ? named.GetAttribute("content") ?? ShortText(named, MaxBylineText)
                        : element.GetAttribute("content") ?? ShortText(element, MaxBylineText);
                    if (name is { Length: > 0 }) _microdataAuthors.Add(new Stated(name, "microdata author"));
                    break;
                case "headline" when Headline is null:
                    Headline = element.GetAttribute("content") ?? ShortText(element, MaxShortText);
                    break;
            }
        }
    }

    /// <summary>
    /// A time's datetime as a stated date: some pages put the date as printed there ("on Friday December 19, 2025 @08:00PM"),
    /// which reads as a date line once its label is dropped.
    /// </summary>
    private static string MachineReadable(string datetime) =>
        DateParser.Parse(datetime, NumericDateOrder.Either) is null && DateParser.ParseLine(datetime, NumericDateOrder.Either) is { } line ? line.Written : datetime;

    /// <summary>
    /// A time the page marks as an update's, not the publication's: <c>itemprop="dateModified"</c>, or printed after an
    /// "Updated" or "Modified" label ("Updated &lt;time&gt;January 16, 2026&lt;/time&gt;").
    /// </summary>
    private static bool IsModifiedTime(IElement time) =>
        (time.GetAttribute("itemprop")?.Contains("dateModified", StringComparison.Ordinal) ?? false)
        || (time.PreviousSibling is IText { Data: var label } && UpdateLabel().IsMatch(label));

    [GeneratedRegex(@"\b(?:updated|modified)(?:\s+on)?\s*:?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UpdateLabel();

    /// <summary>A time the page marks as its publication: <c>pubdate</c>, itemprop, or a time in the article's header.</summary>
    private static bool IsPublicationTime(IElement time) =>
        time.HasAttribute("pubdate")
        || (time.GetAttribute("itemprop")?.Contains("datePublished", StringComparison.Ordinal) ?? false)
        || time.Closest("header") is not null;

    /// <summary>The first segment of "Dec. 19, 2025 · Jane Doe" or "Posted: 5 April 2018 | 6:00 PM" that is a date, unless it is an update's, without its label.</summary>
    private static string? PublicationDay(string text)
    {
        foreach (var segment in text.Split(['·', '•', '|', '●'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            if (DateParser.ParseLine(segment, NumericDateOrder.Either) is { IsUpdate: false } line) return line.Written;
        return null;
    }

    private static bool IsPublicationProperty(string property) =>
        property.Split(' ').Any(p => p is "dc:date" or "dc:created" or "dcterms:created" or "dcterms:issued" or "article:published_time" or "schema:datePublished");

    private static bool HasRelAuthor(IElement element) =>
        element.GetAttribute("rel")?.Split(' ').Contains("author", StringComparer.OrdinalIgnoreCase) ?? false;

    /// <summary>A class naming a byline, author or a post's "Posted by" line, but not the author's picture, biography or job title.</summary>
    [GeneratedRegex(@"(?:^|\s)(?![\w-]*(?:bio|image|img|avatar|photo|pic|about|desc|box|follow|social|more|list|page|title|role|job|position))[\w-]*(?:byline|by-line|author|posted)[\w-]*(?:$|\s)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BylineClass();

    private static bool IsHeadlineClass(string classes) => HeadlineClass().IsMatch(classes) || QualifiedHeadlineClass().IsMatch(classes);

    /// <summary>
    /// A headline class qualified in camel case ("articleHeadline", "storyHeadline"). Only "Headline": a camel-case "Title"
    /// or "Head" names a site's, box's or page's title ("siteTitle", "boxHead") as often as the article's.
    /// </summary>
    [GeneratedRegex(@"(?<=[a-z])Headline(?:$|[\s_\d-])", RegexOptions.CultureInvariant)]
    private static partial Regex QualifiedHeadlineClass();

    /// <summary>
    /// A class naming a headline: "title", "headline", "heading", newsroom shorthand ("hed", "hl"), numbered ("headline2") or
    /// qualified ("story-title"), the story's or article's head run together ("storyhead", "ArticleHead"), and Joomla's
    /// "contentheading", which that common CMS gives the article's headline.
    /// </summary>
    [GeneratedRegex(@"(?:^|[\s_-])(?:title|headline|head|heading|hed|hl|sh|(?:story|article)-?(?:head|heading|headline)|story-?title|article-?title|entry-?title|post-?title|contentheading)(?:$|[\s_\d-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadlineClass();

    /// <summary>An id naming a headline, on pages that mark it with an id and no class ("title", "story_headline", "lblTitle").</summary>
    [GeneratedRegex(@"(?:(?:^|[_-])(?:[Tt]itle|[Hh]eadline|[Hh]ed)|(?<=[a-z])(?:Title|Headline))(?:$|[_\d-])", RegexOptions.CultureInvariant)]
    private static partial Regex HeadlineId();

    /// <summary>A link to an author's page: "/author/jane-doe", "/people/jane-doe/", "/profile/jdoe".</summary>
    [GeneratedRegex(@"/(?:authors?|people|profiles?|staff|contributors?|writers?|journalists?|columnists?|reporters?)/[^/?#]+/?(?:[?#].*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AuthorPage();

    /// <summary>A class naming a publication date, but not an update's.</summary>
    [GeneratedRegex(@"(?:^|[\s_-])(?:date|pubdate|published|publish-date|post-date|entry-date|timestamp|dateline|meta-date|article-date)(?:$|[\s_-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateClass();

    /// <summary>
    /// An element that starts as a credit: "By Jane Doe", "by Jane Doe and John Roe", "by Dr. Ang Xiao, PhD and Jessica
    /// Pan, MPH | SandboxAQ". Whether what follows "By" are names is for <see cref="AuthorNames"/> to say.
    /// </summary>
    [GeneratedRegex(@"^[Bb][Yy]:?\s+\p{Lu}[\p{L}'.-]*\s", RegexOptions.CultureInvariant)]
    private static partial Regex ByName();

    /// <summary>The element's text, spaces folded, or null when longer than <paramref name="max"/>.</summary>
    private static string? ShortText(IElement element, int max) =>
        TextNodes(element, max) is { } nodes && PageSplitter.Normalise(string.Concat(nodes)) is var text && text.Length <= max ? text : null;

    /// <summary>The element's text with each text node apart ("Jane Doe · Tech Reporter"), so a role or date in its own element stays apart from the name.</summary>
    private static string? Segments(IElement element, string separator) =>
        TextNodes(element, MaxBylineText) is { } nodes
            ? string.Join(separator, nodes.Select(PageSplitter.Normalise).Where(t => t.Length > 0))
            : null;

    /// <summary>
    /// The element's text nodes in order, or null when they hold more than <paramref name="max"/> characters (allowing
    /// for the indentation that folds away): read only as far as needed, as most elements that hold text hold far more
    /// than a headline or byline.
    /// </summary>
    private static List<string>? TextNodes(IElement element, int max)
    {
        var nodes = new List<string>();
        var length = 0;
        var pending = new Stack<INode>();
        pending.Push(element);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (node is IText text)
            {
                nodes.Add(text.Data);
                length += text.Data.Length;
                if (length > max * RawTextAllowance) return null;
                continue;
            }
            // A line break parts words as white space does: "Headline<br>by Jane Doe" is not "Headlineby Jane Doe".
            if (node is IElement { LocalName: "br" }) nodes.Add(" ");
            for (var i = node.ChildNodes.Length - 1; i >= 0; i--) pending.Push(node.ChildNodes[i]);
        }
        return nodes;
    }

    /// <summary>Raw text holds indentation and line breaks that fold away: allow this many times the folded limit before giving up.</summary>
    private const int RawTextAllowance = 4;

    /// <summary>An element that says only "By", its name in the next one.</summary>
    private static bool IsBy(IElement element) =>
        element.ChildElementCount == 0 && element.TextContent.Trim() is "By" or "by" or "BY";

    private static bool HasOwnText(IElement element)
    {
        foreach (var child in element.ChildNodes)
            if (child is IText text && !string.IsNullOrWhiteSpace(text.Data)) return true;
        return false;
    }

    /// <summary>
    /// Text compared as words only, in lower case: quotes, dashes and spacing do not tell two headlines apart, and
    /// "Pakistan’s" is "Pakistans" (pages drop and curl apostrophes at will). Every text the page prints gets one, so no regex.
    /// </summary>
    public static string TextKey(string text)
    {
        var key = new StringBuilder(text.Length);
        var gap = false;
        foreach (var c in text)
        {
            if (c is '\'' or '’' or '‘' or '`') continue;
            if (IsWordChar(c))
            {
                if (gap && key.Length > 0) key.Append(' ');
                key.Append(char.ToLowerInvariant(c));
                gap = false;
            }
            else gap = true;
        }
        return key.ToString();
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.ConnectorPunctuation;
}
