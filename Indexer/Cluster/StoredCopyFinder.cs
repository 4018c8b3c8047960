using SearchEngine.Indexing.Dedup;

namespace SearchEngine.Indexing.Cluster;

/// <summary>
/// Places a batch of new articles among the copies already stored, without a table of every fingerprint in memory:
/// the stored articles sharing a near-duplicate key with the batch are looked up (<see cref="ICopyCandidates"/>), the
/// batch and those candidates are clustered by the local <see cref="DuplicateClusterer"/> (so copies are verified by the
/// one comparison code: exact copies, resemblance within the copy window, trimmed copies by word-pair containment),
/// and every copy link that touches a new article joins it with the stored article's cluster. Each joined group takes
/// the local representative (earliest, then longest, then smallest id) and its key (<see cref="ClusterKey"/>).
/// </summary>
/// <remarks>
/// A stored cluster whose key changes (a new article published before its representative, or a new article joining it
/// with another stored cluster) is given as a <see cref="ClusterMove"/>: every member moves, including those the lookup
/// did not fetch, which one <c>_update_by_query</c> per batch does (<see cref="ClusterCopyCandidates.MoveAsync"/>).
/// Lineage (derived-from links) is not assigned here: the candidates are only the band mates, while sources are found
/// through the word pairs of every text in the window.
/// </remarks>
public sealed class StoredCopyFinder
{
    /// <summary>The most keys one lookup holds: the engines' default <c>index.max_terms_count</c> for a terms query.</summary>
    public const int MaxTermsPerLookup = 65_536;

    private readonly ICopyCandidates _stored;
    private readonly DedupSettings _settings;
    private readonly DuplicateClusterer _clusterer;

    public StoredCopyFinder(ICopyCandidates stored, DedupSettings settings)
    {
        _clusterer = new DuplicateClusterer(settings);
        _stored = stored;
        _settings = settings;
    }

    public async Task<CopyFinding> FindAsync(IReadOnlyList<DedupDocument> batch, CancellationToken cancellation = default) =>
        await PlaceAsync(batch, await CandidatesAsync(batch, cancellation).ConfigureAwait(false), cancellation).ConfigureAwait(false);

    /// <summary>The stored articles sharing a key with the batch, by id; those the batch sends again are left out, as its version replaces them.</summary>
    public async Task<IReadOnlyDictionary<string, StoredCopy>> CandidatesAsync(IReadOnlyList<DedupDocument> batch, CancellationToken cancellation = default)
    {
        var positions = Positions(batch);
        var candidates = new Dictionary<string, StoredCopy>(StringComparer.Ordinal);
        foreach (var lookup in Lookups(batch))
            foreach (var copy in await _stored.FindAsync(lookup, cancellation).ConfigureAwait(false))
                if (!positions.ContainsKey(copy.Id)) candidates.TryAdd(copy.Id, copy);
        return candidates;
    }

    /// <summary>Places the batch among <paramref name="candidates"/> (see <see cref="CandidatesAsync"/>): the copies verified, the groups joined, the stored clusters that move.</summary>
    public async Task<CopyFinding> PlaceAsync(IReadOnlyList<DedupDocument> batch, IReadOnlyDictionary<string, StoredCopy> candidates,
        CancellationToken cancellation = default)
    {
        var positions = Positions(batch);
        var verified = _clusterer.Cluster(batch.Concat(candidates.Values.Select(c => new DedupDocument(c.Id, c.Fingerprint, c.Published, c.Length))));
        var links = verified.Links.Where(l => l.IsCopy && (positions.ContainsKey(l.Source) || positions.ContainsKey(l.Copy))).ToList();

        // Nodes: the new articles by position, then each stored cluster a link reaches.
        var clusters = new List<long>();
        var clusterNodes = new Dictionary<long, int>();
        int Node(string id)
        {
            if (positions.TryGetValue(id, out var position)) return position;
            var key = candidates[id].Cluster;
            if (clusterNodes.TryGetValue(key, out var node)) return node;
            clusters.Add(key);
            return clusterNodes[key] = batch.Count + clusters.Count - 1;
        }
        var joined = links.Select(l => (Node(l.Source), Node(l.Copy))).ToList();
        var sets = new UnionFind(batch.Count + clusters.Count);
        foreach (var (a, b) in joined) sets.Union(a, b);

        var first = new Dictionary<int, Contender>();
        void Offer(int node, Contender contender)
        {
            var root = sets.Find(node);
            if (!first.TryGetValue(root, out var best) || contender.GoesBefore(best)) first[root] = contender;
        }
        for (var i = 0; i < batch.Count; i++) Offer(i, new Contender(batch[i].Id, batch[i].Published, batch[i].Length));
        var representatives = await RepresentativesAsync(clusters, candidates.Values, cancellation).ConfigureAwait(false);
        for (var k = 0; k < clusters.Count; k++)
        {
            var representative = representatives[clusters[k]];
            Offer(batch.Count + k, new Contender(representative.Id, representative.Published, representative.Length));
        }

        var placements = new List<CopyPlacement>(batch.Count);
        for (var i = 0; i < batch.Count; i++)
        {
            var best = first[sets.Find(i)];
            placements.Add(new CopyPlacement(batch[i].Id, ClusterKey.Of(best.Id), best.Id == batch[i].Id));
        }
        var moves = new List<ClusterMove>();
        for (var k = 0; k < clusters.Count; k++)
            if (ClusterKey.Of(first[sets.Find(batch.Count + k)].Id) is var key && key != clusters[k]) moves.Add(new ClusterMove(clusters[k], key));
        return new CopyFinding(placements, moves, links, candidates.Count);
    }

