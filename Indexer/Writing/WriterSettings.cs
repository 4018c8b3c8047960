using Lucene.Net.Analysis;
using Lucene.Net.Index;
using SearchEngine.Indexing.Schema;

namespace SearchEngine.Indexing.Writing;

/// <summary>
/// The one place that configures an <see cref="IndexWriter"/>, so builds, updates and the bare Lucene baseline of the
/// index benchmark all write with the same settings and differ only in what they analyse.
/// </summary>
/// <remarks>
/// Chosen by the index benchmark (docs/performance.md, "Indexing speed"): flushed segments are not packed into compound files,
/// which spares copying every new segment once more and lowered peak memory by about 30 MB on Reuters; merged segments
/// are capped (below); the RAM buffer and the merge scheduler stay Lucene's defaults, as other values measured no different.
/// </remarks>
public static class WriterSettings
{
    public static IndexWriterConfig Create(Analyzer analyzer, OpenMode mode, BuildOptions options) => new(ArticleSchema.Version, analyzer)
    {
        OpenMode = mode,
        RAMBufferSizeMB = options.RamBufferMb,
        UseCompoundFile = false,
        Similarity = ArticleSchema.CreateSimilarity(),
        MergePolicy = new TieredMergePolicy { MaxMergedSegmentMB = MaxMergedSegmentMB },
    };

    /// <summary>
    /// Lucene's default (5 GB) let a 1M-article build merge one 0.8 GB segment, which raised the build's memory by
    /// 1.1 GB for a minute (Lucene.Net 4.8); with this cap no merge showed such a rise, for 12 segments instead of 6 and
    /// searches about 12% slower at a million articles (docs/performance.md, "Indexing speed").
    /// </summary>
    public const double MaxMergedSegmentMB = 512;
}
