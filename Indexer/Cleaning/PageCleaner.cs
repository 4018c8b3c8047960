namespace SearchEngine.Indexing.Cleaning;

/// <summary>Splits a page into lines and runs the ordered furniture rules over it.</summary>
public sealed class PageCleaner
{
    private readonly IReadOnlyList<IPageRule> _rules;

    public PageCleaner(IReadOnlyList<IPageRule> rules) => _rules = rules;

    public static PageCleaner Default { get; } = new([]);

    public CleanedPage Clean(string text, string? explicitTitle)
    {
        var draft = new PageDraft(PageSplitter.Split(text), explicitTitle);
        foreach (var rule in _rules)
            rule.Apply(draft);
        return draft.ToPage();
    }
}
