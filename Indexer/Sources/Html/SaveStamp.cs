using SearchEngine.Indexing.Extraction;
using SearchEngine.Indexing.Extraction.Dates;

namespace SearchEngine.Indexing.Sources.Html;

/// <summary>
/// JSON-LD whose dateModified falls on its datePublished's day may state one save of the page, not the story's first
/// appearance: a site moved to another CMS, or an item saved again, has both dates set to that instant. When the page
/// prints an earlier day beside its headline, that is the day its editors gave the story, and the publication date. A
/// day is earlier only when no time zone can make it the stamp's own: the stamp's day at UTC−12, or, with no stated
/// zone, the day before the one written.
/// </summary>
public static class SaveStamp
{
    /// <summary>The hours the westernmost zone (UTC−12) runs behind UTC.</summary>
    private const int WesternmostOffsetHours = -12;

    /// <summary>The JSON-LD's datePublished when its dateModified is the same day; null otherwise.</summary>
    public static PublicationDate? Of(JsonLdArticle jsonLd, NumericDateOrder order) =>
        DateParser.Parse(jsonLd.Published, order) is { } published
        && DateParser.Parse(jsonLd.Modified, order) is { } modified
        && published.Value.Date == modified.Value.Date
            ? published
            : null;

    /// <summary>Whether the date the page prints is a day before any the stamp can be where the page was saved.</summary>
    public static bool Precedes(PublicationDate stamp, string shown, NumericDateOrder order) =>
        DateParser.Parse(shown, order) is { } printed && printed.Value.Date < EarliestLocalDay(stamp);

    private static DateTime EarliestLocalDay(PublicationDate stamp) =>
        stamp is { HasTime: true, Offset: { } offset }
            ? (stamp.Value - offset).AddHours(WesternmostOffsetHours).Date
            : stamp.Value.Date.AddDays(-1);
}
