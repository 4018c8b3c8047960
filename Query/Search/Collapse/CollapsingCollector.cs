using System.Buffers;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchEngine.Indexing.Schema;

namespace SearchEngine.Querying.Search.Collapse;

/// <summary>A cluster as a result row: its best-ranked matching copy, and every matching copy.</summary>
internal sealed record CollapsedHit(int Doc, float Score, IReadOnlyList<int> Members);

/// <summary>
/// Collects every matching article grouped by its near-duplicate cluster, so a result page shows one hit per cluster of copies.
/// Grouping happens before paging, and the order is total (equally ranked clusters by their stable key), so collapsing
/// never loses or repeats a story across pages, and shows ties in the same order in every build of the same articles. Clusters are addressed by the reader's dense ordinals, in pooled arrays, so a match
/// costs a few array writes rather than a hash lookup and an allocation.
/// </summary>
internal sealed class CollapsingCollector : ICollector, IDisposable
{
    private readonly SortOrder _sort;
    private readonly ClusterMembership _clusters;
    // Per cluster ordinal: matching copies so far (0 = untouched), the best one, its score and date, the position of the last one seen.
    private readonly int[] _count;
    private readonly int[] _best;
    private readonly float[] _bestScore;
    private readonly long[] _bestDate;
    private readonly int[] _last;
    // Per match, in the order collected: the document, and the position of the previous match of its cluster (-1 for
    // none), chaining a cluster's matches without lists. Written front to back, so they stay in cache.
    private readonly int[] _matched;
    private readonly int[] _previous;
    private readonly int[] _touched;
    private Scorer? _scorer;
    private NumericDocValues? _dates;
    private IBits? _hasDate;
    private int _docBase;

    public CollapsingCollector(SortOrder sort, ClusterMembership clusters)
    {
        _sort = sort;
        _clusters = clusters;
        _count = ArrayPool<int>.Shared.Rent(clusters.ClusterCount);
        Array.Clear(_count, 0, clusters.ClusterCount);
        _best = ArrayPool<int>.Shared.Rent(clusters.ClusterCount);
        _bestScore = ArrayPool<float>.Shared.Rent(clusters.ClusterCount);
        _bestDate = ArrayPool<long>.Shared.Rent(clusters.ClusterCount);
        _last = ArrayPool<int>.Shared.Rent(clusters.ClusterCount);
        _touched = ArrayPool<int>.Shared.Rent(clusters.ClusterCount);
        _matched = ArrayPool<int>.Shared.Rent(clusters.DocumentCount);
        _previous = ArrayPool<int>.Shared.Rent(clusters.DocumentCount);
    }

    public int TotalArticles { get; private set; }

    public int TotalClusters { get; private set; }

    /// <summary>Distinct stories among the matches: a cluster's copies share their story, so each cluster is asked once.</summary>
    public int CountStories()
    {
        var seen = ArrayPool<bool>.Shared.Rent(_clusters.StoryCount);
        try
        {
            Array.Clear(seen, 0, _clusters.StoryCount);
            var stories = 0;
            for (var i = 0; i < TotalClusters; i++)
            {
                var story = _clusters.StoryOrdinalOf(_best[_touched[i]]);
                if (seen[story]) continue;
                seen[story] = true;
                stories++;
            }
            return stories;
        }
        finally
        {
            ArrayPool<bool>.Shared.Return(seen);
        }
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        _docBase = context.DocBase;
        // Dates rank only when sorting by them.
        if (_sort != SortOrder.Date) return;
        _dates = context.AtomicReader.GetNumericDocValues(ArticleSchema.DateSort);
        _hasDate = context.AtomicReader.GetDocsWithField(ArticleSchema.DateSort);
    }

