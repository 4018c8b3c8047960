using System.Globalization;
using SearchEngine.Indexing.Cli;

namespace SearchEngine.Querying.Search;

/// <summary>How a hit's lineage reads on one line, the same in the terminal and the console.</summary>
public static class Lineage
{
    /// <summary>
    /// "based on PA, 12 Jul 2024, 43 % (+1 more) · used by 3 stories": its first source, how many more, and how many articles
    /// were derived from it; null for an article with neither.
    /// </summary>
    public static string? Of(SearchHit hit)
    {
        var parts = new List<string>(2);
        if (hit.DerivedFrom.Count > 0)
            parts.Add(hit.DerivedFrom[0].Describe() + (hit.DerivedFrom.Count > 1 ? $" (+{(hit.DerivedFrom.Count - 1).ToString(CultureInfo.InvariantCulture)} more)" : ""));
        if (hit.DerivedStories > 0)
            parts.Add($"used by {Counted.Of(hit.DerivedStories, "story", "stories")}");
        return parts.Count == 0 ? null : string.Join(" · ", parts);
    }
}
