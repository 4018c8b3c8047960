namespace SearchEngine.Querying.Search;

/// <summary>Runs searches over one open index: top hits, facet counts and snippets in one call.</summary>
public sealed class ArticleSearcher : IDisposable
{
    /// <summary>Opens the live index under <paramref name="indexDirectory"/> (as laid out by the indexer's IndexStore).</summary>
    public static ArticleSearcher Open(string indexDirectory) => throw new NotImplementedException();

    public SearchResult Search(SearchRequest request) => throw new NotImplementedException();

    /// <summary>The whole stored body of one article with every match of the query marked, for the article view.</summary>
    public MarkedText? HighlightArticle(string id, string queryText) => throw new NotImplementedException();

    public void Dispose() { }
}
