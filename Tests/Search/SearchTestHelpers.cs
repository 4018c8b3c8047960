using System.Text;
using SearchEngine.Indexing.Extraction;
using SearchEngine.Querying.Search;
using SearchEngine.Tests.Support;

namespace SearchEngine.Tests.Search;

internal static class SearchTestHelpers
{
    /// <summary>Ids of the articles the query finds, sorted, in an index of exactly these articles.</summary>
    public static string[] IdsFound(string query, params Article[] articles)
    {
        using var index = TestIndex.Build(articles);
        using var searcher = index.OpenSearcher();
        return Ids(searcher.Search(new SearchRequest { QueryText = query, Limit = 100 }));
    }

    /// <summary>The first hit of the request in an index of exactly these articles.</summary>
    public static SearchHit FirstHit(SearchRequest request, params Article[] articles)
    {
        using var index = TestIndex.Build(articles);
        using var searcher = index.OpenSearcher();
        return searcher.Search(request).Hits[0];
    }

    public static string[] Ids(SearchResult result) => [.. result.Hits.Select(h => h.Id).Order(StringComparer.Ordinal)];

    /// <summary>The text with each mark in brackets: "the [troops] crossed".</summary>
    public static string Render(MarkedText text) => Render(text.Text, text.Marks);

    public static string Render(string text, IReadOnlyList<Mark> marks)
    {
        var rendered = new StringBuilder(text);
        foreach (var mark in marks.OrderByDescending(m => m.Start))
            rendered.Insert(mark.End, ']').Insert(mark.Start, '[');
        return rendered.ToString();
    }

    public static IEnumerable<string> MarkedWords(MarkedText text) => text.Marks.Select(m => text.Text[m.Start..m.End]);
}
