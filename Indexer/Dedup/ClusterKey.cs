namespace SearchEngine.Indexing.Dedup;

/// <summary>
/// The number a cluster is known by in the index: a stable hash of its representative's id, so a singleton's key needs
/// no lookup and the key survives rebuilds.
/// </summary>
public static class ClusterKey
{
    public static long Of(string representativeId)
    {
        var hash = StableHash.FnvOffset;
        foreach (var c in representativeId)
            hash = StableHash.FnvAdd(hash, c);
        return (long)StableHash.Mix(hash);
    }
}
