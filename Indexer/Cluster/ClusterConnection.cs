using System.Security.Cryptography.X509Certificates;

namespace SearchEngine.Indexing.Cluster;

/// <summary>
/// Where a cluster is and how to sign in to it. The address may be given on the command line; credentials never are
/// (they would show in the shell history and the process list): they come from the environment or a file.
/// </summary>
/// <param name="Address">The cluster's base address, such as <c>https://search.example:9200</c>.</param>
/// <param name="Authorization">The Authorization header value (<c>Basic …</c> or <c>ApiKey …</c>), or null.</param>
/// <param name="CertificateAuthorityFile">A PEM file of the CA that signed the cluster's certificate, when it is not a public one.</param>
/// <param name="IndexName">The index (or alias) articles are written to and searched in.</param>
public sealed record ClusterConnection(Uri Address, string? Authorization, string? CertificateAuthorityFile, string IndexName)
{
    public const string UrlVariable = "SEARCHENGINE_ES_URL";
    public const string UserVariable = "SEARCHENGINE_ES_USER";
    public const string PasswordVariable = "SEARCHENGINE_ES_PASSWORD";
    public const string ApiKeyVariable = "SEARCHENGINE_ES_API_KEY";
    /// <summary>A file whose first line is <c>user:password</c> or <c>ApiKey &lt;key&gt;</c>.</summary>
    public const string CredentialsFileVariable = "SEARCHENGINE_ES_CREDENTIALS_FILE";
    public const string CaVariable = "SEARCHENGINE_ES_CA";
    public const string IndexVariable = "SEARCHENGINE_ES_INDEX";
    public const string DefaultIndexName = "articles";

    /// <summary>
    /// The connection to <paramref name="address"/> (or, when null, the address in <see cref="UrlVariable"/>), with
    /// credentials and CA from the environment. Null when neither names a cluster.
    /// </summary>
    /// <exception cref="ArgumentException">The address is not an http(s) URL, or a credentials file cannot be read; the message says which.</exception>
    public static ClusterConnection? From(string? address, Func<string, string?> environment)
    {
        var url = string.IsNullOrWhiteSpace(address) ? environment(UrlVariable) : address;
        if (string.IsNullOrWhiteSpace(url)) return null;
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            throw new ArgumentException($"'{url}' is not a cluster address: give one such as https://localhost:9200");
        if (!string.IsNullOrEmpty(uri.UserInfo))
            throw new ArgumentException($"the cluster address '{uri.GetLeftPart(UriPartial.Scheme)}{uri.Host}…' holds credentials: give them in {UserVariable}/{PasswordVariable}, {ApiKeyVariable} or {CredentialsFileVariable} instead");
        var ca = environment(CaVariable);
        if (!string.IsNullOrEmpty(ca) && !File.Exists(ca))
            throw new ArgumentException($"the CA certificate file '{ca}' named by {CaVariable} does not exist");
        return new ClusterConnection(uri, AuthorizationFrom(environment), string.IsNullOrEmpty(ca) ? null : ca, IndexNameFrom(environment));
    }

    /// <summary>The index <see cref="IndexVariable"/> names, else <see cref="DefaultIndexName"/>: for bulk files written without a cluster too.</summary>
    public static string IndexNameFrom(Func<string, string?> environment) =>
        environment(IndexVariable) is { } index && !string.IsNullOrWhiteSpace(index) ? index.Trim() : DefaultIndexName;

    private static string? AuthorizationFrom(Func<string, string?> environment)
    {
        if (environment(ApiKeyVariable) is { Length: > 0 } key) return "ApiKey " + key.Trim();
        if (environment(UserVariable) is { Length: > 0 } user) return Basic(user, environment(PasswordVariable) ?? "");
        if (environment(CredentialsFileVariable) is not { Length: > 0 } file) return null;
        string line;
        try
        {
            line = File.ReadLines(file).FirstOrDefault()?.Trim() ?? "";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ArgumentException($"cannot read the credentials file '{file}' named by {CredentialsFileVariable}: {e.Message}", e);
        }
        if (line.StartsWith("ApiKey ", StringComparison.OrdinalIgnoreCase)) return "ApiKey " + line[7..].Trim();
        var colon = line.IndexOf(':');
        if (colon <= 0)
            throw new ArgumentException($"the credentials file '{file}' should hold 'user:password' or 'ApiKey <key>' on its first line");
        return Basic(line[..colon], line[(colon + 1)..]);
    }

    private static string Basic(string user, string password) =>
        "Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(user + ":" + password));

    /// <summary>The CA's certificates, for a custom trust store.</summary>
    internal X509Certificate2Collection LoadCertificateAuthority()
    {
        var certificates = new X509Certificate2Collection();
        certificates.ImportFromPemFile(CertificateAuthorityFile!);
        return certificates;
    }

    /// <summary>The address without path, for messages (credentials are never in it).</summary>
    public override string ToString() => Address.GetLeftPart(UriPartial.Authority);
}
