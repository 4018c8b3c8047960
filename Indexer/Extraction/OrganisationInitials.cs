using System.Text.RegularExpressions;
using SearchEngine.Indexing.Extraction.People;

namespace SearchEngine.Indexing.Extraction;

/// <summary>
/// Whether a credit opens with an organisation's initials: three to five capitals, set among words that are not in
/// capitals. Broadcasters sign their copy with their call letters and town ("WVVA - Bluefield, WV", "KHOU 11 News",
/// "WSB-TV Staff"), networks and papers with their initials ("CBC Sports"). A credit set all in capitals ("KIM LANIER")
/// is a name in capitals, and a given name or an East Asian family name set in capitals before the rest ("KIM Jong-un",
/// "WANG Yi") is a name too.
/// </summary>
public static partial class OrganisationInitials
{
    public static bool Open(string credit)
    {
        var words = credit.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Any(char.IsLetterOrDigit)).ToList();
        return words.Count >= 2 && Initials().IsMatch(words[0]) && words.Skip(1).Any(w => w.Any(char.IsLower))
               && !GivenNames.All.Contains(words[0]) && !EastAsianNames.FamilyNames.Contains(words[0]);
    }

    /// <summary>"WVVA", "CBC", "ABC7", "WSB-TV": capitals, perhaps a channel number or a band after them.</summary>
    [GeneratedRegex(@"^\p{Lu}{3,5}(?:\d{1,2}|-(?:TV|FM|AM|DT))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Initials();
}
