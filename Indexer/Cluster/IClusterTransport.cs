namespace SearchEngine.Indexing.Cluster;

/// <summary>A cluster's answer to one request: the HTTP status and the body as text.</summary>
public sealed record ClusterResponse(int Status, string Body)
{
    public bool IsSuccess => Status is >= 200 and < 300;

    /// <summary>How long the cluster (or a proxy before it) asked to be left alone, from a <c>Retry-After</c> header; null when it did not say.</summary>
    public TimeSpan? RetryAfter { get; init; }
}

/// <summary>
/// One HTTP request to an Elasticsearch or OpenSearch cluster. Everything above it (templates, bulk ingest, searches)
/// builds request bodies and reads response bodies, so it is tested on bodies without a cluster; the one implementation
/// over the network is <see cref="HttpClusterTransport"/>.
/// </summary>
public interface IClusterTransport : IDisposable
{
    /// <param name="path">The path and query after the cluster's address, such as <c>/articles/_search</c>.</param>
    /// <param name="body">The request body, or null for none.</param>
    /// <param name="contentType"><c>application/json</c>, or <c>application/x-ndjson</c> for bulk requests.</param>
    /// <exception cref="ClusterUnreachableException">No answer came (refused, timed out, TLS failed).</exception>
    Task<ClusterResponse> SendAsync(HttpMethod method, string path, string? body, string contentType = "application/json", CancellationToken cancellation = default);
}

/// <summary>The cluster could not be reached or did not answer; the message names the address and why.</summary>
public sealed class ClusterUnreachableException(string message, Exception? inner = null) : Exception(message, inner);