    /// <summary>Each article's position in the batch, by id.</summary>
    /// <exception cref="ArgumentException">An id appears twice.</exception>
    private static Dictionary<string, int> Positions(IReadOnlyList<DedupDocument> batch)
    {
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < batch.Count; i++)
            if (!positions.TryAdd(batch[i].Id, i)) throw new ArgumentException($"article '{batch[i].Id}' appears twice in the batch");
        return positions;
    }

    /// <summary>
    /// The lookups for a batch: each new article's keys (<see cref="DuplicateKeys"/>), as few lookups as
    /// <see cref="MaxTermsPerLookup"/> allows; a lookup's window spans its dated articles' dates widened by the copy window.
    /// </summary>
    public IEnumerable<CopyLookup> Lookups(IReadOnlyList<DedupDocument> batch)
    {
        var anyTime = new List<string>();
        var inWindow = new List<string>();
        var seenAnyTime = new HashSet<string>(StringComparer.Ordinal);
        var seenInWindow = new HashSet<string>(StringComparer.Ordinal);
        DateTime? earliest = null, latest = null;
        var window = TimeSpan.FromDays(_settings.CopyWindowDays);
        CopyLookup Lookup() => earliest is { } from && latest is { } to
            ? new CopyLookup([.. anyTime], [.. inWindow], from - window, to + window)
            : new CopyLookup([.. anyTime], [.. inWindow], default, default);

        foreach (var article in batch)
        {
            var keys = DuplicateKeys.Slots(article.Fingerprint, _settings).ToList();
            if (anyTime.Count + inWindow.Count + keys.Count > MaxTermsPerLookup)
            {
                yield return Lookup();
                anyTime.Clear();
                inWindow.Clear();
                seenAnyTime.Clear();
                seenInWindow.Clear();
                earliest = latest = null;
            }
            foreach (var key in keys)
            {
                var term = DuplicateKeys.Term(key);
                // A band key of an undated article is looked up at any date, as an undated text is within any window.
                if (key.Band < 0 || article.Published is null)
                {
                    if (seenAnyTime.Add(term)) anyTime.Add(term);
                }
                else if (seenInWindow.Add(term)) inWindow.Add(term);
            }
            if (article.Published is { } published && keys.Count > 0)
            {
                if (earliest is null || published < earliest) earliest = published;
                if (latest is null || published > latest) latest = published;
            }
        }
        if (anyTime.Count + inWindow.Count > 0) yield return Lookup();
    }

    /// <summary>The representatives of the stored clusters met: those fetched as candidates, the rest looked up.</summary>
    private async Task<Dictionary<long, StoredRepresentative>> RepresentativesAsync(List<long> clusters, IEnumerable<StoredCopy> candidates,
        CancellationToken cancellation)
    {
        var wanted = clusters.ToHashSet();
        var found = candidates.Where(c => c.IsRepresentative && wanted.Contains(c.Cluster))
            .Select(c => new StoredRepresentative(c.Id, c.Published, c.Length, c.Cluster))
            .DistinctBy(r => r.Cluster)
            .ToDictionary(r => r.Cluster);
        var missing = clusters.Where(c => !found.ContainsKey(c)).ToList();
        if (missing.Count == 0) return found;
        foreach (var representative in await _stored.RepresentativesAsync(missing, cancellation).ConfigureAwait(false))
            found.TryAdd(representative.Cluster, representative);
        if (clusters.Where(c => !found.ContainsKey(c)).ToList() is [var lost, ..])
            throw new BulkStoppedException($"stored cluster {lost} has no representative: no stored article holds its key with the representative flag");
        return found;
    }

    /// <summary>A text that may represent a group: the one that goes first in the local representative order wins.</summary>
    private readonly record struct Contender(string Id, DateTime? Published, int Length)
    {
        public bool GoesBefore(Contender other) =>
            DuplicateClusterer.CompareAsRepresentatives(Published, Length, Id, other.Published, other.Length, other.Id) < 0;
    }
}

/// <summary>Where a new article goes: its cluster's key and whether it represents the cluster.</summary>
public sealed record CopyPlacement(string Id, long Cluster, bool IsRepresentative);

/// <summary>
/// Every stored article of cluster <paramref name="From"/> moves to cluster <paramref name="To"/> and represents it no
/// more (a cluster that keeps its representative keeps its key, so a moved article is never the representative), and
/// every story named <paramref name="From"/> is named <paramref name="To"/> (a story is named by a cluster).
/// </summary>
public readonly record struct ClusterMove(long From, long To);

/// <summary>A batch's result: each new article's placement, the stored clusters that move, and the copy links found.</summary>
/// <param name="Candidates">Stored articles the lookups fetched.</param>
public sealed record CopyFinding(IReadOnlyList<CopyPlacement> Placements, IReadOnlyList<ClusterMove> Moves, IReadOnlyList<DuplicateLink> Links,
    int Candidates);
