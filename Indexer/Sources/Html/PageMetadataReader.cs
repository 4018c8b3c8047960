using AngleSharp.Dom;
using SearchEngine.Indexing.Extraction;
using SearchEngine.Indexing.Extraction.Dates;

namespace SearchEngine.Indexing.Sources.Html;

/// <summary>
/// An HTML page's metadata, from every place a page states it, each field in this order of trust:
/// <list type="number">
/// <item>JSON-LD (an article type before a WebPage): headline, datePublished, author, publisher.name; an earlier day printed
/// beside the headline beats a datePublished that its dateModified repeats (<see cref="SaveStamp"/>);</item>
/// <item>Open Graph and <c>article:*</c> meta: og:title, og:site_name, article:published_time, article:author;</item>
/// <item>for the outlet, application-name, then the site's name around the headline in <c>&lt;title&gt;</c>, then the publisher
/// meta tags (each a name as <see cref="OutletName"/> makes it);</item>
/// <item>other meta tags: twitter:title, author, byl, dc.creator, dc.date, date, pubdate, sailthru.*, parsely-*, citation_*, then
/// any other whose name says it holds the publication date (<see cref="PublicationTag"/>);</item>
/// <item>the body's markup: itemprop microdata and RDFa, a publication <c>&lt;time datetime&gt;</c> (pubdate or in a header),
/// for the author, a republished article's credit line, then rel=author links, byline-classed elements, "By Jane Doe" elements,
/// links to an author's page and the name printed after an author's photo, and last the name line set against the date
/// line under the headline (<see cref="TextDateline.CreditBeside"/>);</item>
/// <item>the day in the page's address (<c>/2024/10/19/</c>), which also beats a UTC time a day off it; then a date line
/// (or part of a credit line) beside the headline, other <c>&lt;time&gt;</c> and date-classed elements, a date line at
/// the top of a page whose headline is not found, then a modified date
/// or an update stamp above the headline (published beats modified; a time printed after an "Updated" label is one), then a
/// labelled date line at the story's foot;</item>
/// <item>failing all of these, the text: the extractors infer a headline line, dateline, byline or copyright line.</item>
/// </list>
/// The title is the headline as printed (see <see cref="HeadlineFinder"/>); an author is a person's name, never an address,
/// role, agency or the outlet (see <see cref="AuthorNames"/>), and an article credited to a group or a sponsor has none. Each value keeps its origin for <c>inspect</c>.
/// It reads the page as parsed, before anything removes furniture from it.
/// </summary>
public static class PageMetadataReader
{
    public static ExplicitMetadata Read(IDocument document) => Read(document, out _);

    /// <param name="unreadDate">
    /// The first publication date the page's markup states when it is no day the indexer can read
    /// ("2024-13-45T99:00:00"), else null: said, as the article is then dated from weaker evidence, or not at all, unnoticed.
    /// </param>
    public static ExplicitMetadata Read(IDocument document, out Stated? unreadDate)
    {
        var tags = MetaTags.Of(document);
        var jsonLd = JsonLdArticle.Of(document);
        var page = PageElements.Of(document);

        var address = tags.First("og:url")?.Value ?? Canonical(document);
        var stated = SiteName(jsonLd, tags, address);
        var title = HeadlineFinder.Find(Titles(document, jsonLd, tags, page), page, stated?.Value);
        var outlet = Outlet(SiteNames(jsonLd, tags, address)
            .Append(Given(title is null ? null : HeadlineFinder.SiteNameAround(document.Title, title, address), "<title> around the headline"))
            .Concat(Publishers(tags, address)));
        var order = NumericDateEvidence.Of(document, address);
        var dates = Dates(document, title?.Value, jsonLd, tags, page, address, order);
        var date = LocalDay(dates.FirstOrDefault(d => DateParser.Parse(d.Value, order) is not null), address, order);
        var zoned = date is null ? null : Zoned(date, document, address, jsonLd, tags, page, order);
        var author = Author(document, jsonLd, tags, page, outlet?.Value, title?.Value);
        unreadDate = MarkedUpPublished(jsonLd, tags).FirstOrDefault() is { } first && DateParser.Parse(first.Value, order) is null ? first : null;
        return new ExplicitMetadata
        {
            Title = title?.Value,
            Outlet = outlet?.Value,
            Date = date?.Value,
            Published = zoned?.Date,
            DateOrder = order,
            Author = author?.Value,
            Url = address,
            Origins = new FieldOrigins
            {
                Title = title?.Origin, Outlet = outlet?.Origin, Date = zoned?.Origin ?? date?.Origin, Author = author?.Origin,
            },
        };
    }

