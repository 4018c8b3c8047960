namespace SearchEngine.Indexing.Cleaning.Rules;

/// <summary>
/// Finds the headline and its repeats. Scraped pages print the headline more than once near the top, sometimes glued
/// to a menu word ("NewsNorth Korean troops in Ukraine ..."). The headline is the title the source stated, if the
/// text carries it; else a line among the first few that is repeated in the head of the page; else the first line
/// left after the furniture. Its first plain occurrence is marked <see cref="LineKind.Title"/>, every other occurrence,
/// glued or not, <see cref="LineKind.RepeatedTitle"/>.
/// </summary>
public sealed class TitleRule : IPageRule
{
    private const int Candidates = 3;
    private const int MinTitleWords = 3;
    private const int MaxMastheadWords = 3;
    private const int MaxTitleLength = 250;
    private const int MaxTitleWords = 25;
    private const int MaxUnrepeatedTitleWords = 20;
    private const int MaxMenuPrefix = 30;
    private static readonly char[] SiteSeparators = ['|', '-', '–', '—', ':', '·'];
    private static readonly char[] MenuSeparators = ['|', '›', '»', '>', '/', '·', '•'];

    public void Apply(PageDraft page)
    {
        var title = page.ExplicitTitle is { } stated ? StatedTitleInText(page, stated.Trim()) : HeadlineInText(page);
        if (title is null) return;

        var marked = false;
        for (var i = 0; i < page.Count; i++)
        {
            if (!page.IsBody(i)) continue;
            var line = page.Lines[i];
            if (!marked && LineShape.Same(line, title))
            {
                page.Mark(i, LineKind.Title);
                marked = true;
            }
            else if (LineShape.Same(line, title) || IsGlued(line, title))
            {
                page.Mark(i, LineKind.RepeatedTitle);
            }
        }
    }

    /// <summary>The stated title as the text prints it: whole, or without the site name a page title often adds.</summary>
    private static string? StatedTitleInText(PageDraft page, string stated)
    {
        for (var i = 0; i < page.Count; i++)
        {
            if (!page.IsBody(i)) continue;
            var line = page.Lines[i];
            if (LineShape.Same(line, stated) || IsGlued(line, stated)) return stated;
            if (LineShape.WordCount(line) >= MinTitleWords && line.Length < stated.Length
                && stated.StartsWith(line, StringComparison.OrdinalIgnoreCase)
                && SiteSeparators.Contains(stated[line.Length..].TrimStart()[0]))
                return line;
        }
        return null;
    }

    /// <summary>
    /// A line near the top repeated the way headlines are (plainly or glued to a menu word), else the first line left.
    /// Short lines before it (a site name or section label of three words or fewer) are passed over in looking for the repeat.
    /// Credits are passed over too: a "By" line, and a name alone beside the dateline, which pages set above the headline.
    /// </summary>
    private static string? HeadlineInText(PageDraft page)
    {
        var head = Enumerable.Range(0, Math.Min(LineShape.HeadLines, page.Count))
            .Where(i => page.IsBody(i) && page.Lines[i].Any(char.IsLetter) && BylineRule.Names(page.Lines[i]) is null && !BylineRule.IsNameAtDateline(page, i))
            .ToList();
        for (var k = 0; k < Math.Min(Candidates, head.Count); k++)
        {
            var line = page.Lines[head[k]];
            if (CanBeTitle(line) && LineShape.WordCount(line) >= MinTitleWords)
            {
                foreach (var other in head.Skip(k + 1).Select(j => page.Lines[j]))
                {
                    if (LineShape.Same(line, other) || (IsGlued(line, other) && LineShape.WordCount(other) >= MinTitleWords)) return other;
                    if (IsGlued(other, line)) return line;
                }
            }
            if (LineShape.WordCount(line) > MaxMastheadWords) break;
        }
        return head.Count > 0 && LooksLikeHeadline(page.Lines[head[0]]) ? page.Lines[head[0]] : null;
    }

    /// <summary>
    /// A first line that ends in a full stop or runs on past twenty words is the story's opening paragraph (newspaper
    /// copy has no headline line), not a headline: it stays in the body. A repeated headline may be a sentence.
    /// </summary>
    private static bool LooksLikeHeadline(string line) =>
        CanBeTitle(line) && LineShape.WordCount(line) <= MaxUnrepeatedTitleWords && !EndsWithFullStop(line);

    private static bool CanBeTitle(string line) =>
        line.Length <= MaxTitleLength && LineShape.WordCount(line) <= MaxTitleWords && line.Any(char.IsLetter);

    private static bool EndsWithFullStop(string line)
    {
        var text = line.TrimEnd('"', '\'', '”', '’', ' ');
        return text.EndsWith('.') && !text.EndsWith("..", StringComparison.Ordinal);
    }

    /// <summary>
    /// True when <paramref name="line"/> is <paramref name="title"/> behind a short menu label, glued to it ("NewsNorth Korean ...")
    /// or set off by a separator ("News › North Korean ...", or a breadcrumb's "Home › News › North Korean ..."). A sentence
    /// that merely ends with the title's words has neither.
    /// </summary>
    private static bool IsGlued(string line, string title)
    {
        if (line.Length <= title.Length || !line.EndsWith(title, StringComparison.OrdinalIgnoreCase)) return false;
        var raw = line[..^title.Length];
        var prefix = raw.TrimEnd();
        var joined = prefix.Length == raw.Length ? char.IsLetter(prefix[^1]) : MenuSeparators.Contains(prefix[^1]);
        var label = prefix.TrimEnd(MenuSeparators).Trim();
        // A breadcrumb's trail ("Home > Headlines > …") is its labels, the separators between them no words.
        var words = label.Split([.. MenuSeparators, ' '], StringSplitOptions.RemoveEmptyEntries);
        return joined && label.Length is > 0 and <= MaxMenuPrefix && words.Length <= 3 && words.All(w => char.IsUpper(w[0]));
    }
}
