using SearchEngine.Indexing.Cli;
using SearchEngine.Indexing.Writing;
using SearchEngine.Querying.Cli;
using SearchEngine.Querying.Search;

namespace SearchEngine.Tests.Cli;

/// <summary>Runs <c>query</c> in-process with captured output, chosen environment variables and a stand-in search.</summary>
internal sealed class CliHarness
{
    private readonly StringWriter _out = new();
    private readonly StringWriter _error = new();

    public Dictionary<string, string> Environment { get; } = new();
    public bool OutputIsTerminal { get; init; }
    public DateTimeOffset Now { get; set; } = new(2024, 3, 20, 9, 30, 0, TimeSpan.Zero);
    /// <summary>What the stand-in search returns; null means use the real ArticleSearcher.</summary>
    public Func<SearchRequest, SearchResult>? Search { get; set; }
    public List<SearchRequest> Requests { get; } = [];
    public List<string> OpenedIndexes { get; } = [];

    public string Out => _out.ToString();
    public string Error => _error.ToString();

    public int Run(params string[] args)
    {
        _out.GetStringBuilder().Clear();
        _error.GetStringBuilder().Clear();
        var context = new QueryContext(new CliContext
        {
            Out = _out,
            Error = _error,
            Environment = name => Environment.GetValueOrDefault(name),
            OutputIsTerminal = OutputIsTerminal,
            TimeZone = TimeZoneInfo.Utc,
            Clock = () => Now,
        });
        if (Search is { } search) context = context with { OpenSearch = dir => Open(dir, search) };
        return QueryCli.Run(args, context);
    }

    /// <summary>Lays out <paramref name="folder"/> as a published index (no Lucene files), enough for the stand-in search.</summary>
    public static string PublishedEmptyIndex(string folder)
    {
        var store = new IndexStore(folder);
        store.Publish(store.CreateGeneration());
        return folder;
    }

    private ISearchSession Open(string indexDirectory, Func<SearchRequest, SearchResult> search)
    {
        OpenedIndexes.Add(indexDirectory);
        return new StandInSession(request =>
        {
            Requests.Add(request);
            return search(request);
        });
    }

    private sealed class StandInSession(Func<SearchRequest, SearchResult> search) : ISearchSession
    {
        public SearchResult Search(SearchRequest request) => search(request);

        public SearchHit? Find(string id) => null;

        public MarkedText? HighlightArticle(string id, string queryText, bool asTyped = false, FacetFilters? filters = null) => null;

        public IReadOnlyList<SimilarArticle> Similar(string id) => [];

        public IReadOnlyList<DerivedArticle> DerivedFrom(string id) => [];

        public ArticleDiff? Diff(string firstId, string secondId) => null;

        public void Dispose() { }
    }
}
