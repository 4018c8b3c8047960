using System.Text.RegularExpressions;

namespace SearchEngine.Indexing.Cleaning.Rules;

/// <summary>
/// "More news" and related-story lists: a heading such as "More news" or "Related articles" followed by headline
/// items (often each with a "1 MIN READ" label or repeated as a link, or with the story's opening cut short: "Skype has
/// announced that the service is back up a..."), marked to the end of the list. A heading with no list after it is
/// left alone, as is prose that mentions more news. Single "Read more: headline" links too.
/// </summary>
public sealed partial class RelatedStoriesRule : IPageRule
{
    private const int MinItems = 2;
    private const int MaxItemWords = 16;
    private const int MaxItemLength = 150;
    private const int MaxTeaserLength = 300;

    private static readonly PhraseSet Headings = new(
    [
        "more news", "other news", "latest news", "related", "related news", "related articles", "related stories",
        "related content", "related posts", "read more", "read also", "read next", "also read", "see also",
        "you may also like", "you might also like", "recommended", "recommended for you", "recommended stories",
        "more stories", "more articles", "more on this story", "more on this topic", "most read", "most popular",
        "trending", "trending now", "top stories", "editor's picks", "don't miss", "related to this story", "also in the news",
    ]);

    public void Apply(PageDraft page)
    {
        for (var i = 0; i < page.Count; i++)
        {
            if (!page.IsBody(i)) continue;
            if (InlineLink().IsMatch(page.Lines[i]))
                page.Mark(i, LineKind.Related);
            else if (Headings.Contains(page.Lines[i]) || MoreFrom().IsMatch(page.Lines[i]))
                i = MarkList(page, i);
        }
    }

    /// <summary>Marks the heading and the list items after it when there is a list; returns where scanning resumes.</summary>
    private static int MarkList(PageDraft page, int heading)
    {
        var items = new List<int>();
        var i = heading + 1;
        for (; i < page.Count; i++)
        {
            if (!page.IsBody(i)) continue;
            if (!IsListItem(page.Lines[i])) break;
            items.Add(i);
        }
        if (items.Count < MinItems) return heading;
        page.Mark(heading, LineKind.Related);
        foreach (var item in items)
            page.Mark(item, LineKind.Related);
        return i - 1;
    }

    /// <summary>
    /// A headline or a label that goes with one (short, and not a sentence ending in a full stop), or a teaser: the
    /// opening of a story cut off mid-sentence with an ellipsis.
    /// </summary>
    private static bool IsListItem(string line) =>
        (line.Length <= MaxItemLength && LineShape.WordCount(line) <= MaxItemWords && !line.EndsWith('.') && !line.EndsWith(':'))
        || (line.Length <= MaxTeaserLength && CutShort().IsMatch(line));

    /// <summary>An ellipsis straight after a word or a comma: the text was cut, not brought to a close.</summary>
    [GeneratedRegex(@"[\p{L}\p{N},](?:\.{3}|…)$", RegexOptions.CultureInvariant)]
    private static partial Regex CutShort();

    [GeneratedRegex(@"^(?:read more|read also|also read|see also|related|more)\s*:\s*\S.{0,150}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InlineLink();

    [GeneratedRegex(@"^more (?:from|in|on) \S.{0,40}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MoreFrom();
}
