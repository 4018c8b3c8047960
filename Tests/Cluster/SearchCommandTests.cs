using SearchEngine.Indexing.Cli;
using SearchEngine.Indexing.Cluster;
using SearchEngine.Querying.Cli;
using SearchEngine.Querying.Search.Cluster;
using SearchEngine.Tests.Support;

namespace SearchEngine.Tests.Cluster;

/// <summary><c>query</c>'s commands pointed at a cluster, by option or environment, over a stand-in for the network.</summary>
public sealed class SearchCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly StringWriter _out = new();
    private readonly StringWriter _error = new();
    private readonly Dictionary<string, string> _environment = new();
    /// <summary>Searches find the collapsed answer's hits; the look-up of their lineage's sources finds those.</summary>
    private IClusterTransport _transport = new SearchTestTransport(body =>
        SearchTestTransport.Ok(ClusterResponses.Read(body!.Contains("\"terms\":{\"id\"") ? "search-lineage-sources" : "search-collapsed")));

    private SearchTestTransport Recorded => (SearchTestTransport)_transport;

    private int Run(params string[] args) => QueryCli.Run(args, new QueryContext(new CliContext
    {
        Out = _out,
        Error = _error,
        Environment = name => _environment.GetValueOrDefault(name),
        TimeZone = TimeZoneInfo.Utc,
    })
    {
        OpenSearch = dir => throw new InvalidOperationException($"the local index {dir} was opened"),
        OpenCluster = connection => new ClusterSearchSession(_transport, connection.IndexName, connection.ToString()),
    });

    [Fact]
    public void Search_with_the_cluster_option_prints_the_clusters_hits()
    {
        Assert.Equal(ExitCodes.Success, Run("search", "Kim Jong Un", "--cluster", SearchTestTransport.Address, "--format", "line"));
        Assert.Contains("Kim Jong Un meets envoys", _out.ToString());
        Assert.Equal("/articles/_search", Recorded.Requests[0].Path);
    }

    [Fact]
    public void The_cluster_named_in_the_environment_is_searched_in_the_index_named_there()
    {
        _environment[ClusterConnection.UrlVariable] = SearchTestTransport.Address;
        _environment[ClusterConnection.IndexVariable] = "news";
        Assert.Equal(ExitCodes.Success, Run("search", "Kim Jong Un"));
        Assert.Equal("/news/_search", Recorded.Requests[0].Path);
    }

    [Fact]
    public void A_saved_query_runs_against_the_cluster()
    {
        var saved = Path.Combine(_folder.Path, "saved.json");
        Assert.Equal(ExitCodes.Success, Run("saved", "add", "kim", "Kim Jong Un", "--saved-file", saved));
        Assert.Equal(ExitCodes.Success, Run("saved", "run", "kim", "--saved-file", saved, "--cluster", SearchTestTransport.Address, "--format", "line"));
        Assert.Contains("Kim Jong Un meets envoys", _out.ToString());
    }

    [Fact]
    public void An_unreachable_cluster_is_one_line_naming_the_address_and_the_reason()
    {
        _transport = new UnreachableTransport();
        Assert.Equal(ExitCodes.IndexUnavailable, Run("search", "oil", "--cluster", SearchTestTransport.Address));
        Assert.Equal($"query: cannot reach the cluster at {SearchTestTransport.Address}: Connection refused\n", _error.ToString());
    }

    [Fact]
    public void An_address_that_is_not_http_is_a_usage_error_naming_it()
    {
        Assert.Equal(ExitCodes.Usage, Run("search", "oil", "--cluster", "ftp://cluster.test"));
        Assert.Contains("'ftp://cluster.test' is not a cluster address", _error.ToString());
    }

    [Fact]
    public void Shards_that_failed_to_answer_are_warned_of_after_the_results()
    {
        _transport = new SearchTestTransport(SearchTestTransport.Ok(ClusterResponses.Read("search-partial-shards")));
        Assert.Equal(ExitCodes.Success, Run("search", "oil", "--cluster", SearchTestTransport.Address, "--all"));
        Assert.StartsWith("query: warning: 2 of 5 shards of the cluster failed to answer", _error.ToString());
    }

    public void Dispose() => _folder.Dispose();

    private sealed class UnreachableTransport : IClusterTransport
    {
        public Task<ClusterResponse> SendAsync(HttpMethod method, string path, string? body, string contentType = "application/json", CancellationToken cancellation = default) =>
            throw new ClusterUnreachableException($"cannot reach the cluster at {SearchTestTransport.Address}: Connection refused");

        public void Dispose()
        {
        }
    }
}
