using System.Text.RegularExpressions;

namespace SearchEngine.Indexing.Extraction.People;

/// <summary>
/// What tells a son from his father or a monarch from his namesakes: "Jr", "Sr" and a Roman numeral of two letters or
/// more ("Pope John Paul II", "Ken Griffey Jr"). It belongs to the name, so the son is not listed as his father. A single
/// letter ("George V") reads as an initial, and the numeral is in capitals: "Xi" and "Vi" are names.
/// </summary>
public static partial class Generation
{
    private static readonly WordList Suffixes = new("Jr Sr Jnr Snr");

    public static bool IsSuffix(string word) => Suffixes.Contains(word) || IsNumeral(word);

    public static bool IsNumeral(ReadOnlySpan<char> word) => word.Length >= 2 && word[0] is 'I' or 'V' or 'X' && Numeral().IsMatch(word);

    [GeneratedRegex("^X{0,3}(?:IX|IV|V?I{0,3})$")]
    private static partial Regex Numeral();
}