    private static string? Canonical(IDocument document) =>
        document.Head?.QuerySelector("link[rel=canonical]")?.GetAttribute("href")?.Trim() is { Length: > 0 } href ? href : null;

    /// <summary>The site's name as the page states it for the site: JSON-LD's publisher, og:site_name, application-name.</summary>
    private static Stated? SiteName(JsonLdArticle jsonLd, MetaTags tags, string? address) => SiteNames(jsonLd, tags, address).FirstOrDefault(n => n is not null);

    private static IEnumerable<Stated?> SiteNames(JsonLdArticle jsonLd, MetaTags tags, string? address) =>
        tags.All("og:site_name", "application-name").Select(t => AsOutlet(t, address)).Prepend(AsOutlet(Given(jsonLd.Publisher, "json-ld publisher"), address));

    /// <summary>
    /// The site's name in a <c>&lt;title&gt;</c> that was passed over whole as the headline, for naming the site ("Cortez
    /// Journal Online - Cortez Colorado", "Bloomberg.com: Japan") or for sharing no word with the story ("CSTV.com: #1 in
    /// College Sports"): such a title is the site's (see <see cref="OutletName.OfSiteTitle"/>). Null when the headline came
    /// from the <c>&lt;title&gt;</c> or another stated title.
    /// </summary>
    public static Stated? SiteTitle(string? documentTitle, ExplicitMetadata stated, Stated? headline, string? address)
    {
        // A headline found in the <title> after all shows it was the story's, not the site's.
        if (string.IsNullOrWhiteSpace(documentTitle) || headline is null || headline.Origin.StartsWith(HeadlineFinder.DocumentTitle, StringComparison.Ordinal))
            return null;
        var passedOver = stated.Origins.Title == HeadlineFinder.InPlaceOfSiteTitle
                         || (stated.Origins.Title == HeadlineFinder.DocumentTitle && headline.Origin.Contains(TextHeadline.SharesNoWord, StringComparison.Ordinal));
        return passedOver && OutletName.OfSiteTitle(documentTitle, address) is { } name ? new Stated(name, "<title>, the site's") : null;
    }

    /// <summary>
    /// The first name the page gives its site, in the order of trust, that is not a company's registered name ("Bizclik Media
    /// Ltd", "Internet Broadcasting Systems, Inc."): a publisher field names the firm that owns or runs a site as often as the
    /// site, and a reader looks for the masthead (see <see cref="OutletName.IsCompany"/>). The company stands when nothing else is named.
    /// </summary>
    private static Stated? Outlet(IEnumerable<Stated?> names)
    {
        Stated? company = null;
        foreach (var name in names.OfType<Stated>())
        {
            if (!OutletName.IsCompany(name.Value)) return name;
            company ??= name;
        }
        return company;
    }

    /// <summary>
    /// The publisher meta tags, trusted after the <c>&lt;title&gt;</c>: they often name the company behind the site or the
    /// firm that runs it ("Internet Broadcasting Systems, Inc." on a dozen TV stations' pages), not the outlet.
    /// </summary>
    private static IEnumerable<Stated?> Publishers(MetaTags tags, string? address) =>
        tags.All("publisher", "dc.publisher").Select(t => AsOutlet(t, address));

    private static Stated? AsOutlet(Stated? stated, string? address) =>
        stated is not null && OutletName.Stated(stated.Value, address) is { } name ? stated with { Value = name } : null;

    private static IEnumerable<Stated> Titles(IDocument document, JsonLdArticle jsonLd, MetaTags tags, PageElements page)
    {
        if (Given(jsonLd.Headline, "json-ld headline") is { } headline) yield return headline;
        foreach (var tag in tags.All("og:title", "twitter:title", "headline", "dc.title", "citation_title")) yield return tag;
        if (Given(page.Headline, "microdata headline") is { } microdata) yield return microdata;
        if (Given(document.Title, HeadlineFinder.DocumentTitle) is { } title) yield return title;
    }

