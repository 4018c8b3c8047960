using SearchEngine.Indexing.Extraction.People;

namespace SearchEngine.Indexing.Extraction;

/// <summary>
/// Whether a credit starts as a person's name does: with a given name or an initial. Where a page sets a credit with no
/// "By" to mark it (a name line beside the dateline, a link to a people page), it sets labels and sections the same way
/// ("Press Release", "Sun Columnists", "Our Faculty"), and only the first word tells them apart.
/// </summary>
public static class GivenNameStart
{
    public static bool Of(string credit) =>
        credit.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(IsBy).FirstOrDefault() is { } first
        && (GivenNames.All.Contains(first) || first is [_, '.']);

    private static bool IsBy(string word) => word.TrimEnd(':').Equals("by", StringComparison.OrdinalIgnoreCase);
}
