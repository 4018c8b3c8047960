namespace SearchEngine.Indexing.Dedup;

/// <summary>Copies of one story. <see cref="Members"/> are in representative order, so the representative comes first.</summary>
public sealed record DuplicateCluster(IReadOnlyList<string> Members)
{
    public string Representative => Members[0];

    public bool IsSingleton => Members.Count == 1;
}

public enum LinkKind
{
    /// <summary>The same normalised text.</summary>
    ExactCopy,
    /// <summary>Resemblance at or above the threshold; such links chain into clusters.</summary>
    NearDuplicate,
    /// <summary>The copy's best-matching earlier text, with containment at or above the threshold.</summary>
    PartialCopy,
}

/// <summary>A verified link that joined two texts; <see cref="Source"/> precedes <see cref="Copy"/> in representative order.</summary>
public sealed record DuplicateLink(string Source, string Copy, LinkKind Kind, Similarity Similarity);

/// <summary>The clustering of a whole collection: every text is in exactly one cluster, most of them alone.</summary>
public sealed class DedupResult
{
    private readonly Dictionary<string, DuplicateCluster> _byId;

    public DedupResult(IReadOnlyList<DuplicateCluster> clusters, IReadOnlyList<DuplicateLink> links, long comparedPairs)
    {
        Clusters = clusters;
        Links = links;
        ComparedPairs = comparedPairs;
        _byId = clusters.SelectMany(c => c.Members.Select(id => (id, c))).ToDictionary(p => p.id, p => p.c, StringComparer.Ordinal);
    }

    /// <summary>All clusters, singletons included, ordered by their representative.</summary>
    public IReadOnlyList<DuplicateCluster> Clusters { get; }

    public IReadOnlyList<DuplicateLink> Links { get; }

    /// <summary>Candidate pairs whose signatures were compared: the work LSH left to do.</summary>
    public long ComparedPairs { get; }

    public DuplicateCluster ClusterOf(string id) =>
        _byId.TryGetValue(id, out var cluster) ? cluster : throw new KeyNotFoundException($"no document '{id}' was clustered");
}
