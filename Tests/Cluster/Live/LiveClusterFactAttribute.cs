using SearchEngine.Indexing.Cluster;

namespace SearchEngine.Tests.Cluster.Live;

/// <summary>
/// A test that needs a real cluster: skipped, with one line saying how to run it, unless <c>SEARCHENGINE_ES_URL</c>
/// names one (xunit 2 decides skips when it discovers tests, so the attribute reads the environment itself).
/// </summary>
public sealed class LiveClusterFactAttribute : FactAttribute
{
    public LiveClusterFactAttribute() => Skip = LiveClusterSkip.Reason;
}

/// <summary>The same for a test run once per row of data.</summary>
public sealed class LiveClusterTheoryAttribute : TheoryAttribute
{
    public LiveClusterTheoryAttribute() => Skip = LiveClusterSkip.Reason;
}

internal static class LiveClusterSkip
{
    /// <summary>Why the live suite is skipped, or null when a cluster is named.</summary>
    public static string? Reason => string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(ClusterConnection.UrlVariable))
        ? $"no cluster: set {ClusterConnection.UrlVariable} (README, \"Searching an Elasticsearch or OpenSearch cluster\") to run the live suite"
        : null;
}