    public void Collect(int doc)
    {
        var position = TotalArticles++;
        var global = _docBase + doc;
        _matched[position] = global;
        var score = _scorer?.GetScore() ?? 0;
        var date = _dates is not null && _hasDate is not null && _hasDate.Get(doc) ? _dates.Get(doc) : long.MinValue;
        var cluster = _clusters.OrdinalOf(global);
        if (_count[cluster]++ == 0)
        {
            _touched[TotalClusters++] = cluster;
            _previous[position] = -1;
            Take(cluster, global, score, date);
        }
        else
        {
            _previous[position] = _last[cluster];
            if (CompareCopies(global, score, date, _best[cluster], _bestScore[cluster], _bestDate[cluster]) < 0)
                Take(cluster, global, score, date);
        }
        _last[cluster] = position;
    }

    /// <summary>The clusters ranked <paramref name="offset"/> to <paramref name="offset"/> + <paramref name="limit"/>.</summary>
    public IReadOnlyList<CollapsedHit> Page(int offset, int limit)
    {
        var wanted = (int)Math.Min((long)offset + limit, TotalClusters);
        if (wanted <= offset) return [];
        // Keep only the best `wanted` clusters: a bounded heap whose root is the worst kept.
        var heap = new PriorityQueue<int, int>(wanted + 1, Comparer<int>.Create((a, b) => CompareClusters(b, a)));
        for (var i = 0; i < TotalClusters; i++)
        {
            var cluster = _touched[i];
            if (heap.Count == wanted && CompareClusters(cluster, heap.Peek()) >= 0) continue;
            heap.Enqueue(cluster, cluster);
            if (heap.Count > wanted) heap.Dequeue();
        }
        var best = new List<int>(heap.Count);
        while (heap.Count > 0) best.Add(heap.Dequeue());
        best.Reverse();
        return [.. best.Skip(offset).Select(c => new CollapsedHit(_best[c], _bestScore[c], MembersMatched(c)))];
    }

    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(_count);
        ArrayPool<int>.Shared.Return(_best);
        ArrayPool<float>.Shared.Return(_bestScore);
        ArrayPool<long>.Shared.Return(_bestDate);
        ArrayPool<int>.Shared.Return(_last);
        ArrayPool<int>.Shared.Return(_touched);
        ArrayPool<int>.Shared.Return(_matched);
        ArrayPool<int>.Shared.Return(_previous);
    }

    private void Take(int cluster, int doc, float score, long date)
    {
        _best[cluster] = doc;
        _bestScore[cluster] = score;
        _bestDate[cluster] = date;
    }

    private List<int> MembersMatched(int cluster)
    {
        var members = new List<int>(_count[cluster]);
        for (var position = _last[cluster]; position >= 0; position = _previous[position]) members.Add(_matched[position]);
        members.Reverse();
        return members;
    }

    /// <summary>
    /// Negative when the first cluster ranks before the second: by its best copy's rank, then by the cluster's key, a hash
    /// of its representative's id, so equally ranked stories come in the same order in every build of the same articles
    /// (document numbers follow the order a build's threads wrote them in).
    /// </summary>
    private int CompareClusters(int a, int b)
    {
        var order = CompareRank(_bestScore[a], _bestDate[a], _bestScore[b], _bestDate[b]);
        if (order == 0) order = _clusters.StableKeyOf(a).CompareTo(_clusters.StableKeyOf(b));
        return order != 0 ? order : _best[a].CompareTo(_best[b]);
    }

    /// <summary>Negative when the first copy of a cluster stands for it before the second: by rank, then the representative, then document number.</summary>
    private int CompareCopies(int docA, float scoreA, long dateA, int docB, float scoreB, long dateB)
    {
        var order = CompareRank(scoreA, dateA, scoreB, dateB);
        if (order == 0) order = _clusters.IsRepresentative(docB).CompareTo(_clusters.IsRepresentative(docA));
        return order != 0 ? order : docA.CompareTo(docB);
    }

    /// <summary>Negative when the first ranks before the second: date (when sorting by it), then score.</summary>
    private int CompareRank(float scoreA, long dateA, float scoreB, long dateB)
    {
        var order = _sort == SortOrder.Date ? dateB.CompareTo(dateA) : 0;
        return order != 0 ? order : scoreB.CompareTo(scoreA);
    }
}
