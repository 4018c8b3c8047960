using System.Collections;
using Lucene.Net.Index;
using Lucene.Net.Util;
using SearchEngine.Indexing.Schema;

namespace SearchEngine.Querying.Search.Collapse;

/// <summary>
/// The near-duplicate clusters and stories of one reader, read once when it opens: each document's cluster and story
/// as dense ordinals (0 … ClusterCount − 1, 0 … StoryCount − 1), so collapsing and counting can address them by array
/// index, and the keys to list an article's copies. Everything is copied into arrays here, as searches on several
/// threads share one instance and a doc-values reader may not be read by two threads at once.
/// </summary>
internal sealed class ClusterMembership
{
    /// <summary>Each cluster ordinal's key; null when the index has no clusters.</summary>
    private readonly long[]? _keys;
    private readonly BitArray _representatives;
    private readonly IBits? _live;
    private readonly int _maxDoc;
    private readonly int[] _ordinals;
    private readonly int[] _storyOrdinals;

    public ClusterMembership(IndexReader reader)
    {
        var clusters = MultiDocValues.GetNumericValues(reader, ArticleSchema.Cluster);
        var representatives = MultiDocValues.GetNumericValues(reader, ArticleSchema.ClusterRepresentative);
        _live = MultiFields.GetLiveDocs(reader);
        _maxDoc = reader.MaxDoc;
        var byKey = new Dictionary<long, int>();
        _ordinals = new int[_maxDoc];
        for (var doc = 0; doc < _maxDoc; doc++)
            // A document without a cluster (none the indexer writes) is a story of its own.
            _ordinals[doc] = clusters is null ? doc : DenseOrdinal(clusters.Get(doc), byKey);
        ClusterCount = clusters is null ? _maxDoc : byKey.Count;
        if (clusters is not null)
        {
            _keys = new long[ClusterCount];
            foreach (var (key, ordinal) in byKey) _keys[ordinal] = key;
        }
        _representatives = new BitArray(_maxDoc);
        for (var doc = 0; doc < _maxDoc && representatives is not null; doc++)
            _representatives[doc] = representatives.Get(doc) == 1;

        // Most articles are a story of their own cluster: only derived ones (and their copies) look up their story, among
        // the cluster keys, so stories need no second table of every key.
        var stories = MultiDocValues.GetNumericValues(reader, ArticleSchema.Story);
        _storyOrdinals = new int[_maxDoc];
        for (var doc = 0; doc < _maxDoc; doc++)
            _storyOrdinals[doc] = stories is null || clusters is null || stories.Get(doc) == clusters.Get(doc)
                ? _ordinals[doc]
                : DenseOrdinal(stories.Get(doc), byKey);
        StoryCount = clusters is null ? _maxDoc : byKey.Count;
    }

    /// <summary>The key's dense ordinal, numbered in order of first appearance (a story whose source is gone gets a new one).</summary>
    private static int DenseOrdinal(long key, Dictionary<long, int> byKey)
    {
        if (!byKey.TryGetValue(key, out var ordinal)) byKey[key] = ordinal = byKey.Count;
        return ordinal;
    }

    /// <summary>Distinct clusters in the reader (deleted documents' included): the size of per-cluster arrays.</summary>
    public int ClusterCount { get; }

    /// <summary>Documents in the reader, deleted ones included: the size of per-document arrays.</summary>
    public int DocumentCount => _maxDoc;

    public int OrdinalOf(int doc) => _ordinals[doc];

    /// <summary>Distinct stories in the reader (deleted documents' included): the size of per-story arrays.</summary>
    public int StoryCount { get; }

    /// <summary>The document's story as a dense ordinal: the same for a wire story, its copies and every article derived from it.</summary>
    public int StoryOrdinalOf(int doc) => _storyOrdinals[doc];

    /// <summary>The cluster's key as shown to users: 16 hex digits, the same for every copy.</summary>
    public string? KeyOf(int doc) => _keys?[_ordinals[doc]].ToString("x16");

    public bool IsRepresentative(int doc) => _representatives[doc];

    /// <summary>
    /// The cluster ordinal's key, a hash of its representative's id, the same in every build of the same articles; the
    /// ordinal itself (a document number) when the index has no clusters.
    /// </summary>
    public long StableKeyOf(int ordinal) => _keys?[ordinal] ?? ordinal;

    /// <summary>Every live document in <paramref name="doc"/>'s cluster, itself included. A scan of one array of ints: milliseconds at a million articles.</summary>
    public IEnumerable<int> MembersOf(int doc)
    {
        var ordinal = _ordinals[doc];
        var members = new List<int>();
        for (var d = 0; d < _maxDoc; d++)
            if (_ordinals[d] == ordinal && (_live is null || _live.Get(d)))
                members.Add(d);
        return members;
    }
}
