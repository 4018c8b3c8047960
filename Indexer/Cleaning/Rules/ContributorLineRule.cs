using System.Text.RegularExpressions;

namespace SearchEngine.Indexing.Cleaning.Rules;

/// <summary>
/// The note crediting the reporters who helped with the story: "Jane Doe in Paris contributed to this report.",
/// "Associated Press writer John Roe contributed reporting.", "Some information for this report was provided by the
/// wires." Papers print it under the story as they print the byline over it: it says who worked on the story, not
/// what happened, and its names are the newsroom's, not the story's people. Only a line that is the note alone goes: a
/// sentence the note ends is long for one.
/// </summary>
public sealed partial class ContributorLineRule : IPageRule
{
    private const int MaxNote = 250;

    public void Apply(PageDraft page)
    {
        for (var i = 0; i < page.Count; i++)
            if (page.IsBody(i) && IsContributorNote(page.Lines[i]))
                page.Mark(i, LineKind.Contributors);
    }

    public static bool IsContributorNote(string line) =>
        line.Length <= MaxNote && (ContributedTo().IsMatch(line) || ProvidedBy().IsMatch(line));

    [GeneratedRegex(@"\bcontributed (?:reporting|(?:reporting )?(?:to|for) (?:this|the) (?:report|story|article))(?: from [^.]{1,60})?\.?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContributedTo();

    [GeneratedRegex(@"^(?:some )?(?:information|reporting|material) (?:for|in) (?:this|the) (?:report|story|article) (?:was|is) provided by\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProvidedBy();
}