    private static IEnumerable<Stated> Dates(
        IDocument document, string? headline, JsonLdArticle jsonLd, MetaTags tags, PageElements page, string? address,
        NumericDateOrder order)
    {
        if (Given(jsonLd.Published, "json-ld datePublished") is not null && ShownBeforeSaveStamp(document, headline, jsonLd, order) is { } beforeStamp)
            yield return beforeStamp;
        foreach (var stated in MarkedUpPublished(jsonLd, tags)) yield return stated;
        foreach (var tag in tags.Where(PublicationTag.Names)) yield return tag;
        foreach (var stated in page.PublicationDates) yield return stated;
        if (Given(DateInAddress.Of(address), "page address") is { } day) yield return day;
        // The text readers read the same lines, a walk of the whole page: made once, only when no date above served.
        var lines = TextDateline.Lines(document);
        var dateline = Given(TextDateline.Of(lines, headline), "text: dateline");
        // A date line beside the headline is the story's; a date element may be anywhere, as a teaser's or the visit's day.
        var besideHeadline = TextDateline.FindsHeadline(lines, headline);
        if (besideHeadline && dateline is not null) yield return dateline;
        foreach (var shown in page.OtherDates) yield return shown;
        if (Given(jsonLd.Created, "json-ld dateCreated") is { } created) yield return created;
        if (!besideHeadline && dateline is not null) yield return dateline;
        foreach (var shown in page.DatesAboveHeadlines) yield return shown;
        foreach (var shown in page.ModifiedDates) yield return shown;
        if (Given(TextDateline.UpdateAbove(lines, headline), "text: update line above the headline") is { } update) yield return update;
        if (Given(TextDateline.AtFoot(lines, headline), "text: date line at the story's foot") is { } foot) yield return foot;
        if (Given(jsonLd.Modified, "json-ld dateModified") is { } modified) yield return modified;
        foreach (var tag in tags.All("article:modified_time", "dateModified")) yield return tag;
    }

    /// <summary>The publication dates the page's markup states for the article: JSON-LD datePublished, then the meta tags.</summary>
    private static IEnumerable<Stated> MarkedUpPublished(JsonLdArticle jsonLd, MetaTags tags)
    {
        if (Given(jsonLd.Published, "json-ld datePublished") is { } published) yield return published;
        foreach (var tag in tags.All(
                     "article:published_time", "og:published_time", "og:article:published_time", "datePublished", "date", "pubdate",
                     "publishdate", "publish-date", "publish_date", "publication_date", "dc.date.issued", "dc.date", "dcterms.date",
                     "dcterms.created", "sailthru.date", "parsely-pub-date", "citation_publication_date", "citation_date",
                     "citation_online_date", "article.published", "originalpublicationdate", "article_date_original", "article:published", "og:pubdate",
                     "dcterms.issued", "publish_time", "published_time", "cxenseparse:publishtime", "article.created", "datecreated",
                     "dateCreated", "published_on", "article:published_on"))
            yield return tag;
    }

    /// <summary>
    /// The date line beside the headline when it is earlier than JSON-LD dates that are one save's (<see cref="SaveStamp"/>).
    /// </summary>
    private static Stated? ShownBeforeSaveStamp(IDocument document, string? headline, JsonLdArticle jsonLd, NumericDateOrder order)
    {
        if (SaveStamp.Of(jsonLd, order) is not { } stamp) return null;
        var lines = TextDateline.Lines(document);
        return TextDateline.FindsHeadline(lines, headline) && TextDateline.Of(lines, headline) is { } shown
               && SaveStamp.Precedes(stamp, shown, order)
            ? new Stated(shown, "text: dateline (the JSON-LD dates are a later save's)")
            : null;
    }

    /// <summary>
    /// A time stated in UTC carries the day in Greenwich, not where the page was published: an evening story is filed
    /// under the next day. When the page's address names the day before or after, the address has the local day.
    /// </summary>
    private static Stated? LocalDay(Stated? date, string? address, NumericDateOrder order)
    {
        if (date is null || DateParser.Parse(date.Value, order) is not { HasTime: true } stated || stated.Offset != TimeSpan.Zero) return date;
        if (DateInAddress.Of(address) is not { } day || DateParser.Parse(day) is not { } local) return date;
        return Math.Abs((stated.Value.Date - local.Value.Date).TotalDays) == 1 ? new Stated(day, "page address (the stated time is UTC)") : date;
    }

    /// <summary>
    /// A date a machine printed with a zone abbreviation that zone databases give to several zones ("Fri Mar 13 21:30:09
    /// EST 2015" on an Australian page), read with the offset the page's country or its other stated dates give the
    /// letters, or with none when nothing decides (the clock time and day are the page's either way), and its origin
    /// saying which; null for any other date, which the date extractor reads as written.
    /// </summary>
    private static (PublicationDate Date, string Origin)? Zoned(
        Stated date, IDocument document, string? address, JsonLdArticle jsonLd, MetaTags tags, PageElements page, NumericDateOrder order)
    {
        if (DateParser.Parse(date.Value, order, out var zone) is not { } read || zone is null) return null;
        var country = PageCountry.Of(document, address);
        var byCountry = ZoneAbbreviations.Printed(zone, country, []);
        var offset = byCountry ?? ZoneAbbreviations.Printed(zone, country, StatedOffsets(jsonLd, tags, page, order));
        if (offset is not null && offset == read.Offset) return null;
        var zoned = read with { Offset = offset };
        var how = offset is null ? $"the page does not say which zone {zone} is: the time is kept without an offset"
            : byCountry is not null ? $"{zone} read as {zoned.OffsetText}, as the page is from '{country}'"
            : $"{zone} read as {zoned.OffsetText}, as the page's other dates state";
        return (zoned, $"{date.Origin} ({how})");
    }

