using Lucene.Net.Index;
using Lucene.Net.Util;
using SearchEngine.Indexing.Dedup;
using SearchEngine.Indexing.Schema;

namespace SearchEngine.Indexing.Writing;

/// <summary>
/// Where an article sits among copies and stories: its cluster and whether it represents it (what a search collapses
/// by), its story (what a search counts as stories), its sources as <see cref="StoredLineage"/> encodes them and how
/// many articles were derived from it (what a hit shows). All doc values, so they move without rewriting the article.
/// </summary>
public readonly record struct ClusterPlacement(long Cluster, bool IsRepresentative, long Story, string Lineage, int DerivedStories)
{
    /// <summary>Where a newly written document starts: alone, representing itself, a story of its own, derived from nothing.</summary>
    public static ClusterPlacement Alone(string id) => new(ClusterKey.Of(id), true, ClusterKey.Of(id), "", 0);

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
        foreach (var text in result.Relations())
        {
            var wanted = new ClusterPlacement(ClusterKey.Of(text.Representative), text.Id == text.Representative, ClusterKey.Of(text.Story),
                StoredLineage.Encode(text.Sources), text.DerivedStories);
            var was = current(text.Id);
            if (was == wanted) continue;
            var term = new Term(ArticleSchema.Id, text.Id);
            if (was.Cluster != wanted.Cluster) writer.UpdateNumericDocValue(term, ArticleSchema.Cluster, wanted.Cluster);
            if (was.IsRepresentative != wanted.IsRepresentative)
                writer.UpdateNumericDocValue(term, ArticleSchema.ClusterRepresentative, wanted.IsRepresentative ? 1 : 0);
            if (was.Story != wanted.Story) writer.UpdateNumericDocValue(term, ArticleSchema.Story, wanted.Story);
            if (was.Lineage != wanted.Lineage) writer.UpdateBinaryDocValue(term, ArticleSchema.Lineage, new BytesRef(StoredLineage.ToBytes(wanted.Lineage)));
            if (was.DerivedStories != wanted.DerivedStories) writer.UpdateNumericDocValue(term, ArticleSchema.DerivedStories, wanted.DerivedStories);
            if (++moved % UpdatesPerFlush == 0) writer.Flush(triggerMerge: false, applyAllDeletes: true);
        }
        return moved;
    }
}
