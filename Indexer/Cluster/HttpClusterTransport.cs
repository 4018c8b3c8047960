using System.Net.Http.Headers;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace SearchEngine.Indexing.Cluster;

/// <summary>
/// Plain HTTP to the cluster: the few APIs used (index templates, <c>_bulk</c>, <c>_search</c>, <c>_mget</c>) are the
/// same on Elasticsearch 8/9 and OpenSearch 2/3, while each vendor's client library refuses the other's server.
/// A custom CA is trusted for this connection only, not added to the machine's store.
/// </summary>
public sealed class HttpClusterTransport : IClusterTransport
{
    private readonly HttpClient _client;
    private readonly ClusterConnection _connection;

    public HttpClusterTransport(ClusterConnection connection, TimeSpan? timeout = null)
    {
        _connection = connection;
        var handler = new SocketsHttpHandler { AutomaticDecompression = System.Net.DecompressionMethods.All };
        if (connection.CertificateAuthorityFile is not null)
        {
            var authority = connection.LoadCertificateAuthority();
            handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, errors) =>
                errors == SslPolicyErrors.None || (certificate is not null && IssuedBy(authority, certificate, errors));
        }
        _client = new HttpClient(handler) { BaseAddress = connection.Address, Timeout = timeout ?? TimeSpan.FromSeconds(60) };
        if (connection.Authorization is { } authorization)
            _client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", authorization);
    }

    public async Task<ClusterResponse> SendAsync(HttpMethod method, string path, string? body, string contentType = "application/json", CancellationToken cancellation = default)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
            request.Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue(contentType));
        try
        {
            using var response = await _client.SendAsync(request, cancellation).ConfigureAwait(false);
            return new ClusterResponse((int)response.StatusCode, await response.Content.ReadAsStringAsync(cancellation).ConfigureAwait(false))
            {
                RetryAfter = WaitAsked(response.Headers.RetryAfter),
            };
        }
        catch (HttpRequestException e)
        {
            throw new ClusterUnreachableException($"cannot reach the cluster at {_connection}: {e.Message}", e);
        }
        catch (TaskCanceledException e) when (!cancellation.IsCancellationRequested)
        {
            throw new ClusterUnreachableException($"the cluster at {_connection} did not answer within {_client.Timeout.TotalSeconds:0} s", e);
        }
    }

    /// <summary>A <c>Retry-After</c> of seconds, or of a date (from now; a date past is no wait).</summary>
    private static TimeSpan? WaitAsked(RetryConditionHeaderValue? header) => header switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date > DateTimeOffset.UtcNow ? date - DateTimeOffset.UtcNow : TimeSpan.Zero,
        _ => null,
    };

    /// <summary>Whether the only fault is an unknown root, and the chain ends at one of the given CA certificates.</summary>
    private static bool IssuedBy(X509Certificate2Collection authority, X509Certificate certificate, SslPolicyErrors errors)
    {
        if (errors != SslPolicyErrors.RemoteCertificateChainErrors) return false;
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(authority);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(new X509Certificate2(certificate));
    }

    public void Dispose() => _client.Dispose();
}
