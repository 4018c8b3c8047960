using Lucene.Net.Index;
using SearchEngine.Indexing.Reading;
using SearchEngine.Indexing.Schema;

namespace SearchEngine.Indexing.Writing;

public sealed record FacetCount(string Value, int Count);

/// <summary>
/// What an index holds: its size, when it was built and from which sources (the files and folders it records, as full
/// paths; null for an index built before sources were recorded), and every facet value with the number of articles
/// that have it.
/// </summary>
public sealed record IndexStatistics(
    int Documents,
    long SizeBytes,
    DateTime? BuiltAt,
    DateTime? UpdatedAt,
    IReadOnlyList<string>? Sources,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets)
{
    /// <exception cref="IndexUnusableException">Nothing is published there, it was written under another schema version, or it cannot be read.</exception>
    public static IndexStatistics Read(IndexStore store) => IndexUnusableException.Reading(store.Root, () => ReadLive(store));

    private static IndexStatistics ReadLive(IndexStore store)
    {
        using var directory = store.OpenCurrent();
        using var reader = DirectoryReader.Open(directory);
        SchemaCheck.Require(reader, store.Root);
        var facets = ArticleSchema.FacetDimensions.ToDictionary(d => d.Field, d => CountValues(reader, d));
        return new IndexStatistics(
            reader.NumDocs,
            store.SizeBytes(),
            IndexedArticles.CommitTime(directory, ArticleSchema.CommitBuiltAt),
            IndexedArticles.CommitTime(directory, ArticleSchema.CommitUpdatedAt),
            IndexedArticles.SourcesOf(directory)?.Paths,
            facets);
    }

    /// <summary>Live articles per value of one dimension, as the search's facets count them, most frequent first (dates newest first).</summary>
    private static IReadOnlyList<FacetCount> CountValues(DirectoryReader reader, FacetDimension dimension)
    {
        var counts = LiveValueCounts.Of(reader, dimension.Field, FacetMerges.Of(reader.IndexCommit.UserData, dimension));
        var ordered = dimension.Values == FacetValues.Days
            ? counts.OrderByDescending(c => c.Key, StringComparer.Ordinal)
            : counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal);
        return ordered.Select(c => new FacetCount(c.Key, c.Value)).ToList();
    }
}
