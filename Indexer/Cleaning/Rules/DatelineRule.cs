using SearchEngine.Indexing.Extraction.Dates;

namespace SearchEngine.Indexing.Cleaning.Rules;

/// <summary>
/// Lines near the top that are essentially a date ("19 October 2024 06:44", "» Published: 24 October 2024",
/// "Updated: ..."): kept for the date extractor, out of the body. A sentence or caption that mentions a date is not one.
/// </summary>
public sealed class DatelineRule : IPageRule
{
    public void Apply(PageDraft page)
    {
        for (var i = 0; i < Math.Min(LineShape.HeadLines, page.Count); i++)
            if (page.IsBody(i) && DateParser.ParseLine(page.Lines[i]) is not null)
                page.Mark(i, LineKind.Dateline);
    }
}
