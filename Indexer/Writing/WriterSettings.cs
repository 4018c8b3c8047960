using Lucene.Net.Analysis;
using Lucene.Net.Index;
using SearchEngine.Indexing.Schema;

namespace SearchEngine.Indexing.Writing;

/// <summary>
/// The one place that configures an <see cref="IndexWriter"/>, so builds, updates and the bare Lucene baseline of the
/// index benchmark all write with the same settings and differ only in what they analyse.
/// </summary>
public static class WriterSettings
{
    public static IndexWriterConfig Create(Analyzer analyzer, OpenMode mode, BuildOptions options) => new(ArticleSchema.Version, analyzer)
    {
        OpenMode = mode,
        RAMBufferSizeMB = options.RamBufferMb,
        Similarity = ArticleSchema.CreateSimilarity(),
    };
}
