using SearchEngine.Indexing.Extraction.People;

namespace SearchEngine.Indexing.Extraction;

/// <summary>
/// A credit of one word is a name when it is a known given name (a blogger signing "Amanda") or a full name in a script
/// written without spaces or capitals ("肖春芳"). Other single words are sections, sites and labels as often as not
/// ("Columnists", "Earthtimes", "Sport").
/// </summary>
public static class OneWordName
{
    private const int MaxUncasedNameLength = 4;

    public static bool Is(string word) =>
        GivenNames.All.Contains(word)
        || (word.Length is >= 2 and <= MaxUncasedNameLength && word.All(c => char.IsLetter(c) && !char.IsUpper(c) && !char.IsLower(c)));
}
