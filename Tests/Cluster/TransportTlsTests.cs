using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using SearchEngine.Indexing.Cluster;
using SearchEngine.Tests.Support;

namespace SearchEngine.Tests.Cluster;

/// <summary>
/// <see cref="HttpClusterTransport"/> against a TLS server on the loopback address whose certificate a private CA made
/// in the test signed, as a cluster with its own CA is set up: the CA file named by the environment is what makes it trusted.
/// </summary>
public sealed class TransportTlsTests : IDisposable
{
    private readonly TempFolder _dir = new();
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly X509Certificate2 _authority;
    private readonly X509Certificate2 _server;

    public TransportTlsTests()
    {
        using var caKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var caRequest = new CertificateRequest("CN=SearchEngine test CA", caKey, HashAlgorithmName.SHA256);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        // One reading of the clock for both: the server's certificate may not outlive the CA's, and two readings a
        // second apart (on a loaded machine) made it do so.
        var now = DateTimeOffset.UtcNow;
        _authority = caRequest.CreateSelfSigned(now.AddDays(-1), now.AddDays(30));
        _server = ServerCertificate(_authority, "localhost", now);
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public void Dispose()
    {
        _listener.Stop();
        _server.Dispose();
        _authority.Dispose();
        _dir.Dispose();
    }

    private string Address(string host) => $"https://{host}:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    private HttpClusterTransport Transport(string host, bool withAuthority)
    {
        var environment = new Dictionary<string, string>();
        if (withAuthority) environment[ClusterConnection.CaVariable] = _dir.Write("ca.pem", _authority.ExportCertificatePem());
        return new HttpClusterTransport(ClusterConnection.From(Address(host), environment.GetValueOrDefault)!, TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task A_cluster_whose_certificate_a_private_CA_signed_is_trusted_through_the_CA_file()
    {
        using var transport = Transport("localhost", withAuthority: true);

        var response = await transport.SendAsync(HttpMethod.Get, "/", null);

        Assert.Equal(200, response.Status);
        Assert.Equal("""{"acknowledged":true}""", response.Body);
    }

    [Fact]
    public async Task Without_the_CA_file_the_cluster_s_certificate_is_refused()
    {
        using var transport = Transport("localhost", withAuthority: false);

        var refused = await Assert.ThrowsAsync<ClusterUnreachableException>(() => transport.SendAsync(HttpMethod.Get, "/", null));

        Assert.StartsWith($"cannot reach the cluster at {Address("localhost")}", refused.Message);
    }

    [Fact]
    public async Task The_CA_does_not_excuse_a_certificate_made_out_to_another_name()
    {
        using var transport = Transport("127.0.0.1", withAuthority: true);

        await Assert.ThrowsAsync<ClusterUnreachableException>(() => transport.SendAsync(HttpMethod.Get, "/", null));
    }

    private static X509Certificate2 ServerCertificate(X509Certificate2 authority, string name, DateTimeOffset now)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName(name);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        using var signed = request.Create(authority, now.AddDays(-1), now.AddDays(29), [1, 2, 3, 4]);
        using var withKey = signed.CopyWithPrivateKey(key);
        // Through PKCS#12, as a server stream needs a key it can use on every platform.
        return X509CertificateLoader.LoadPkcs12(withKey.Export(X509ContentType.Pfx), null);
    }

    /// <summary>Answers every request on the connection with a small JSON body, over TLS with the server certificate.</summary>
    private async Task ServeAsync()
    {
        while (true)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync();
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            _ = Task.Run(async () =>
            {
                using (client)
                {
                    try
                    {
                        await using var tls = new SslStream(client.GetStream());
                        await tls.AuthenticateAsServerAsync(_server);
                        await ReadHeadersAsync(tls);
                        const string body = """{"acknowledged":true}""";
                        var answer = $"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n{body}";
                        await tls.WriteAsync(Encoding.ASCII.GetBytes(answer));
                    }
                    catch (Exception e) when (e is IOException or System.Security.Authentication.AuthenticationException)
                    {
                        // The client refused the certificate: what two of the tests expect.
                    }
                }
            });
        }
    }

    private static async Task ReadHeadersAsync(Stream stream)
    {
        var seen = new List<byte>();
        var buffer = new byte[1];
        while (await stream.ReadAsync(buffer) == 1)
        {
            seen.Add(buffer[0]);
            if (seen.Count >= 4 && seen[^4] == '\r' && seen[^3] == '\n' && seen[^2] == '\r' && seen[^1] == '\n') return;
        }
    }
}
