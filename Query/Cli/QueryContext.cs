using System.Diagnostics.CodeAnalysis;
using SearchEngine.Indexing.Cli;
using SearchEngine.Querying.Search;

namespace SearchEngine.Querying.Cli;

/// <summary>The process's context for <c>query</c>, with how it opens an index (tests stand in for one).</summary>
public sealed record QueryContext : CliContext
{
    [SetsRequiredMembers]
    public QueryContext(CliContext process) : base(process) { }

    public OpenSearchSession OpenSearch { get; init; } = indexDirectory => ArticleSearcher.Open(indexDirectory);

    public static new QueryContext FromConsole() => new(CliContext.FromConsole());
}
