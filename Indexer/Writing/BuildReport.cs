using SearchEngine.Indexing.Sources;

namespace SearchEngine.Indexing.Writing;

/// <summary>What a rebuild or update did, and every file it skipped, could not read or read with a warning, with the reason.</summary>
public sealed record BuildReport
{
    public int Indexed { get; init; }
    /// <summary>Update only: articles whose source had not changed.</summary>
    public int Unchanged { get; init; }
    /// <summary>Update only: articles whose source is gone (and, when asked, those of sources the update was not given).</summary>
    public int Removed { get; init; }
    /// <summary>Update only: sources the index was built from that the update was not given.</summary>
    public IReadOnlyList<string> OtherSources { get; init; } = [];
    /// <summary>Update only: articles of <see cref="OtherSources"/> (or of files outside the sources given) left in the index.</summary>
    public int KeptFromOtherSources { get; init; }
    /// <summary>Update only: articles of other sources removed because the update was asked to.</summary>
    public int RemovedFromOtherSources { get; init; }
    /// <summary>Update only: the files whose articles are new to the index (a renamed file is added under its new name).</summary>
    public IReadOnlyList<ChangedFile> AddedFiles { get; init; } = [];
    /// <summary>Update only: the files whose articles the index held with other content.</summary>
    public IReadOnlyList<ChangedFile> ChangedFiles { get; init; } = [];
    /// <summary>Update only: the files whose articles were removed (a renamed file is removed under its old name).</summary>
    public IReadOnlyList<ChangedFile> RemovedFiles { get; init; } = [];
    /// <summary>Files indexed, but not quite as written.</summary>
    public IReadOnlyList<SourceProblem> Warnings { get; init; } = [];
    public IReadOnlyList<SourceProblem> Skipped { get; init; } = [];
    public IReadOnlyList<SourceProblem> Failed { get; init; } = [];
    public TimeSpan Elapsed { get; init; }
    public DuplicateCosts? Duplicates { get; init; }
}

/// <summary>A file an update added, changed or removed articles of, with how many (a JSON Lines file holds several).</summary>
public sealed record ChangedFile(string File, int Articles)
{
    /// <summary>Each file once, in path order, with its articles counted.</summary>
    public static IReadOnlyList<ChangedFile> Of(IEnumerable<string> articleFiles) =>
        [.. articleFiles.GroupBy(f => f, StringComparer.Ordinal)
            .Select(g => new ChangedFile(g.Key, g.Count()))
            .OrderBy(f => f.File, StringComparer.Ordinal)];
}

/// <summary>What near-duplicate detection found and cost.</summary>
/// <param name="SignatureTime">Computing signatures, summed over threads.</param>
/// <param name="Clusters">Clusters of two or more copies.</param>
/// <param name="Copies">Articles that are a copy of their cluster's representative.</param>
/// <param name="Derived">Articles derived from earlier ones (linked to their sources, not clustered).</param>
public sealed record DuplicateCosts(TimeSpan SignatureTime, TimeSpan ClusteringTime, int Clusters, int Copies, int Derived);

/// <summary>
/// The sources and the index folder do not go together, and nothing was written: an update was given a source its
/// index's ids cannot name, or a build was pointed at a folder of articles as its index.
/// </summary>
public sealed class IndexSourcesException(string message) : Exception(message)
{
    public static IndexSourcesException Outside(SourceSet built, IEnumerable<string> given) => new(
        $"{string.Join(", ", given.Select(Path.GetFullPath).Where(p => SourceSet.Within(built, [p]) is null))} is outside {built.Root}, "
        + $"the folder this index's ids are relative to (it was built from {string.Join(", ", built.Paths)}); "
        + "rebuild it with every source: indexer rebuild --source DIR --source DIR … --index DIR");
}

/// <summary>The build could not produce an index; the live one, if any, is untouched.</summary>
public sealed class BuildFailedException(string message, BuildReport report) : Exception(message)
{
    public BuildReport Report { get; } = report;
}
