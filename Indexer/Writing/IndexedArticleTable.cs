using System.Globalization;

namespace SearchEngine.Indexing.Writing;

/// <summary>
/// What an update needs of each article already in the index (its content hash, source file and cluster placement), held
/// in arrays by ordinal: at a million articles an object per article with its own strings took about 400 MB.
/// </summary>
public sealed class IndexedArticleTable
{
    private readonly Dictionary<string, int> _ordinals;
    private readonly string[] _ids;
    private readonly UInt128?[] _contentHashes;
    private readonly int[] _sourceFiles;
    private readonly List<string> _sourceFileNames = [];
    private readonly Dictionary<string, int> _sourceFileOrdinals = new(StringComparer.Ordinal);
    private readonly ClusterPlacement[] _placements;

    public IndexedArticleTable(int capacity)
    {
        _ordinals = new Dictionary<string, int>(capacity, StringComparer.Ordinal);
        _ids = new string[capacity];
        _contentHashes = new UInt128?[capacity];
        _sourceFiles = new int[capacity];
        _placements = new ClusterPlacement[capacity];
    }

    public int Count => _ordinals.Count;

    /// <summary>Ids in ordinal order.</summary>
    public IEnumerable<string> Ids => _ids.Take(Count);

    /// <summary>A later article with an id already present replaces it, as the index's last document for an id is the live one.</summary>
    public void Add(string id, string contentHash, string sourceFile, ClusterPlacement placement)
    {
        if (!_ordinals.TryGetValue(id, out var ordinal))
        {
            if (Count == _ids.Length) throw new InvalidOperationException($"the table holds {_ids.Length} articles; '{id}' is one more");
            ordinal = Count;
            _ordinals.Add(id, ordinal);
            _ids[ordinal] = id;
        }
        _contentHashes[ordinal] = Compact(contentHash);
        _sourceFiles[ordinal] = SourceFileOrdinal(sourceFile);
        _placements[ordinal] = placement;
    }

    public bool TryFind(string id, out int ordinal) => _ordinals.TryGetValue(id, out ordinal);

    public string Id(int ordinal) => _ids[ordinal];

    /// <summary>A hash that is not the expected 128-bit hex never matches, so its article is written again rather than trusted.</summary>
    public bool HasContentHash(int ordinal, string contentHash) =>
        _contentHashes[ordinal] is { } stored && Compact(contentHash) == stored;

    public string SourceFile(int ordinal) => _sourceFileNames[_sourceFiles[ordinal]];

    public ClusterPlacement Placement(int ordinal) => _placements[ordinal];

    public ClusterPlacement Placement(string id) =>
        TryFind(id, out var ordinal) ? _placements[ordinal] : throw new KeyNotFoundException($"no article '{id}' in the index");

    /// <summary>
    /// The copies and derived articles the index holds now, counted as the clustering that placed them counts them: a
    /// copy carries its cluster's lineage, but only the representative was derived.
    /// </summary>
    public DuplicateCosts StandingDuplicates()
    {
        var placements = _placements.Take(Count).ToList();
        var copies = placements.Where(p => !p.IsRepresentative).ToList();
        return new DuplicateCosts(TimeSpan.Zero, TimeSpan.Zero, copies.Select(p => p.Cluster).Distinct().Count(), copies.Count,
            placements.Count(p => p.IsRepresentative && p.Lineage.Length > 0));
    }

    /// <summary>Content hashes are 32 hex digits (<see cref="Sources.SourceText.Hash(ReadOnlySpan{byte})"/>): 16 bytes instead of a string.</summary>
    private static UInt128? Compact(string contentHash) =>
        contentHash.Length == 32 && UInt128.TryParse(contentHash, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    /// <summary>Articles come from few files, so each file name is held once.</summary>
    private int SourceFileOrdinal(string sourceFile)
    {
        if (_sourceFileOrdinals.TryGetValue(sourceFile, out var ordinal)) return ordinal;
        ordinal = _sourceFileNames.Count;
        _sourceFileNames.Add(sourceFile);
        _sourceFileOrdinals.Add(sourceFile, ordinal);
        return ordinal;
    }
}
