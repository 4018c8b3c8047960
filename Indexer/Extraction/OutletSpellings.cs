using System.Text.RegularExpressions;
using SearchEngine.Indexing.Extraction.People;

namespace SearchEngine.Indexing.Extraction;

/// <summary>
/// Which outlet values of a collection are spellings of one name: the same letters and digits once case, accents, a
/// leading "The" and the ending of a web address are set aside ("The New York Times" and "New York Times", "CNN.com"
/// and "CNN", "HeraldSun" and "Herald Sun", "Libération.fr" and "Libération"). Pages state their site's name in any of
/// these forms, and a facet listing them apart splits one outlet's coverage. Names that differ by a word stay apart
/// ("The Daily Telegraph" and "The Telegraph", "BBC" and "BBC News"): a house's editions and sites may each be a
/// publication of their own, which only the words can tell. Merged values are counted and selected under the spelling
/// most texts use; on a tie, the one written as a name rather than as an address, then the one with more words.
/// </summary>
public static partial class OutletSpellings
{
    /// <summary>Each merged value and the value it is counted under; values that stand alone are not listed.</summary>
    public static IReadOnlyDictionary<string, string> Find(CollectionValues collection)
    {
        var merges = new Dictionary<string, string>(StringComparer.Ordinal);
        var spellings = collection.Values
            .Where(v => v.Texts > 0)
            .GroupBy(v => Key(v.Value), StringComparer.Ordinal)
            .Where(g => g.Key.Length > 0 && g.Skip(1).Any());
        foreach (var same in spellings)
        {
            var kept = same
                .OrderByDescending(v => v.Texts)
                .ThenBy(v => IsAddress(v.Value))
                .ThenByDescending(v => v.Value.Count(char.IsWhiteSpace))
                .ThenBy(v => v.Value, StringComparer.Ordinal)
                .First().Value;
            foreach (var (value, _) in same)
                if (value != kept) merges[value] = kept;
        }
        return merges;
    }

    /// <summary>The letters and digits a spelling of the name comes down to; empty when none are left.</summary>
    public static string Key(string value)
    {
        var name = value.Trim();
        if (Address().Match(name) is { Success: true } address) name = address.Groups["name"].Value;
        var words = Words().Matches(NameFolding.Fold(name)).Select(m => m.Value).ToList();
        if (words.Count > 1 && words[0] == "the") words.RemoveAt(0);
        return string.Concat(words);
    }

    private static bool IsAddress(string value) => Address().IsMatch(value.Trim());

    /// <summary>
    /// A name written as a site's address: an optional "www.", the name, then a generic ending (".com", ".co.uk") or a
    /// country's (".fr", ".com.au").
    /// </summary>
    [GeneratedRegex(@"^(?:www\.)?(?<name>[^.\s][^.]*?)(?:\.(?:com|org|net|co|gov|edu|info|news|tv)(?:\.[a-z]{2})?|\.[a-z]{2})$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Address();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Words();
}
