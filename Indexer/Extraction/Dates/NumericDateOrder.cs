namespace SearchEngine.Indexing.Extraction.Dates;

/// <summary>
/// Which number comes first in the dates a page writes in numbers only: "01.09.2008" is 1 September where day-first is
/// the custom (most of the world) and 9 January where month-first is (the United States). Only the page's own evidence
/// tells (see <c>NumericDateEvidence</c>); a fixed guess dates an article months away from its day.
/// </summary>
public enum NumericDateOrder
{
    /// <summary>No evidence: a numeric date whose day and month could be swapped is no date.</summary>
    Unknown,
    DayFirst,
    MonthFirst,
    /// <summary>
    /// Either reading will do: for asking whether a text is a date at all, before the page's order is known. The value
    /// read is the day-first one, and is not to be kept.
    /// </summary>
    Either,
}
