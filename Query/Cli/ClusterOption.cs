using System.CommandLine;
using SearchEngine.Indexing.Cli;
using SearchEngine.Indexing.Cluster;
using SearchEngine.Querying.Display;

namespace SearchEngine.Querying.Cli;

/// <summary>
/// <c>--cluster URL</c>: search an Elasticsearch or OpenSearch cluster instead of a local index folder. The address may
/// also come from <c>SEARCHENGINE_ES_URL</c>; credentials only ever from the environment or a file (see <see cref="ClusterConnection"/>).
/// </summary>
internal sealed class ClusterOption
{
    private readonly Option<string?> _option = new("--cluster")
    {
        Description = $"Search the Elasticsearch or OpenSearch cluster at this address instead of an index folder [default: ${ClusterConnection.UrlVariable} unless --index is given]; "
            + $"the index ${ClusterConnection.IndexVariable}, else {ClusterConnection.DefaultIndexName}; credentials from ${ClusterConnection.UserVariable}/${ClusterConnection.PasswordVariable}, ${ClusterConnection.ApiKeyVariable} or ${ClusterConnection.CredentialsFileVariable}",
        HelpName = "URL",
    };

    public void AddTo(Command command) => command.Add(_option);

    /// <summary>The cluster to search: the option's, else the environment's unless <paramref name="index"/> names a folder; null to search the local index.</summary>
    public string? AddressOf(ParseResult parsed, Option<string?> index, Func<string, string?> environment) =>
        parsed.GetValue(_option) is { Length: > 0 } address ? address
        : parsed.GetValue(index) is null && environment(ClusterConnection.UrlVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment
        : null;

    /// <summary>The connection to <paramref name="address"/>; null once it has said on stderr what is wrong with the address or the credentials file.</summary>
    public static ClusterConnection? Connect(string address, CliContext context)
    {
        try
        {
            return ClusterConnection.From(address, context.Environment)!;
        }
        catch (ArgumentException e)
        {
            context.Error.WriteLine($"query: {TerminalText.Visible(e.Message)}");
            return null;
        }
    }
}
