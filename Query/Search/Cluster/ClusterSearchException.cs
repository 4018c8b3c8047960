namespace SearchEngine.Querying.Search.Cluster;

/// <summary>
/// The cluster answered a search with a failure that is not the query's fault: overloaded (429), unavailable (503),
/// no such index, refused credentials. The message names the address, the status and the engine's reason.
/// </summary>
public sealed class ClusterSearchException(string message, int status) : Exception(message)
{
    /// <summary>The HTTP status the cluster answered with.</summary>
    public int Status { get; } = status;
}
