using System.Globalization;
using System.Text.RegularExpressions;
using SearchEngine.Indexing.Extraction.People;

namespace SearchEngine.Indexing.Extraction;

/// <summary>
/// A credit that gives one person's surname first, as catalogues, citation metadata and some papers write it: before a
/// comma ("COX, Simon", "Huberty, Jennifer") or set in capitals ("COX Simon"). It names the person given name first
/// ("Simon Cox"), where a credit cut at its comma would give a lone given name and a stray surname. An East Asian family
/// name in capitals ("KIM Jong-un") is the name's own order and stays.
/// </summary>
public static partial class SurnameFirstCredit
{
    public static string? Reordered(string credit)
    {
        if (Shape().Match(credit.Trim()) is not { Success: true } m) return null;
        var surname = m.Groups["surname"].Value;
        var given = m.Groups["given"].Value;
        var inCapitals = surname.Count(char.IsLetter) >= 2 && !surname.Any(char.IsLower);
        if (!GivenNames.All.Contains(given.Split(' ')[0]) || EastAsianNames.FamilyNames.Contains(surname)) return null;
        // Without the capitals, only the comma marks the surname, and a given name before it would make two people.
        if (!inCapitals && (!m.Groups["comma"].Success || GivenNames.All.Contains(surname))) return null;
        var written = inCapitals ? CultureInfo.InvariantCulture.TextInfo.ToTitleCase(surname.ToLowerInvariant()) : surname;
        return $"{given} {written}";
    }

    /// <summary>One word, then one or two words in mixed case: the given names, each a capital and small letters.</summary>
    [GeneratedRegex(@"^(?<surname>\p{Lu}[\p{L}'’-]+)(?<comma>,)?\s+(?<given>\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'’-]*)?)$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Shape();
}
