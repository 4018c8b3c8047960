using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchEngine.Indexing.Reading;
using SearchEngine.Indexing.Schema;

namespace SearchEngine.Indexing.Writing;

public sealed record FacetCount(string Value, int Count);

/// <summary>What an index holds: its size, when it was built, and every facet value with the number of articles that have it.</summary>
public sealed record IndexStatistics(
    int Documents,
    long SizeBytes,
    DateTime? BuiltAt,
    DateTime? UpdatedAt,
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
            facets);
    }

    /// <summary>Live articles per value of one dimension, most frequent first (dates newest first). Deleted articles are not counted.</summary>
    private static IReadOnlyList<FacetCount> CountValues(DirectoryReader reader, FacetDimension dimension)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var leaf in reader.Leaves)
        {
            var terms = leaf.AtomicReader.GetTerms(dimension.Field);
            if (terms is null) continue;
            var live = leaf.AtomicReader.LiveDocs;
            var termsEnum = terms.GetEnumerator();
            DocsEnum? docs = null;
            while (termsEnum.MoveNext())
            {
                docs = termsEnum.Docs(live, docs, DocsFlags.NONE);
                var n = 0;
                while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS) n++;
                if (n == 0) continue;
                var value = termsEnum.Term.Utf8ToString();
                counts[value] = counts.GetValueOrDefault(value) + n;
            }
        }
        var ordered = dimension.Values == FacetValues.Days
            ? counts.OrderByDescending(c => c.Key, StringComparer.Ordinal)
            : counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal);
        return ordered.Select(c => new FacetCount(c.Key, c.Value)).ToList();
    }
}
