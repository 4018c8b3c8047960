using SearchEngine.Indexing.Extraction.Dates;

namespace SearchEngine.Indexing.Sources;

/// <summary>
/// The warning for a date a source states that is no day the indexer can read: which value, what is wrong with it, and
/// what the article is dated from instead, as a page and a JSON Lines record say it alike.
/// </summary>
internal static class UnreadDateWarning
{
    /// <param name="origin">Where the source states it (a page's JSON-LD or meta tag); null when it has one place only.</param>
    /// <param name="datedFrom">What dates the article instead; null when only its text can.</param>
    public static string Of(string value, string? origin, NumericDateOrder order, string? datedFrom) =>
        $"its date '{value}'{(origin is null ? "" : $" ({origin})")} {DateParser.WhyUnread(value, order)}; the article is "
        + (datedFrom is null ? "dated from its text where the text gives a date, else undated" : $"dated from {datedFrom} instead");
}
