using SearchEngine.Indexing.Reading;
using SearchEngine.Indexing.Writing;

namespace SearchEngine.Querying.Search;

/// <summary>
/// A search moved to a newer state of the index: a new build (a rebuild), or a new commit into the build it read (an
/// update).
/// </summary>
public sealed record FollowedIndex(int Articles, bool NewBuild);

/// <summary>
/// Searches an index folder and follows its rebuilds and updates, for a program that stays open while the indexer
/// runs (the console). An <see cref="ArticleSearcher"/> sees the commit it opened; before each search this reads the
/// folder's <c>CURRENT</c> pointer (one short line) and, when it names a generation published since, opens that one
/// and searches it from then on; else it asks whether an update committed into the generation since (a listing of its
/// commits), and opens it again if so. The searcher it replaces is disposed as soon as no call is reading it any more,
/// so its files are let go at once rather than when the program ends. Only a search looks for a newer state, so an
/// article, its copies and diffs are read from the state whose hits are on screen.
/// </summary>
public sealed class FollowingSearchSession : ISearchSession
{
    private readonly IndexStore _store;
    private readonly Lock _sync = new();
    private Held _current;
    private string? _unusable;

    private FollowingSearchSession(IndexStore store, string generation, ArticleSearcher searcher)
    {
        _store = store;
        _current = new Held(generation, searcher);
    }

    /// <summary>Opens the live generation under <paramref name="indexDirectory"/>.</summary>
    /// <exception cref="IndexUnusableException">Nothing has been published there, or it cannot be read.</exception>
    public static FollowingSearchSession Open(string indexDirectory)
    {
        var store = new IndexStore(indexDirectory);
        var generation = store.RequireCurrentGeneration();
        return new FollowingSearchSession(store, generation, ArticleSearcher.Open(store, generation));
    }

    /// <summary>Raised, on the searching thread, when a search moved to a newer build or commit; with its article count.</summary>
    public event Action<FollowedIndex>? Followed;

    /// <summary>The generation folder searched now.</summary>
    public string Generation
    {
        get
        {
            lock (_sync) return _current.Generation;
        }
    }

    public SearchResult Search(SearchRequest request)
    {
        FollowPublished();
        return Use(searcher => searcher.Search(request));
    }

    public SearchHit? Find(string id) => Use(searcher => searcher.Find(id));

    public MarkedText? HighlightArticle(string id, string queryText, bool asTyped = false, FacetFilters? filters = null) =>
        Use(searcher => searcher.HighlightArticle(id, queryText, asTyped, filters));

    public IReadOnlyList<SimilarArticle> Similar(string id) => Use(searcher => searcher.Similar(id));

    public IReadOnlyList<DerivedArticle> DerivedFrom(string id) => Use(searcher => searcher.DerivedFrom(id));

    public ArticleDiff? Diff(string firstId, string secondId) => Use(searcher => searcher.Diff(firstId, secondId));

    public void Dispose()
    {
        lock (_sync) Retire(_current);
    }

    /// <summary>
    /// Opens the generation the pointer names if it is not the one searched, or the one searched again if an update
    /// committed into it. A generation that cannot be opened (built by another schema version, half removed) is not
    /// tried again: the searches go on over the one they had.
    /// </summary>
    private void FollowPublished()
    {
        var published = _store.CurrentGeneration;
        if (published is null || published == _unusable) return;
        Held searched;
        lock (_sync) searched = _current;
        var newBuild = !IndexStore.SamePath(published, searched.Generation);
        if (!newBuild && searched.Searcher.IsCurrent()) return;
        ArticleSearcher opened;
        try
        {
            opened = ArticleSearcher.Open(_store, published);
        }
        catch (IndexUnusableException)
        {
            _unusable = published;
            return;
        }
        lock (_sync)
        {
            // Another thread followed the same publish or commit first.
            if (_current != searched)
            {
                opened.Dispose();
                return;
            }
            Retire(_current);
            _current = new Held(published, opened);
        }
        Followed?.Invoke(new FollowedIndex(opened.DocumentCount, newBuild));
    }

    private T Use<T>(Func<ArticleSearcher, T> call)
    {
        Held held;
        lock (_sync)
        {
            held = _current;
            held.Users++;
        }
        try
        {
            return call(held.Searcher);
        }
        finally
        {
            lock (_sync)
            {
                held.Users--;
                if (held.Retired && held.Users == 0) held.Searcher.Dispose();
            }
        }
    }

    /// <summary>
    /// Disposes <paramref name="held"/> now if nothing reads it, else when the last call reading it returns. Under the lock.
    /// </summary>
    private static void Retire(Held held)
    {
        if (held.Retired) return;
        held.Retired = true;
        if (held.Users == 0) held.Searcher.Dispose();
    }

    /// <summary>A searcher, the generation it reads, and how many calls are reading it.</summary>
    private sealed class Held(string generation, ArticleSearcher searcher)
    {
        public string Generation { get; } = generation;
        public ArticleSearcher Searcher { get; } = searcher;
        public int Users { get; set; }
        public bool Retired { get; set; }
    }
}
