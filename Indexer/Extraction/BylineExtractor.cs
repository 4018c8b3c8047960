using SearchEngine.Indexing.Cleaning;
using SearchEngine.Indexing.Cleaning.Rules;
using SearchEngine.Indexing.Sources;

namespace SearchEngine.Indexing.Extraction;

/// <summary>
/// The author: as the source states it (tidied: "By Chaitanya Kalbag, Reuters" → "Chaitanya Kalbag"), else the page's
/// byline ("By Jane Doe", or a name line beside the dateline). A news agency (TT, AP, AFP, Reuters ...) credited as the
/// byline is not an author: then there is none.
/// </summary>
public static class BylineExtractor
{
    private static readonly HashSet<string> AgencyWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "TT", "AP", "AFP", "Reuters", "Reuter", "PA", "DPA", "ANSA", "EFE", "EPA", "Yonhap", "Xinhua", "TASS", "RIA",
        "Interfax", "NTB", "Ritzau", "STT", "AAP", "UPI", "PAP", "Kyodo", "Bloomberg", "Staff", "Newsroom", "Desk",
        "Agencies", "Agency", "Correspondent", "Editorial",
    };

    public static string? Extract(CleanedPage page, ExplicitMetadata meta)
    {
        if (!string.IsNullOrWhiteSpace(meta.Author))
        {
            var stated = PageSplitter.Normalise(meta.Author);
            var names = BylineRule.Names(stated) ?? BylineRule.Names("By " + stated);
            return names is null ? stated : Author(names);
        }
        foreach (var line in page.OfKind(LineKind.Byline))
        {
            var names = BylineRule.Names(line.Text) ?? line.Text;
            if (Author(names) is { } author) return author;
        }
        return null;
    }

    /// <summary>The names that are people's, as written; null when every credited name is an agency.</summary>
    private static string? Author(string names)
    {
        var people = names.Split([" and ", " & ", ", "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(name => !name.Split(' ').Any(AgencyWords.Contains))
            .ToList();
        return people.Count == 0 ? null : string.Join(" and ", people);
    }
}
