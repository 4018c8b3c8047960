using SearchEngine.Indexing.Cleaning.Rules;

namespace SearchEngine.Indexing.Cleaning;

/// <summary>Splits a page into lines and runs the ordered furniture rules over it.</summary>
public sealed class PageCleaner
{
    private readonly IReadOnlyList<IPageRule> _rules;

    public PageCleaner(IReadOnlyList<IPageRule> rules) => _rules = rules;

    /// <summary>
    /// The furniture rules in the order they must run: page chrome first, so that the headline, dateline and byline are
    /// looked for among what is left; repeats last, so that a repeated line takes the kind of the line it repeats.
    /// </summary>
    public static PageCleaner Default { get; } = new(
    [
        new NavigationRule(),
        new MastheadRule(),
        new CreditLineRule(),
        new LegalNoticeRule(),
        new DisclaimerRule(),
        new FooterRule(),
        new RelatedStoriesRule(),
        new WidgetRule(),
        new DatelineRule(),
        new TitleRule(),
        new BylineRule(),
        new RepeatedLineRule(),
    ]);

    public CleanedPage Clean(string text, string? explicitTitle)
    {
        var draft = new PageDraft(PageSplitter.Split(text), explicitTitle);
        foreach (var rule in _rules)
            rule.Apply(draft);
        return draft.ToPage();
    }
}
