using SearchEngine.Querying.Search;

namespace SearchEngine.Querying.Cli;

/// <summary>The part of <see cref="ArticleSearcher"/> the commands need, so tests can stand in for an index.</summary>
public interface ISearchSession : IDisposable
{
    SearchResult Search(SearchRequest request);

    SearchHit? Find(string id);

    IReadOnlyList<SimilarArticle> Similar(string id);

    /// <summary>The articles derived from the one with <paramref name="id"/>, with their shares.</summary>
    IReadOnlyList<DerivedArticle> DerivedFrom(string id);

    ArticleDiff? Diff(string firstId, string secondId);
}

/// <summary>Opens a search session over the index folder at the given path.</summary>
public delegate ISearchSession OpenSearchSession(string indexDirectory);

internal sealed class ArticleSearchSession(ArticleSearcher searcher) : ISearchSession
{
    public static ISearchSession Open(string indexDirectory) => new ArticleSearchSession(ArticleSearcher.Open(indexDirectory));

    public SearchResult Search(SearchRequest request) => searcher.Search(request);

    public SearchHit? Find(string id) => searcher.Find(id);

    public IReadOnlyList<SimilarArticle> Similar(string id) => searcher.Similar(id);

    public IReadOnlyList<DerivedArticle> DerivedFrom(string id) => searcher.DerivedFromArticle(id);

    public ArticleDiff? Diff(string firstId, string secondId) => searcher.Diff(firstId, secondId);

    public void Dispose() => searcher.Dispose();
}
