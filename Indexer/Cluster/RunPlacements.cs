using SearchEngine.Indexing.Dedup;

namespace SearchEngine.Indexing.Cluster;

/// <summary>Where an article of a push sits among copies and stories: its cluster's key, whether it represents it, its story's key.</summary>
public readonly record struct RunPlacement(long Cluster, bool IsRepresentative, long Story);

/// <summary>
/// A push's articles placed among copies. The run is clustered locally, which gives its copies, stories and lineage;
/// pushed to a cluster, its articles then also join the copies already stored there (<see cref="StoredCopyFinder"/>):
/// an article that joins a stored cluster takes its key, a stored cluster that one of the run's articles now represents
/// (published earlier) moves to the new key, and a story named by a run cluster follows the run cluster's new key.
/// Lineage stays within the run: sources among stored articles are found by word pairs, which a cluster does not index.
/// </summary>
public sealed class RunPlacements
{
    private readonly Dictionary<string, CopyPlacement> _placed;
    private readonly Dictionary<long, long> _renamed;

    private RunPlacements(Dictionary<string, CopyPlacement> placed, Dictionary<long, long> renamed, IReadOnlyList<ClusterMove> moves)
    {
        _placed = placed;
        _renamed = renamed;
        Moves = moves;
    }

    /// <summary>The run on its own: each article where the local clustering put it.</summary>
    public static RunPlacements Local { get; } = new([], [], []);

    /// <summary>Stored clusters that move to a key of the run's (see <see cref="ClusterMove"/>): applied once the run's documents are in.</summary>
    public IReadOnlyList<ClusterMove> Moves { get; }

    /// <summary>The run's articles that joined a cluster already stored.</summary>
    public int JoinedStored { get; private init; }

    /// <exception cref="BulkStoppedException">The lookup failed, or a stored article's fingerprint cannot be read: no placement would be right.</exception>
    public static async Task<RunPlacements> AmongStoredAsync(ICopyCandidates stored, DedupResult run, IEnumerable<DedupDocument> articles,
        DedupSettings settings, CancellationToken cancellation)
    {
        var finder = new StoredCopyFinder(stored, settings);
        IReadOnlyList<DedupDocument> batch = [.. articles];
        CopyFinding finding;
        try
        {
            // With no stored article sharing a key, the run's own clustering stands: clustering it again would change nothing.
            var candidates = await finder.CandidatesAsync(batch, cancellation).ConfigureAwait(false);
            if (candidates.Count == 0) return Local;
            finding = await finder.PlaceAsync(batch, candidates, cancellation).ConfigureAwait(false);
        }
        catch (FormatException e)
        {
            throw new BulkStoppedException($"finding the stored copies failed: {e.Message}");
        }
        var placed = finding.Placements.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var renamed = new Dictionary<long, long>();
        foreach (var text in run.Relations())
            renamed.TryAdd(ClusterKey.Of(text.Representative), placed[text.Id].Cluster);
        // A cluster keyed by none of the run's articles is represented by a stored one.
        var runKeys = placed.Keys.Select(ClusterKey.Of).ToHashSet();
        return new RunPlacements(placed, renamed, finding.Moves) { JoinedStored = placed.Values.Count(p => !runKeys.Contains(p.Cluster)) };
    }

    public RunPlacement Of(TextRelations text)
    {
        var story = ClusterKey.Of(text.Story);
        story = _renamed.GetValueOrDefault(story, story);
        return _placed.TryGetValue(text.Id, out var placed)
            ? new RunPlacement(placed.Cluster, placed.IsRepresentative, story)
            : new RunPlacement(ClusterKey.Of(text.Representative), text.Id == text.Representative, story);
    }
}
