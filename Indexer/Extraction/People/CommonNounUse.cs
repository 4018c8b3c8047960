namespace SearchEngine.Indexing.Extraction.People;

/// <summary>
/// A word an article also writes in lower case is a common noun there, so the one word a title or role stood before
/// names a thing: "Mother Nature" beside "nature's way", "Mother Brain" beside "the brain", "Accountability Law" beside
/// "the law". A person named by one word is capitalised wherever the article uses the name.
/// </summary>
public sealed class CommonNounUse
{
    private readonly List<string> _lines = [];

    public void Add(string line) => _lines.Add(line);

    /// <summary>Looked up only for the few people named by one word, so the lines are searched then, not indexed.</summary>
    public bool Names(PersonName oneWord)
    {
        if (oneWord.Parts is not [var word] || !char.IsUpper(word[0])) return false;
        var lower = char.ToLowerInvariant(word[0]) + word[1..];
        foreach (var line in _lines)
            for (var at = line.IndexOf(lower, StringComparison.Ordinal); at >= 0; at = line.IndexOf(lower, at + 1, StringComparison.Ordinal))
                if (!IsInWord(line, at - 1) && !IsInWord(line, at + lower.Length, possessive: true) && !IsNameWrittenSmall(line, at))
                    return true;
        return false;
    }

    /// <summary>
    /// Wire copy set in lower case writes names small too ("prime minister jules wijdenbosch said", "David knox"): after
    /// a given name or a title the word is still a name.
    /// </summary>
    private static bool IsNameWrittenSmall(string line, int at)
    {
        var end = at;
        while (end > 0 && line[end - 1] == ' ') end--;
        var start = end;
        while (start > 0 && char.IsLetter(line[start - 1])) start--;
        if (start == end) return false;
        var before = line[start..end];
        return GivenNames.All.Contains(before) || TitleWords.All.Contains(before);
    }

    /// <summary>
    /// A letter, digit, hyphen or apostrophe joins the word to another ("unnatural", "bio-nature" hold no "nature"); an
    /// apostrophe after it is a possessive ("nature's").
    /// </summary>
    private static bool IsInWord(string line, int at, bool possessive = false) =>
        at >= 0 && at < line.Length && (char.IsLetterOrDigit(line[at]) || line[at] == '-' || (!possessive && line[at] is '\'' or '’'));
}
