namespace SearchEngine.Indexing.Extraction.People;

/// <summary>
/// Initials standing for given names: "C. Lewis", "J.R.R. Tolkien", and the middle "W." of "George W. Bush". Initials
/// before a surname are as good a sign of a person as a known given name, unless they spell an abbreviation that names a
/// place or group ("U.S. Steel").
/// </summary>
public static class Initials
{
    public static bool IsInitial(ReadOnlySpan<char> word) => word.Length == 1 && char.IsUpper(word[0]);

    /// <summary>How many initials open the name: 1 for "C. White", 3 for "J. R. R. Tolkien", 0 for "Gordon Brown".</summary>
    public static int Leading(IReadOnlyList<string> words)
    {
        var count = 0;
        while (count < words.Count && IsInitial(words[count])) count++;
        return count;
    }

    /// <summary>Initials and then at least one name word, the initials not an abbreviation such as "U.S.".</summary>
    public static bool LeadName(IReadOnlyList<string> words)
    {
        var count = Leading(words);
        return count > 0 && count < words.Count && (count == 1 || !IsAbbreviation(string.Concat(words.Take(count))));
    }

    /// <summary>Letters that spell a place or body rather than a person's initials: "US", "UN", "EU", "FC".</summary>
    private static bool IsAbbreviation(string letters) => Abbreviations.Contains(letters) || NonPersonWords.Contains(letters);

    private static readonly WordList Abbreviations = new("us usa uk un eu ussr uae nz ec fc ac sc");
}
