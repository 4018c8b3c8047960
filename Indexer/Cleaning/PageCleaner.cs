using SearchEngine.Indexing.Cleaning.Rules;

namespace SearchEngine.Indexing.Cleaning;

/// <summary>Splits a page into lines and runs the ordered furniture rules over it.</summary>
public sealed class PageCleaner
{
    public PageCleaner(IReadOnlyList<IPageRule> rules) => Rules = rules;

    /// <summary>The rules in the order they run.</summary>
    public IReadOnlyList<IPageRule> Rules { get; }

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
        new ContactLineRule(),
        new ContributorLineRule(),
        new CommentThreadRule(),
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
        foreach (var rule in Rules)
            rule.Apply(draft);
        return draft.ToPage();
    }
}
