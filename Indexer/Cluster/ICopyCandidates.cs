using SearchEngine.Indexing.Dedup;

namespace SearchEngine.Indexing.Cluster;

/// <summary>
/// Where new articles look for their copies among the articles already stored: the stored articles sharing a
/// near-duplicate key (<see cref="DuplicateKeys"/>) with them. In a cluster that is a <c>terms</c> query on
/// <c>dup_keys</c> (<see cref="ClusterCopyCandidates"/>); in tests and measurements, a list in memory
/// (<see cref="MemoryCopyCandidates"/>).
/// </summary>
public interface ICopyCandidates
{
    /// <summary>Every stored article holding one of the lookup's keys (see <see cref="CopyLookup"/>), each once.</summary>
    Task<IReadOnlyList<StoredCopy>> FindAsync(CopyLookup lookup, CancellationToken cancellation = default);

    /// <summary>The representative of each of <paramref name="clusters"/> (the stored article with the cluster's key and the flag).</summary>
    Task<IReadOnlyList<StoredRepresentative>> RepresentativesAsync(IReadOnlyCollection<long> clusters, CancellationToken cancellation = default);

    /// <summary>Moves every stored member of each cluster (see <see cref="ClusterMove"/>), fetched by a lookup or not.</summary>
    Task MoveAsync(IReadOnlyList<ClusterMove> moves, CancellationToken cancellation = default);
}

/// <summary>
/// What to look up for a batch of new articles. Exact-copy keys match at any date, as exact copies join locally at any
/// distance; band keys match stored articles published within the window, or undated ones, as near-duplicates join
/// only within <see cref="DedupSettings.CopyWindowDays"/> and an undated text is within any window.
/// </summary>
/// <param name="AnyTime">Exact-copy keys, and the band keys of undated new articles.</param>
/// <param name="InWindow">The band keys of dated new articles.</param>
/// <param name="WindowStart">The earliest new article's date less the copy window.</param>
/// <param name="WindowEnd">The latest new article's date plus the copy window.</param>
public sealed record CopyLookup(IReadOnlyList<string> AnyTime, IReadOnlyList<string> InWindow, DateTime WindowStart, DateTime WindowEnd);

/// <summary>A stored article a lookup found: what verifying it as a copy needs, and where it sits now.</summary>
/// <param name="Length">The body's length in characters (<c>dup_len</c>), which breaks ties between representatives.</param>
public sealed record StoredCopy(string Id, DateTime? Published, int Length, Fingerprint Fingerprint, long Cluster, bool IsRepresentative);

/// <summary>A stored cluster's representative: what decides whether a new copy takes its place.</summary>
public sealed record StoredRepresentative(string Id, DateTime? Published, int Length, long Cluster);
