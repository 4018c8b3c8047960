using System.Text.RegularExpressions;
using SearchEngine.Indexing.Cleaning;
using SearchEngine.Indexing.Extraction.Dates;
using SearchEngine.Indexing.Sources;

namespace SearchEngine.Indexing.Extraction;

/// <summary>
/// The publication date: the source's stated date, else the page's dateline (a "Published" line before an "Updated" one),
/// else the wire dateline that opens the story ("RAJSHAHI, Dec 20, 2025 (BSS) - …"). Dates elsewhere in the page
/// (captions, prose) are events, not publication, so only dateline lines and the story's opening are read. None: null.
/// </summary>
public static partial class PublicationDateExtractor
{
    public static PublicationDate? Extract(CleanedPage page, ExplicitMetadata meta) => Find(page, meta).Value;

    public static Found<PublicationDate?> Find(CleanedPage page, ExplicitMetadata meta)
    {
        if ((meta.Published ?? DateParser.Parse(meta.Date, meta.DateOrder)) is { } stated)
            return new(stated, meta.Origins.Date ?? Found<PublicationDate?>.Stated);
        var datelines = page.OfKind(LineKind.Dateline).Select(l => DateParser.ParseLine(l.Text, meta.DateOrder)).OfType<DateLine>().ToList();
        if ((datelines.FirstOrDefault(d => !d.IsUpdate) ?? datelines.FirstOrDefault()) is { } dateline) return new(dateline.Date, "text: dateline");
        return OpeningDateline(page.BodyParagraphs.FirstOrDefault(), meta.DateOrder) is { } opening
            ? new(opening, "text: opening dateline")
            : Found<PublicationDate?>.Nothing;
    }

    /// <summary>The date of a dateline that opens a story: the place, the date with its year, the agency in brackets, a dash.</summary>
    private static PublicationDate? OpeningDateline(string? paragraph, NumericDateOrder order) =>
        paragraph is not null && WireDateline().Match(paragraph) is { Success: true } m ? DateParser.Parse(m.Groups["date"].Value, order) : null;

    [GeneratedRegex(@"^\p{Lu}[\p{L}.'’ -]{1,40}?,\s*(?<date>[^()–—]{6,40}?)\s*(?:\([^)]{1,30}\)\s*)?(?:--?|–|—)\s", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex WireDateline();
}
