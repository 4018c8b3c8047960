using SearchEngine.Indexing.Writing;

namespace SearchEngine.Indexing.Cluster;

/// <summary>A document that was not indexed: its id, the file (and line) it came from, and why, in the engine's words when it gave them.</summary>
public sealed record BulkProblem(string Id, string SourcePath, string? ErrorType, string Reason);

/// <summary>What a push did: what reading found, and what became of every document read, none left uncounted.</summary>
public sealed record BulkReport
{
    /// <summary>The cluster and index, or the folder of bulk files.</summary>
    public required string Destination { get; init; }
    /// <summary>The index the documents are for.</summary>
    public required string IndexName { get; init; }
    /// <summary>Reading: articles prepared (<see cref="BuildReport.Indexed"/>), files read with a warning, skipped or failed, copies found.</summary>
    public required BuildReport Read { get; init; }
    public int Sent { get; init; }
    public int Unchanged { get; init; }
    public IReadOnlyList<BulkProblem> Rejected { get; init; } = [];
    public IReadOnlyList<BulkProblem> Failed { get; init; } = [];
    /// <summary>Bulk requests made (files written), and their bytes: the resume check can make sent requests smaller.</summary>
    public int Requests { get; init; }
    public long Bytes { get; init; }
    /// <summary>Why the run stopped sending before the end, when it did; the rest counts as failed.</summary>
    public string? Stopped { get; init; }
    /// <summary>Articles of the run that joined copies already stored, and stored clusters moved to a key of the run's.</summary>
    public int JoinedStored { get; init; }
    public int MovedClusters { get; init; }
    public TimeSpan Elapsed { get; init; }

    /// <summary>Every article read is in the cluster (or the files) as it is now, and every file could be read.</summary>
    public bool Complete => Rejected.Count == 0 && Failed.Count == 0 && Read.Failed.Count == 0;
}
