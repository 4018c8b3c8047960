using SearchEngine.Indexing.Cli;

namespace SearchEngine.Querying.Search;

/// <summary>A result's counts, each named for what it counts, the same in the terminal and the console.</summary>
public static class ResultCounts
{
    /// <summary>
    /// "1,413 hits · 1,380 stories (1,544 articles)": result rows (one per cluster of copies when collapsed), then, when
    /// they differ from the rows, stories (a wire story with everything derived from it) and matching articles.
    /// </summary>
    public static string Of(SearchResult result)
    {
        var text = Counted.Of(result.Total, "hit");
        if (result.TotalStories > 0 && result.TotalStories < result.Total) text += " · " + Counted.Of(result.TotalStories, "story", "stories");
        if (result.TotalArticles > result.Total) text += $" ({Counted.Of(result.TotalArticles, "article")})";
        return text;
    }
}
