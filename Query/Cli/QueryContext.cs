using System.Diagnostics.CodeAnalysis;
using SearchEngine.Indexing.Cli;
using SearchEngine.Indexing.Cluster;
using SearchEngine.Querying.Search;
using SearchEngine.Querying.Search.Cluster;

namespace SearchEngine.Querying.Cli;

/// <summary>The process's context for <c>query</c>, with how it opens an index (tests stand in for one).</summary>
public sealed record QueryContext : CliContext
{
    [SetsRequiredMembers]
    public QueryContext(CliContext process) : base(process) { }

    public OpenSearchSession OpenSearch { get; init; } = indexDirectory => ArticleSearcher.Open(indexDirectory);

    /// <summary>How a session over a cluster is opened (tests stand in for the network).</summary>
    public Func<ClusterConnection, ISearchSession> OpenCluster { get; init; } = ClusterSearchSession.Open;

    public static new QueryContext FromConsole() => new(CliContext.FromConsole());
}
