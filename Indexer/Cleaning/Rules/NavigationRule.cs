using System.Text.RegularExpressions;

namespace SearchEngine.Indexing.Cleaning.Rules;

/// <summary>
/// Menus and category strips. Scraped menus lose the spacing between their links ("NewsPolitics",
/// "WorldBusiness BusinessSports") and carry icon names ("world_2_fill", "sports-soccer"); spaced menus
/// separate short items with bars or bullets ("Home | News | Sport"). Prose has neither shape.
/// </summary>
public sealed partial class NavigationRule : IPageRule
{
    public void Apply(PageDraft page)
    {
        for (var i = 0; i < page.Count; i++)
            if (page.IsBody(i) && IsMenu(page.Lines[i]))
                page.Mark(i, LineKind.Navigation);
    }

    /// <summary>A menu strip glued into one line has this many tokens at most; more is a paragraph of prose.</summary>
    private const int MaxStripTokens = 20;

    public static bool IsMenu(string line) => IsGluedStrip(line) || IsSeparatedStrip(line);

    /// <summary>
    /// Every token a menu link: glued words or icon names (a lone token, or at least two and half the line), the rest
    /// single capitalised words. One glued word among names ("MacMillan Bloedel", "WorldCom Bosses") is not a menu.
    /// </summary>
    private static bool IsGluedStrip(string line)
    {
        var count = LineShape.WordCount(line);
        if (count > MaxStripTokens) return false;
        var menuLike = 0;
        foreach (var range in line.AsSpan().Split(' '))
        {
            var token = line.AsSpan(range);
            if (token.IsEmpty) continue;
            if (LineShape.IsGluedWords(token) || IconName().IsMatch(token)) menuLike++;
            else if (!CapitalisedWord().IsMatch(token)) return false;
        }
        return menuLike == count || (menuLike >= 2 && menuLike * 2 >= count);
    }

    private static bool IsSeparatedStrip(string line)
    {
        // Most lines are prose without a separator; they need no split.
        if (line.AsSpan().IndexOfAny(SeparatorCharacters) < 0) return false;
        var items = MenuSeparator().Split(line).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
        return items.Count >= 3
               && items.All(item => LineShape.WordCount(item) <= 3 && !LineShape.EndsSentence(item) && char.IsUpper(item[0]));
    }

    [GeneratedRegex(@"^(?=[^a-z]*[a-z])[a-z0-9]+(?:[_-][a-z0-9]+)+$")]
    private static partial Regex IconName();

    [GeneratedRegex(@"^\p{Lu}\p{Ll}+$")]
    private static partial Regex CapitalisedWord();

    private static readonly System.Buffers.SearchValues<char> SeparatorCharacters = System.Buffers.SearchValues.Create("|•·›»/");

    [GeneratedRegex(@"\s[|•·›»/]\s")]
    private static partial Regex MenuSeparator();
}
