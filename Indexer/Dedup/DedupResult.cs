namespace SearchEngine.Indexing.Dedup;

/// <summary>Near-identical copies of one text. <see cref="Members"/> are in representative order, so the representative comes first.</summary>
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
    /// <summary>
    /// Nearly all of the copy's distinctive word pairs are in the earlier text (<see cref="DedupSettings.CopyContainment"/>):
    /// a trimmed or lightly edited copy, clustered with it. The link's containment is that share, counted exactly; its
    /// resemblance is estimated.
    /// </summary>
    TrimmedCopy,
    /// <summary>
    /// The later text was written from the earlier one, an original (<see cref="DedupSettings.ContainmentThreshold"/>):
    /// not clustered. The link's containment is the share of the later text's distinctive word pairs found in the source.
    /// </summary>
    DerivedFrom,
}

/// <summary>
/// A verified link between two texts; <see cref="Source"/> precedes <see cref="Copy"/> in representative order. Every
/// kind but <see cref="LinkKind.DerivedFrom"/> joined them into one cluster.
/// </summary>
public sealed record DuplicateLink(string Source, string Copy, LinkKind Kind, Similarity Similarity)
{
    public bool IsCopy => Kind != LinkKind.DerivedFrom;
}

/// <summary>An earlier text a story was derived from, and the share of the story's distinctive word pairs found in it.</summary>
public sealed record StorySource(string Source, double Share);

/// <summary>
/// Both relations over a whole collection: every text is in exactly one cluster of copies, most of them alone, and
/// a derived text has links to its sources. It is held as one representative per text and the links; cluster and link
/// objects are made only when asked for, since a build of a million texts needs only <see cref="Relations"/>.
/// </summary>
public sealed class DedupResult
{
    private readonly string[] _ids;
    private readonly int[] _representative;
    private readonly IReadOnlyList<LinkRecord> _linkRecords;
    private IReadOnlyList<DuplicateCluster>? _clusters;
    private Dictionary<string, DuplicateCluster>? _byId;
    private IReadOnlyList<DuplicateLink>? _links;
    private Dictionary<string, IReadOnlyList<StorySource>>? _sources;

    /// <param name="ids">Every text's id, in representative order.</param>
    /// <param name="representative">For each position, the position of its cluster's representative (never after it).</param>
    internal DedupResult(string[] ids, int[] representative, IReadOnlyList<LinkRecord> links, long comparedPairs)
    {
        _ids = ids;
        _representative = representative;
        _linkRecords = links;
        ComparedPairs = comparedPairs;
    }

    /// <summary>All clusters, singletons included, ordered by their representative.</summary>
    public IReadOnlyList<DuplicateCluster> Clusters => _clusters ??= GroupClusters();

    public IReadOnlyList<DuplicateLink> Links => _links ??=
        _linkRecords.Select(l => new DuplicateLink(_ids[l.Source], _ids[l.Copy], l.Kind, l.Similarity)).ToList();

    /// <summary>Candidate pairs whose signatures were compared: the work LSH left to do.</summary>
    public long ComparedPairs { get; }

    /// <summary>Texts that are a copy of another (every member of a cluster but its representative).</summary>
    public int CopyCount => Enumerable.Range(0, _ids.Length).Count(i => _representative[i] != i);

    /// <summary>Clusters of more than one text.</summary>
    public int CopyClusterCount => Enumerable.Range(0, _ids.Length).Where(i => _representative[i] != i).Select(i => _representative[i]).Distinct().Count();

    /// <summary>Each derived text with its sources, the one holding most of it first.</summary>
    public IEnumerable<(string Id, IReadOnlyList<StorySource> Sources)> Lineage() => _linkRecords
        .Where(l => l.Kind == LinkKind.DerivedFrom)
        .GroupBy(l => l.Copy)
        .Select(g => (_ids[g.Key], (IReadOnlyList<StorySource>)[.. g.Select(l => new StorySource(_ids[l.Source], l.Similarity.Containment))]));

    /// <summary>The earlier texts <paramref name="id"/> was derived from, the one holding most of it first; none for an original or a copy.</summary>
    public IReadOnlyList<StorySource> SourcesOf(string id)
    {
        _sources ??= Lineage().ToDictionary(l => l.Id, l => l.Sources, StringComparer.Ordinal);
        return _sources.GetValueOrDefault(id, []);
    }

    /// <summary>
    /// Each text with both relations, without building cluster objects, the same for every copy in a cluster (a search
    /// shows whichever copy ranks best): the cluster's representative; its story, named by the representative of the
    /// cluster its first source is in (a wire story with everything derived from it), or its own; the sources of its
    /// earliest member that was derived from any; and how many texts were derived from any of its members.
    /// </summary>
    public IEnumerable<TextRelations> Relations()
    {
        var story = new int[_ids.Length];
        for (var i = 0; i < _ids.Length; i++) story[i] = _representative[i];
        var derivedFrom = new int[_ids.Length];
        Array.Fill(derivedFrom, -1);
        var derivedStories = new int[_ids.Length];
        var counted = new HashSet<(int Cluster, int Story)>();
        // Links come in the order texts were visited, each text's strongest source first.
        foreach (var link in _linkRecords.Where(l => l.Kind == LinkKind.DerivedFrom))
        {
            var source = _representative[link.Source];
            if (counted.Add((source, link.Copy))) derivedStories[source]++;
            var cluster = _representative[link.Copy];
            if (derivedFrom[cluster] >= 0) continue;
            derivedFrom[cluster] = link.Copy;
            story[cluster] = source;
        }
        for (var i = 0; i < _ids.Length; i++)
        {
            var cluster = _representative[i];
            var sources = derivedFrom[cluster] is var derived and >= 0 ? SourcesOf(_ids[derived]) : [];
            yield return new TextRelations(_ids[i], _ids[cluster], _ids[story[cluster]], sources, derivedStories[cluster]);
        }
    }

    /// <summary>Each text with its cluster's representative, without building cluster objects.</summary>
    public IEnumerable<(string Id, string Representative)> Placements()
    {
        for (var i = 0; i < _ids.Length; i++) yield return (_ids[i], _ids[_representative[i]]);
    }

    public DuplicateCluster ClusterOf(string id)
    {
        _byId ??= Clusters.SelectMany(c => c.Members.Select(member => (member, c))).ToDictionary(p => p.member, p => p.c, StringComparer.Ordinal);
        return _byId.TryGetValue(id, out var cluster) ? cluster : throw new KeyNotFoundException($"no document '{id}' was clustered");
    }

    private List<DuplicateCluster> GroupClusters()
    {
        var members = new List<string>?[_ids.Length];
        for (var i = 0; i < _ids.Length; i++) (members[_representative[i]] ??= []).Add(_ids[i]);
        return members.OfType<List<string>>().Select(m => new DuplicateCluster(m)).ToList();
    }
}

/// <summary>One text's place in both relations (see <see cref="DedupResult.Relations"/>).</summary>
public sealed record TextRelations(string Id, string Representative, string Story, IReadOnlyList<StorySource> Sources, int DerivedStories);

/// <summary>A link between two positions in representative order, as the clusterer records it.</summary>
internal readonly record struct LinkRecord(int Source, int Copy, LinkKind Kind, Similarity Similarity);
