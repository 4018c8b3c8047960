using SearchEngine.Indexing.Sources;

namespace SearchEngine.Indexing.Writing;

/// <summary>What a rebuild or update did, and every file it skipped or could not read, with the reason.</summary>
public sealed record BuildReport
{
    public int Indexed { get; init; }
    /// <summary>Update only: articles whose source had not changed.</summary>
    public int Unchanged { get; init; }
    /// <summary>Update only: articles whose source is gone.</summary>
    public int Removed { get; init; }
    public IReadOnlyList<SourceProblem> Skipped { get; init; } = [];
    public IReadOnlyList<SourceProblem> Failed { get; init; } = [];
    public TimeSpan Elapsed { get; init; }
    public DuplicateCosts? Duplicates { get; init; }
}

/// <summary>What near-duplicate detection found and cost.</summary>
/// <param name="SignatureTime">Computing signatures, summed over threads.</param>
/// <param name="Clusters">Clusters of two or more copies.</param>
/// <param name="Copies">Articles that are a copy of their cluster's representative.</param>
public sealed record DuplicateCosts(TimeSpan SignatureTime, TimeSpan ClusteringTime, int Clusters, int Copies);

/// <summary>The build could not produce an index; the live one, if any, is untouched.</summary>
public sealed class BuildFailedException(string message, BuildReport report) : Exception(message)
{
    public BuildReport Report { get; } = report;
}
