using System.Net;
using System.Net.Sockets;
using System.Text;
using SearchEngine.Indexing.Cli;
using SearchEngine.Indexing.Cluster;
using SearchEngine.Tests.Support;

namespace SearchEngine.Tests.Cluster;

/// <summary>
/// <c>indexer push</c> over real HTTP to a stand-in listening on the loopback address: what the command line, the
/// environment and <see cref="HttpClusterTransport"/> put on the wire, which the in-process stand-in cannot see.
/// </summary>
public sealed class IngestOverHttpTests : IDisposable
{
    private readonly TempFolder _dir = new();
    private readonly HttpListener _listener;
    private readonly BulkTransportStandIn _cluster = new();
    private readonly List<string?> _authorizations = [];
    private readonly string _address;
    private string? _retryAfter;

    public IngestOverHttpTests()
    {
        (_listener, _address) = Listen();
        _ = Task.Run(ServeAsync);
    }

    /// <summary>
    /// Starts the listener on a free loopback port: a port found free can be taken by another process (or test) before
    /// the listener binds it, so a few are tried.
    /// </summary>
    private static (HttpListener Listener, string Address) Listen()
    {
        for (var attempt = 1; ; attempt++)
        {
            var address = $"http://127.0.0.1:{FreePort()}";
            var listener = new HttpListener();
            listener.Prefixes.Add(address + "/");
            try
            {
                listener.Start();
                return (listener, address);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close();
            }
        }
    }

    public void Dispose()
    {
        _listener.Close();
        _dir.Dispose();
    }

    [Fact]
    public void Every_request_carries_the_credentials_of_the_file_the_environment_names()
    {
        var credentials = _dir.Write("credentials", "ingest:s3cret\n");
        var environment = new Dictionary<string, string> { [ClusterConnection.CredentialsFileVariable] = credentials };
        var stdout = new StringWriter();

        var code = IndexerCli.Run(["push", "--source", RepoPaths.Seeds, "--cluster", _address],
            new CliContext { Out = stdout, Error = new StringWriter(), Environment = environment.GetValueOrDefault });

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("5 sent", stdout.ToString());
        Assert.Equal(5, _cluster.Stored.Count);
        List<string?> sent;
        lock (_authorizations) sent = [.. _authorizations];
        // The template, the index's mapping, one lookup of stored copies, one of stored hashes, one bulk request.
        Assert.Equal(5, sent.Count);
        Assert.All(sent, a => Assert.Equal("Basic " + Convert.ToBase64String("ingest:s3cret"u8.ToArray()), a));
    }

    [Fact]
    public async Task The_transport_reads_a_Retry_After_given_in_seconds()
    {
        _retryAfter = "7";
        using var transport = new HttpClusterTransport(ClusterConnection.From(_address, _ => null)!);

        var answer = await transport.SendAsync(HttpMethod.Put, BulkClusterTarget.TemplatePath("articles"), "{}");

        Assert.Equal(TimeSpan.FromSeconds(7), answer.RetryAfter);
    }

    [Fact]
    public async Task The_transport_reads_a_Retry_After_given_as_a_date_as_the_time_until_then()
    {
        _retryAfter = DateTimeOffset.UtcNow.AddMinutes(2).ToString("R");
        using var transport = new HttpClusterTransport(ClusterConnection.From(_address, _ => null)!);

        var answer = await transport.SendAsync(HttpMethod.Put, BulkClusterTarget.TemplatePath("articles"), "{}");

        Assert.InRange(answer.RetryAfter!.Value, TimeSpan.FromSeconds(90), TimeSpan.FromMinutes(2));
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }
            lock (_authorizations) _authorizations.Add(context.Request.Headers["Authorization"]);
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var answer = await _cluster.SendAsync(new HttpMethod(context.Request.HttpMethod), context.Request.RawUrl!, body, context.Request.ContentType ?? "");
            var bytes = Encoding.UTF8.GetBytes(answer.Body);
            context.Response.StatusCode = answer.Status;
            if (_retryAfter is not null) context.Response.AddHeader("Retry-After", _retryAfter);
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
