using AngleSharp.Html.Parser;
using SearchEngine.Indexing.Sources.Html;

namespace SearchEngine.Indexing.Sources;

/// <summary>
/// An HTML page, parsed once (twice when a value runs on over its markup, <see cref="RunOnAttribute"/>): its metadata
/// (<see cref="PageMetadataReader"/>) read first, from the page as served, then its article text as lines
/// (<see cref="MainText"/>), one per block, so the same cleaning rules as for scraped text apply; then the title is
/// checked against that text (<see cref="TextHeadline"/>) and against the line the page prints above it
/// (<see cref="HeadlineAboveStory"/>).
/// </summary>
public static class HtmlReader
{
    public static IEnumerable<SourceRecord> Read(SourceFileInfo file, byte[] bytes)
    {
        var html = UnclosedTitle.Close(SourceText.DecodePage(bytes, out var warning));
        if (NestingDepth.Exceeds(html))
            return [SourceProblem.Skipped(file.DisplayPath, $"elements nested more than {NestingDepth.Limit:N0} deep; no article is, and reading it would take minutes")];
        var document = new HtmlParser().ParseDocument(html);
        if (RunOnAttribute.Ended(html, document) is { } mended)
        {
            html = mended;
            document = new HtmlParser().ParseDocument(html);
        }
        // Before anything below changes the document: the metadata reader needs the page as it was served.
        var stated = PageMetadataReader.Read(document, out var unreadDate);
        // Read now: Readability, which the main text reader runs, rewrites the document and leaves it no <title>.
        var documentTitle = document.Title;
        // Read now too: the line above the story may be left out of the text, and Readability moves what it keeps.
        var lines = HeadlineAboveStory.Lines(document);
        var found = MainText.Of(document, html, stated.Url);
        if (found.Text.Length == 0)
            return [SourceProblem.Skipped(file.DisplayPath, "no article text in the HTML")];
        var title = TextHeadline.Instead(stated.Title is { } statedTitle ? new Stated(statedTitle, stated.Origins.Title ?? "") : null, documentTitle, stated.Outlet, found.Text);
        title = HeadlineAboveStory.Instead(title, lines, found.Text);
        var outlet = stated.Outlet is null ? PageMetadataReader.SiteTitle(documentTitle, stated, title, stated.Url) : null;
        var meta = stated with
        {
            Title = title?.Value,
            Outlet = outlet?.Value ?? stated.Outlet,
            Origins = stated.Origins with { Body = found.Origin, Title = title?.Origin, Outlet = outlet?.Origin ?? stated.Origins.Outlet },
        };
        var article = new ArticleRecord(new RawArticle(file.IdStem, file.DisplayPath, found.Text, meta, SourceText.Hash(bytes))
        {
            SourceFile = file.DisplayPath,
            RemovedByMarkup = found.Removed,
        });
        var unread = unreadDate is null ? null
            : UnreadDateWarning.Of(unreadDate.Value, unreadDate.Origin, meta.DateOrder, meta.Date is null ? null : meta.Origins.Date ?? "the page");
        var warnings = new[] { warning, unread }.OfType<string>();
        return [article, .. warnings.Select(w => SourceProblem.Warning(file.DisplayPath, w))];
    }
}
