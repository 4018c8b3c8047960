using SearchEngine.Indexing.Cleaning;
using SearchEngine.Indexing.Extraction.Dates;
using SearchEngine.Indexing.Sources;

namespace SearchEngine.Indexing.Extraction;

/// <summary>
/// The publication date: the source's stated date, else the page's dateline (a "Published" line before an "Updated" one).
/// Dates elsewhere in the page (captions, prose) are events, not publication, so only dateline lines are read. None: null.
/// </summary>
public static class PublicationDateExtractor
{
    public static PublicationDate? Extract(CleanedPage page, ExplicitMetadata meta) => Find(page, meta).Value;

    public static Found<PublicationDate?> Find(CleanedPage page, ExplicitMetadata meta)
    {
        if (DateParser.Parse(meta.Date) is { } stated) return new(stated, meta.Origins.Date ?? Found<PublicationDate?>.Stated);
        var datelines = page.OfKind(LineKind.Dateline).Select(l => DateParser.ParseLine(l.Text)).OfType<DateLine>().ToList();
        return (datelines.FirstOrDefault(d => !d.IsUpdate) ?? datelines.FirstOrDefault()) is { } dateline
            ? new(dateline.Date, "text: dateline")
            : Found<PublicationDate?>.Nothing;
    }
}
