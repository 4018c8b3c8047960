namespace SearchEngine.Indexing.Cleaning.Rules;

/// <summary>
/// A line printed twice in a row is an image's alt text followed by its caption (or a repeated furniture line), never two
/// paragraphs of the article: at most one copy is kept. A repeat of furniture takes the furniture's kind. A repeated
/// line that sits against a photo credit is a caption, so no copy is kept. Rows of figures (a wire table may repeat
/// one) are not prose and are left alone.
/// </summary>
public sealed class RepeatedLineRule : IPageRule
{
    public void Apply(PageDraft page)
    {
        for (var i = 1; i < page.Count; i++)
        {
            if (!page.IsBody(i) || !LineShape.Same(page.Lines[i], page.Lines[i - 1]) || !IsProse(page.Lines[i])) continue;
            var first = i - 1;
            var last = i;
            while (last + 1 < page.Count && LineShape.Same(page.Lines[last + 1], page.Lines[i])) last++;

            if (!page.IsBody(first))
                MarkRun(page, first + 1, last, page.KindOf(first) == LineKind.Title ? LineKind.RepeatedTitle : page.KindOf(first));
            else if (TouchesCredit(page, first, last))
                MarkRun(page, first, last, LineKind.Caption);
            else
                MarkRun(page, first + 1, last, LineKind.Repeated);
            i = last;
        }
    }

    private static bool IsProse(string line) => LineShape.WordCount(line) >= 3 && line.Any(char.IsLower);

    private static void MarkRun(PageDraft page, int from, int to, LineKind kind)
    {
        for (var i = from; i <= to; i++)
            page.Mark(i, kind);
    }

    private static bool TouchesCredit(PageDraft page, int first, int last) =>
        (first > 0 && page.KindOf(first - 1) == LineKind.Caption) || (last + 1 < page.Count && page.KindOf(last + 1) == LineKind.Caption);
}
