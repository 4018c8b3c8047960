using System.Globalization;
using SearchEngine.Indexing.Cleaning;
using SearchEngine.Indexing.Cleaning.Rules;
using SearchEngine.Indexing.Sources;

namespace SearchEngine.Indexing.Extraction;

/// <summary>
/// The author: as the source states it (tidied: "By Chaitanya Kalbag, Reuters" → "Chaitanya Kalbag"), else the page's
/// byline ("By Jane Doe", or a name line beside the dateline that starts with a given name). A news agency (TT, AP, AFP, Reuters ...) credited as the
/// byline is not an author, nor is a broadcaster or network signing with its initials ("WVVA - Bluefield, WV"): then
/// there is none.
/// </summary>
public static class BylineExtractor
{
    /// <summary>Words that credit an agency, a desk or an unnamed reporter, not a person ("By Herald Reporter", "By Sports Network").</summary>
    private static readonly HashSet<string> AgencyWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "TT", "AP", "AFP", "Reuters", "Reuter", "PA", "DPA", "ANSA", "EFE", "EPA", "Yonhap", "Xinhua", "TASS", "RIA",
        "Interfax", "NTB", "Ritzau", "STT", "AAP", "UPI", "PAP", "Kyodo", "Bloomberg", "Staff", "Newsroom", "Desk",
        "Agencies", "Agency", "Correspondent", "Editorial", "Reporter", "Reporters", "Network",
    };

    public static string? Extract(CleanedPage page, ExplicitMetadata meta) => Find(page, meta).Value;

    public static Found<string?> Find(CleanedPage page, ExplicitMetadata meta)
    {
        if (!string.IsNullOrWhiteSpace(meta.Author) && WithoutAddresses(PageSplitter.Normalise(meta.Author)) is { } written
            && !BylineRule.SplitNames(written).Any(OrganisationInitials.Open))
        {
            var stated = AsName(written);
            var names = BylineRule.Names(stated) ?? BylineRule.Names("By " + stated);
            var author = names is null ? stated : Author(names, minWords: 1);
            if (author is not null) return new(author, meta.Origins.Author ?? Found<string?>.Stated);
        }
        foreach (var line in page.OfKind(LineKind.Byline))
        {
            var names = BylineRule.Names(line.Text) ?? (GivenNameStart.Of(line.Text) ? line.Text : null);
            if (names is not null && Author(names.Any(char.IsLower) ? names : AsName(names)) is { } author) return new(author, "text: byline");
        }
        return Found<string?>.Nothing;
    }

    /// <summary>
    /// The credit without web addresses (a profile link is not a name, and title-casing it would make "Https://Www…");
    /// null when nothing else is left.
    /// </summary>
    private static string? WithoutAddresses(string credit)
    {
        var words = credit.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !WebAddress.IsLike(w)).ToList();
        return words.Count == 0 ? null : string.Join(' ', words);
    }

    /// <summary>The names that are people's, as written, with an agency credit trimmed off ("Brad Schade Reuters"); null when none is left.</summary>
    private static string? Author(string names, int minWords = 2)
    {
        var people = BylineRule.SplitNames(names)
            .Select(name => WithoutAgency(name, minWords))
            .OfType<string>()
            .ToList();
        return people.Count == 0 ? null : string.Join(" and ", people);
    }

    /// <summary>
    /// Wire metadata writes bylines in capitals or in lower case as often as not ("BY PATTI DOMM, Reuters",
    /// "by keith grant, Reuters"): each word written in one case is written as a name is. A byline in the text is
    /// written so only when it is all in capitals ("By DOUG FERGUSON"): in a line in mixed case, a particle's lower case
    /// ("Ludwig van Beethoven") is the name's own.
    /// </summary>
    private static string AsName(string byline) =>
        string.Join(' ', byline.Split(' ').Select(word =>
            word.Count(char.IsLetter) >= 2 && !(word.Any(char.IsLower) && word.Any(char.IsUpper)) && word != "and"
                ? CultureInfo.InvariantCulture.TextInfo.ToTitleCase(word.ToLowerInvariant())
                : word));

    /// <summary>
    /// A stated credit may be one word that is a name (<see cref="OneWordName"/>); a byline in the text needs two to tell it
    /// from a label. An agency's full name ("By The Associated Press") is no author either.
    /// </summary>
    private static string? WithoutAgency(string name, int minWords)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 0 && AgencyWords.Contains(words[^1])) words.RemoveAt(words.Count - 1);
        while (words.Count > 0 && AgencyWords.Contains(words[0])) words.RemoveAt(0);
        if (words.Count < minWords || words.Any(AgencyWords.Contains) || (words.Count == 1 && !OneWordName.Is(words[0]))
            || NewsAgencies.IsAgency(string.Join(' ', words))) return null;
        return string.Join(' ', words);
    }
}
