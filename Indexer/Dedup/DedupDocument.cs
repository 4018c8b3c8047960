namespace SearchEngine.Indexing.Dedup;

/// <summary>A text to cluster: its id, fingerprint, publication date (null when unknown) and length in characters.</summary>
public sealed record DedupDocument(string Id, Fingerprint Fingerprint, DateTime? Published, int Length);

/// <summary>
/// Which copy represents a cluster: the earliest published, then the most complete (longest), then the smallest id,
/// so the choice is stable. Undated texts come after dated ones.
/// </summary>
public sealed class RepresentativeOrder : IComparer<DedupDocument>
{
    public static RepresentativeOrder Instance { get; } = new();

    public int Compare(DedupDocument? x, DedupDocument? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return 1;
        if (y is null) return -1;
        var byDate = (x.Published, y.Published) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            ({ } a, { } b) => a.CompareTo(b),
        };
        if (byDate != 0) return byDate;
        var byLength = y.Length.CompareTo(x.Length);
        return byLength != 0 ? byLength : string.CompareOrdinal(x.Id, y.Id);
    }
}
