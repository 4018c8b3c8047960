namespace SearchEngine.Indexing.Cleaning.Rules;

/// <summary>
/// A line at the very top or bottom of a page that only names a known outlet is the masthead or the footer
/// signature, not the article: marked so it is neither taken for the headline nor indexed as body text.
/// </summary>
public sealed class MastheadRule : IPageRule
{
    private const int Reach = 3;

    public void Apply(PageDraft page)
    {
        for (var i = 0; i < Math.Min(Reach, page.Count); i++)
            if (page.IsBody(i) && KnownOutlets.Named(page.Lines[i]) is not null)
                page.Mark(i, LineKind.Navigation);
        for (var i = Math.Max(Reach, page.Count - Reach); i < page.Count; i++)
            if (page.IsBody(i) && KnownOutlets.Named(page.Lines[i]) is not null)
                page.Mark(i, LineKind.Footer);
    }
}
