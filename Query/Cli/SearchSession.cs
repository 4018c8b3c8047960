using SearchEngine.Querying.Search;

namespace SearchEngine.Querying.Cli;

/// <summary>The part of <see cref="ArticleSearcher"/> the commands need, so tests can stand in for an index.</summary>
public interface ISearchSession : IDisposable
{
    SearchResult Search(SearchRequest request);
}

/// <summary>Opens a search session over the index folder at the given path.</summary>
public delegate ISearchSession OpenSearchSession(string indexDirectory);

internal sealed class ArticleSearchSession(ArticleSearcher searcher) : ISearchSession
{
    public static ISearchSession Open(string indexDirectory) => new ArticleSearchSession(ArticleSearcher.Open(indexDirectory));

    public SearchResult Search(SearchRequest request) => searcher.Search(request);

    public void Dispose() => searcher.Dispose();
}
