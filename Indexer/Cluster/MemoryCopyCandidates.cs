using SearchEngine.Indexing.Dedup;

namespace SearchEngine.Indexing.Cluster;

/// <summary>
/// Stored articles in memory, answering lookups as the cluster's query does (<see cref="ClusterCopyCandidates"/>):
/// for tests and for measuring the stored-copy finder against the local clusterer on a whole corpus.
/// </summary>
public sealed class MemoryCopyCandidates(DedupSettings settings) : ICopyCandidates
{
    private readonly Dictionary<string, Stored> _articles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Stored>> _holders = new(StringComparer.Ordinal);
    private readonly Dictionary<long, List<Stored>> _members = [];

    public int Count => _articles.Count;

    /// <summary>Each stored article's id and cluster key.</summary>
    public IEnumerable<(string Id, long Cluster, bool IsRepresentative)> Placements() =>
        _articles.Values.Select(a => (a.Article.Id, a.Cluster, a.IsRepresentative));

    /// <summary>Stores a new article where the finder placed it, as the ingest writes it.</summary>
    public void Add(DedupDocument article, CopyPlacement placement)
    {
        if (article.Id != placement.Id) throw new ArgumentException($"the placement of '{placement.Id}' is not that of '{article.Id}'");
        var stored = new Stored(article) { Cluster = placement.Cluster, IsRepresentative = placement.IsRepresentative };
        if (!_articles.TryAdd(article.Id, stored)) throw new ArgumentException($"article '{article.Id}' is stored already");
        foreach (var key in DuplicateKeys.For(article.Fingerprint, settings))
            (_holders.TryGetValue(key, out var holders) ? holders : _holders[key] = []).Add(stored);
        MemberList(placement.Cluster).Add(stored);
    }

    /// <summary>Moves stored clusters as the cluster's <c>_update_by_query</c> does; returns the articles that changed.</summary>
    public IReadOnlyList<CopyPlacement> Move(IEnumerable<ClusterMove> moves)
    {
        var changed = new List<CopyPlacement>();
        foreach (var move in moves)
        {
            if (!_members.Remove(move.From, out var members)) continue;
            foreach (var stored in members)
            {
                stored.Cluster = move.To;
                stored.IsRepresentative = false;
                changed.Add(new CopyPlacement(stored.Article.Id, move.To, false));
            }
            MemberList(move.To).AddRange(members);
        }
        return changed;
    }

    public Task MoveAsync(IReadOnlyList<ClusterMove> moves, CancellationToken cancellation = default)
    {
        Move(moves);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<StoredCopy>> FindAsync(CopyLookup lookup, CancellationToken cancellation = default)
    {
        var found = new Dictionary<string, StoredCopy>(StringComparer.Ordinal);
        void Take(string key, Func<Stored, bool> matches)
        {
            if (!_holders.TryGetValue(key, out var holders)) return;
            foreach (var stored in holders)
                if (matches(stored)) found.TryAdd(stored.Article.Id, stored.AsCopy());
        }
        foreach (var key in lookup.AnyTime) Take(key, _ => true);
        foreach (var key in lookup.InWindow)
            Take(key, s => s.Article.Published is not { } published || (published >= lookup.WindowStart && published <= lookup.WindowEnd));
        return Task.FromResult<IReadOnlyList<StoredCopy>>([.. found.Values]);
    }

    public Task<IReadOnlyList<StoredRepresentative>> RepresentativesAsync(IReadOnlyCollection<long> clusters, CancellationToken cancellation = default) =>
        Task.FromResult<IReadOnlyList<StoredRepresentative>>([.. clusters
            .SelectMany(c => _members.GetValueOrDefault(c, []))
            .Where(s => s.IsRepresentative)
            .Select(s => new StoredRepresentative(s.Article.Id, s.Article.Published, s.Article.Length, s.Cluster))]);

    private List<Stored> MemberList(long cluster) => _members.TryGetValue(cluster, out var members) ? members : _members[cluster] = [];

    private sealed class Stored(DedupDocument article)
    {
        public DedupDocument Article { get; } = article;
        public long Cluster { get; set; }
        public bool IsRepresentative { get; set; }

        public StoredCopy AsCopy() => new(Article.Id, Article.Published, Article.Length, Article.Fingerprint, Cluster, IsRepresentative);
    }
}
