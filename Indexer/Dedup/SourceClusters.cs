namespace SearchEngine.Indexing.Dedup;

/// <summary>
/// Finds the one earlier cluster a text copies from. A newspaper story often draws on several of a wire story's takes,
/// leads and substitutes, each holding only part of what it took, so a text is measured against the union of a
/// candidate cluster's earlier members (<see cref="UnionContainment"/>), not against its single best-matching text.
/// Only the best cluster can be joined, so an article quoting two stories cannot merge them.
/// </summary>
/// <remarks>Texts are positions in representative order; the members of each cluster are kept in that order.</remarks>
internal sealed class SourceClusters
{
    /// <summary>Bounds the work per candidate cluster; a story's first takes are where copies come from.</summary>
    public const int MaxUnionMembers = 64;

    private readonly UnionFind _sets;
    private readonly uint[][] _signatures;
    private readonly Func<int, int, bool> _withinWindow;
    private readonly Dictionary<int, List<int>> _membersByRoot = [];
    private readonly uint[] _union;

    /// <param name="withinWindow">Whether the first text may be a source of the second, by their dates.</param>
    public SourceClusters(UnionFind sets, uint[][] signatures, Func<int, int, bool> withinWindow)
    {
        _sets = sets;
        _signatures = signatures;
        _withinWindow = withinWindow;
        _union = new uint[signatures.Length == 0 ? 0 : signatures[0].Length];
        for (var i = 0; i < signatures.Length; i++)
        {
            var root = sets.Find(i);
            if (root == i) continue;
            if (!_membersByRoot.TryGetValue(root, out var members)) _membersByRoot[root] = members = [root];
            members.Add(i);
        }
        foreach (var members in _membersByRoot.Values) members.Sort();
    }

    /// <summary>
    /// Of the clusters holding <paramref name="candidates"/> (earlier texts compared with <paramref name="copy"/>), the
    /// one containing the largest share of it, with the candidate in it that matched best on its own.
    /// </summary>
    public (int Source, Similarity Pair, double Containment)? BestSource(int copy, IEnumerable<(int Source, Similarity Similarity)> candidates)
    {
        var own = _sets.Find(copy);
        (int Source, Similarity Pair, double Containment)? best = null;
        foreach (var cluster in candidates.GroupBy(c => _sets.Find(c.Source)).Where(g => g.Key != own).OrderBy(g => g.Key))
        {
            var containment = Containment(copy, cluster.Key);
            if (best is { } b && containment <= b.Containment) continue;
            var source = cluster.OrderByDescending(c => c.Similarity.Containment).ThenBy(c => c.Source).First();
            best = (source.Source, source.Similarity, containment);
        }
        return best;
    }

    public void Join(int source, int copy)
    {
        var a = _sets.Find(source);
        var b = _sets.Find(copy);
        if (a == b) return;
        var merged = Members(a).Concat(Members(b)).Order().ToList();
        _membersByRoot.Remove(a);
        _membersByRoot.Remove(b);
        _sets.Union(a, b);
        _membersByRoot[_sets.Find(a)] = merged;
    }

    private IReadOnlyList<int> Members(int root) => _membersByRoot.TryGetValue(root, out var members) ? members : [root];

    private double Containment(int copy, int root)
    {
        Array.Fill(_union, uint.MaxValue);
        var used = 0;
        foreach (var member in Members(root))
        {
            if (member >= copy || used == MaxUnionMembers) break;
            if (!_withinWindow(member, copy)) continue;
            UnionContainment.Add(_union, _signatures[member]);
            used++;
        }
        return used == 0 ? 0 : UnionContainment.Estimate(_signatures[copy], _union);
    }
}
