using SearchEngine.Indexing.Cluster;

namespace SearchEngine.Tests.Cluster;

/// <summary>
/// Stands in for the network: records each search request and answers with the canned responses in turn (the last one
/// repeated); the session's reading of the index's mapping is answered apart.
/// </summary>
public sealed class SearchTestTransport : IClusterTransport
{
    private readonly Func<int, string?, ClusterResponse> _answer;

    public SearchTestTransport(params ClusterResponse[] answers) => _answer = (n, _) => answers[Math.Min(n, answers.Length - 1)];

    /// <summary>Answers each request body as <paramref name="answer"/> says.</summary>
    public SearchTestTransport(Func<string?, ClusterResponse> answer) => _answer = (_, body) => answer(body);

    public const string Address = "http://cluster.test:9200";

    public List<(HttpMethod Method, string Path, string? Body)> Requests { get; } = [];

    /// <summary>The answer to the session's reading of the index's mapping: by default, an index this schema's template made.</summary>
    public ClusterResponse Mapping { get; set; } = Ok(ClusterResponses.Mapping());

    /// <summary>Times the index's mapping was read; those requests are not among <see cref="Requests"/>.</summary>
    public int MappingReads { get; private set; }

    public Task<ClusterResponse> SendAsync(HttpMethod method, string path, string? body, string contentType = "application/json", CancellationToken cancellation = default)
    {
        if (path.EndsWith("/_mapping", StringComparison.Ordinal))
        {
            MappingReads++;
            return Task.FromResult(Mapping);
        }
        Requests.Add((method, path, body));
        return Task.FromResult(_answer(Requests.Count - 1, body));
    }

    public static ClusterResponse Ok(string body) => new(200, body);

    /// <summary>A search that found nothing, as the engines answer one.</summary>
    public static readonly ClusterResponse NothingFound = Ok("""
        {"took": 1, "timed_out": false, "_shards": {"total": 1, "successful": 1, "skipped": 0, "failed": 0},
         "hits": {"total": {"value": 0, "relation": "eq"}, "max_score": null, "hits": []}}
        """);

    public void Dispose()
    {
    }
}
