using Lucene.Net.Search.Similarities;

namespace SearchEngine.Querying.Search;

/// <summary>
/// Ranking: BM25. The indexer may keep Lucene's default similarity: in Lucene 4.8 both encode a field's length
/// norm the same way (boost / sqrt(length) in one byte), so BM25 reads a default-built index correctly.
/// </summary>
public static class SearchSimilarity
{
    public static Similarity Create() => new BM25Similarity();
}
