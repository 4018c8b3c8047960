using Lucene.Net.Index;
using SearchEngine.Indexing.Dedup;
using SearchEngine.Indexing.Schema;

namespace SearchEngine.Indexing.Writing;

/// <summary>Which cluster an article is in and whether it represents it: the two doc values a search collapses by.</summary>
public readonly record struct ClusterPlacement(long Cluster, bool IsRepresentative)
{
    /// <summary>Where a newly written document starts: alone, representing itself.</summary>
    public static ClusterPlacement Alone(string id) => new(ClusterKey.Of(id), true);

    /// <summary>Buffered doc-values updates cost a few hundred bytes each until a flush applies them.</summary>
    private const int UpdatesPerFlush = 100_000;

    /// <summary>
    /// Moves every article whose placement differs from <paramref name="current"/> by updating its doc values in place;
    /// most articles are alone and keep the placement they were written with.
    /// </summary>
    public static int Apply(IndexWriter writer, DedupResult result, Func<string, ClusterPlacement> current)
    {
        // Lucene.Net 4.8 can lose a doc-values update aimed at a document still in another thread's in-memory segment
        // (measured: 20 of 300 two-thread builds); with every document flushed first, none were lost.
        writer.Flush(triggerMerge: false, applyAllDeletes: true);
        var moved = 0;
        foreach (var (id, representative) in result.Placements())
        {
            var wanted = new ClusterPlacement(ClusterKey.Of(representative), id == representative);
            if (current(id) == wanted) continue;
            var term = new Term(ArticleSchema.Id, id);
            writer.UpdateNumericDocValue(term, ArticleSchema.Cluster, wanted.Cluster);
            writer.UpdateNumericDocValue(term, ArticleSchema.ClusterRepresentative, wanted.IsRepresentative ? 1 : 0);
            if (++moved % UpdatesPerFlush == 0) writer.Flush(triggerMerge: false, applyAllDeletes: true);
        }
        return moved;
    }
}
