using Lucene.Net.Index;
using Lucene.Net.Util;
using SearchEngine.Indexing.Schema;

namespace SearchEngine.Querying.Search.Collapse;

/// <summary>Cluster keys of the whole index, read once per reader, to list an article's copies.</summary>
internal sealed class ClusterMembership
{
    private readonly NumericDocValues? _clusters;
    private readonly NumericDocValues? _representatives;
    private readonly IBits? _live;
    private readonly int _maxDoc;

    public ClusterMembership(IndexReader reader)
    {
        _clusters = MultiDocValues.GetNumericValues(reader, ArticleSchema.Cluster);
        _representatives = MultiDocValues.GetNumericValues(reader, ArticleSchema.ClusterRepresentative);
        _live = MultiFields.GetLiveDocs(reader);
        _maxDoc = reader.MaxDoc;
    }

    /// <summary>The cluster's key as shown to users: 16 hex digits, the same for every copy.</summary>
    public string? KeyOf(int doc) => _clusters?.Get(doc).ToString("x16");

    public bool IsRepresentative(int doc) => _representatives?.Get(doc) == 1;

    /// <summary>Every live document in <paramref name="doc"/>'s cluster, itself included. A scan of one array of longs: milliseconds at a million articles.</summary>
    public IEnumerable<int> MembersOf(int doc)
    {
        if (_clusters is null) return [doc];
        var key = _clusters.Get(doc);
        var members = new List<int>();
        for (var d = 0; d < _maxDoc; d++)
            if ((_live is null || _live.Get(d)) && _clusters.Get(d) == key)
                members.Add(d);
        return members;
    }
}
