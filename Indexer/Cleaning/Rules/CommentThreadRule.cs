using System.Text.RegularExpressions;

namespace SearchEngine.Indexing.Cleaning.Rules;

/// <summary>
/// Reader comments a page prints as plain paragraphs, each signed with who posted it and when ("Posted by: Jane |
/// January 14, 2008 06:24 PM", "Posted by Paul on January 6, 2008 2:09 PM"): where two signatures stand a comment's
/// length apart, the thread runs from the first to the end of the page. A single signature under an article's text
/// with less text after it than above it is a lone comment or the post's own footer, which blogs print under the post
/// ("Posted by Jane at 11:15 AM"): from it on is the thread too. An article's own "Posted by" line is one signature with
/// the story after it, so a signature with less than an article's text above it, or more below, starts nothing.
/// </summary>
public sealed partial class CommentThreadRule : IPageRule
{
    /// <summary>A comment is a few paragraphs: signatures further apart than this are not one thread's.</summary>
    private const int MaxCommentLines = 10;
    private const int MinArticleLetters = 300;

    public void Apply(PageDraft page)
    {
        var signatures = Enumerable.Range(0, page.Count).Where(i => page.IsBody(i) && IsSignature(page.Lines[i])).ToList();
        for (var k = 0; k + 1 < signatures.Count; k++)
        {
            if (signatures[k + 1] - signatures[k] > MaxCommentLines || LettersBefore(page, signatures[k]) < MinArticleLetters) continue;
            MarkFrom(page, signatures[k]);
            return;
        }
        if (signatures is [var single] && LettersBefore(page, single) is var before and >= MinArticleLetters
            && LettersAfter(page, single) < before)
            MarkFrom(page, single);
    }

    private static void MarkFrom(PageDraft page, int first)
    {
        for (var i = first; i < page.Count; i++)
            if (page.IsBody(i)) page.Mark(i, LineKind.Comment);
    }

    public static bool IsSignature(string line) => Signature().IsMatch(line) && PostedAt().IsMatch(line);

    private static int LettersBefore(PageDraft page, int index) => Letters(page, 0, index);

    private static int LettersAfter(PageDraft page, int index) => Letters(page, index + 1, page.Count);

    private static int Letters(PageDraft page, int from, int to)
    {
        var letters = 0;
        for (var i = from; i < to; i++)
            if (page.IsBody(i)) letters += page.Lines[i].Count(char.IsLetter);
        return letters;
    }

    [GeneratedRegex(@"^(?:posted|submitted|written|comment(?:ed)?)\s+by\s*:?\s+\S.{0,100}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Signature();

    /// <summary>When it was posted: a time of day ("2:09 PM", "8:21pm") or a year.</summary>
    [GeneratedRegex(@"\b\d{1,2}[:.]\d{2}(?!\d)|\b(?:19|20)\d{2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex PostedAt();
}
