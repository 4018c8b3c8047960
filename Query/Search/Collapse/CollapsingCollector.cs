using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchEngine.Indexing.Schema;

namespace SearchEngine.Querying.Search.Collapse;

/// <summary>A cluster's best-ranked matching copy, and every matching copy (in collection order).</summary>
internal sealed class CollapsedHit(int doc, float score, long date)
{
    private List<int>? _more;
    private readonly int _first = doc;

    public int Doc { get; private set; } = doc;
    public float Score { get; private set; } = score;
    public long Date { get; private set; } = date;

    public IReadOnlyList<int> Members => _more is null ? [_first] : [_first, .. _more];

    /// <summary>Adds another matching copy; it becomes the one shown when it ranks before the current one.</summary>
    public void Offer(int doc, float score, long date, SortOrder sort)
    {
        (_more ??= []).Add(doc);
        if (CollapsingCollector.Compare(sort, doc, score, date, Doc, Score, Date) >= 0) return;
        Doc = doc;
        Score = score;
        Date = date;
    }
}

/// <summary>
/// Collects every matching article grouped by its near-duplicate cluster, so a result page shows one hit per story.
/// Grouping happens before paging, and the order is total (ties by document number), so collapsing never loses or
/// repeats a story across pages.
/// </summary>
internal sealed class CollapsingCollector(SortOrder sort) : ICollector
{
    private readonly Dictionary<long, CollapsedHit> _clusters = [];
    private Scorer? _scorer;
    private NumericDocValues? _cluster;
    private NumericDocValues? _dates;
    private IBits? _hasDate;
    private int _docBase;

    public int TotalArticles { get; private set; }

    public int TotalClusters => _clusters.Count;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        _docBase = context.DocBase;
        _cluster = context.AtomicReader.GetNumericDocValues(ArticleSchema.Cluster);
        _dates = context.AtomicReader.GetNumericDocValues(ArticleSchema.DateSort);
        _hasDate = context.AtomicReader.GetDocsWithField(ArticleSchema.DateSort);
    }

    public void Collect(int doc)
    {
        TotalArticles++;
        var global = _docBase + doc;
        var score = _scorer?.GetScore() ?? 0;
        var date = _dates is not null && _hasDate is not null && _hasDate.Get(doc) ? _dates.Get(doc) : long.MinValue;
        // Every document the indexer writes has a cluster; one without is a story of its own.
        var key = _cluster?.Get(doc) ?? long.MinValue + global;
        if (_clusters.TryGetValue(key, out var existing))
            existing.Offer(global, score, date, sort);
        else
            _clusters[key] = new CollapsedHit(global, score, date);
    }

    /// <summary>The clusters ranked <paramref name="offset"/> to <paramref name="offset"/> + <paramref name="limit"/>.</summary>
    public IReadOnlyList<CollapsedHit> Page(int offset, int limit)
    {
        var wanted = (int)Math.Min((long)offset + limit, _clusters.Count);
        if (wanted <= offset) return [];
        // Keep only the best `wanted` clusters: a bounded heap whose root is the worst kept.
        var heap = new PriorityQueue<CollapsedHit, CollapsedHit>(wanted + 1, Comparer<CollapsedHit>.Create((a, b) => Compare(b, a)));
        foreach (var cluster in _clusters.Values)
        {
            heap.Enqueue(cluster, cluster);
            if (heap.Count > wanted) heap.Dequeue();
        }
        var best = new List<CollapsedHit>(heap.Count);
        while (heap.Count > 0) best.Add(heap.Dequeue());
        best.Reverse();
        return best.Skip(offset).ToList();
    }

    private int Compare(CollapsedHit a, CollapsedHit b) => Compare(sort, a.Doc, a.Score, a.Date, b.Doc, b.Score, b.Date);

    /// <summary>Negative when the first document ranks before the second: date (when sorting by it), then score, then document number.</summary>
    public static int Compare(SortOrder sort, int docA, float scoreA, long dateA, int docB, float scoreB, long dateB)
    {
        var order = sort == SortOrder.Date ? dateB.CompareTo(dateA) : 0;
        if (order == 0) order = scoreB.CompareTo(scoreA);
        return order != 0 ? order : docA.CompareTo(docB);
    }
}
