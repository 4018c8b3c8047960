using System.Text.Json;
using SearchEngine.Indexing.Extraction;
using SearchEngine.Indexing.Writing;
using SearchEngine.Querying.Search;

namespace SearchEngine.Tests.Support;

/// <summary>
/// An index built through the indexer from one JSON Lines feed, so copies are clustered and stories linked as in real
/// use, with a searcher over it; a fixture names its articles and inherits the rest.
/// </summary>
public abstract class IndexedFeed : IDisposable
{
    private readonly TempFolder _folder = new();

    protected IndexedFeed(params FeedArticle[] articles)
    {
        var store = new IndexStore(_folder.Combine("index"));
        _folder.Write("src/feed.jsonl", string.Join("\n", articles.Select(a => JsonSerializer.Serialize(new { id = a.Id, title = a.Title, body = a.Body, outlet = a.Outlet, date = a.Date }))) + "\n");
        new IndexBuilder(ArticlePipeline.Default, new BuildOptions { Threads = 1 }).Rebuild([_folder.Combine("src")], store, IBuildProgress.None);
        Searcher = ArticleSearcher.Open(store.Root);
    }

    public ArticleSearcher Searcher { get; }

    public void Dispose()
    {
        Searcher.Dispose();
        _folder.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>One record of the feed; its id becomes <c>feed/id</c> in the index.</summary>
    protected sealed record FeedArticle(string Id, string Title, string Body, string Outlet, string Date);
}