    /// <summary>
    /// The offsets the page states beside its publication and modification times, in its markup and its date elements
    /// (<c>title="2015-03-13T21:00:00+11:00"</c>): a site's pages are dated by one clock.
    /// </summary>
    private static List<TimeSpan> StatedOffsets(JsonLdArticle jsonLd, MetaTags tags, PageElements page, NumericDateOrder order) =>
        MarkedUpPublished(jsonLd, tags)
            .Concat(page.PublicationDates)
            .Concat(page.OtherDates)
            .Concat(page.ModifiedDates)
            .Concat(tags.All("article:modified_time", "dateModified"))
            .Append(Given(jsonLd.Modified, "json-ld dateModified"))
            .OfType<Stated>()
            .Select(d => DateParser.Parse(d.Value, order) is { HasTime: true } read ? read.Offset : null)
            .OfType<TimeSpan>()
            .ToList();

    /// <summary>
    /// The first credit that names people. A credit to a group ("Resy Staff") or a sponsor ends the search: the article is theirs,
    /// and the names further down the page are those of teasers and photo credits. A link to a people page is a credit
    /// only when it starts with a given name: sites link their sections there too ("Sun Columnists", "Our Faculty").
    /// </summary>
    private static Stated? Author(
        IDocument document, JsonLdArticle jsonLd, MetaTags tags, PageElements page, string? outlet, string? headline)
    {
        var names = jsonLd.Authors.Select(a => AuthorNames.Clean(a, outlet)).OfType<string>().Distinct().ToList();
        if (names.Count > 0) return new Stated(string.Join(" and ", names), "json-ld author");
        if (jsonLd.Authors.Any(AuthorNames.IsGroup)) return null;
        var authorTags = tags.All("article:author", "article:author_name", "author", "author_name", "byl", "byline",
            "dc.creator", "dcterms.creator", "sailthru.author", "parsely-author", "cxenseparse:author", "citation_author", "citation_authors").ToList();
        if (AuthorTags(authorTags, outlet) is { } fromTags) return fromTags;
        if (authorTags.Any(tag => AuthorNames.IsGroup(tag.Value))) return null;
        var republished = RepublishCredit.Of(document) is { } credited ? [credited] : Array.Empty<Stated>();
        foreach (var credit in republished.Concat(tags.Labelled("Written by", "Author", "By")).Concat(page.Authors))
        {
            if (AuthorNames.Clean(credit.Value, outlet, firstCredit: credit.Origin == PageElements.BylineElement) is { } cleaned
                && (credit.Origin != PageElements.AuthorPageLink || GivenNameStart.Of(cleaned)))
                return credit with { Value = cleaned };
            if (AuthorNames.IsGroup(credit.Value)) return null;
        }
        // Last, as a walk of the whole page: the name line beside the date line under the headline.
        return Given(TextDateline.CreditBeside(TextDateline.Lines(document), headline), "text: credit beside the dateline") is { } beside
               && AuthorNames.Clean(beside.Value, outlet, firstCredit: true) is { } name
            ? beside with { Value = name }
            : null;
    }

    /// <summary>
    /// The authors meta tags name, in their order of trust; a tag repeated once per author (citation_author) lists them
    /// all, and a later tag that lists the first one's names and more wins ("dc.creator" naming only the first author).
    /// </summary>
    private static Stated? AuthorTags(IEnumerable<Stated> tags, string? outlet)
    {
        Stated? chosen = null;
        var chosenCount = 0;
        foreach (var tag in tags.GroupBy(t => t.Origin))
        {
            var names = tag.Select(t => AuthorNames.Clean(t.Value, outlet)).OfType<string>()
                .SelectMany(n => n.Split(" and ")).Distinct().ToList();
            if (names.Count == 0) continue;
            if (chosen is null || (names.Count > chosenCount && chosen.Value.Split(" and ").All(names.Contains)))
                (chosen, chosenCount) = (new Stated(string.Join(" and ", names), tag.Key), names.Count);
        }
        return chosen;
    }

    private static Stated? Given(string? value, string origin) =>
        string.IsNullOrWhiteSpace(value) ? null : new Stated(value.Trim(), origin);
}
