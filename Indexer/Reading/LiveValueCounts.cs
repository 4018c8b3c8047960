using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchEngine.Indexing.Schema;

namespace SearchEngine.Indexing.Reading;

/// <summary>
/// How many live articles hold each value of a keyword field, read from its postings (deleted articles do not count).
/// Values merged into another (<see cref="FacetMerges"/>) count under it, an article holding several of them once,
/// as the search's facets count them.
/// </summary>
public static class LiveValueCounts
{
    public static Dictionary<string, int> Of(IndexReader reader, string field, IReadOnlyDictionary<string, string>? merges = null)
    {
        merges ??= new Dictionary<string, string>();
        var merging = merges.Values.Concat(merges.Keys).ToHashSet(StringComparer.Ordinal);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var mergedArticles = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var leaf in reader.Leaves)
        {
            var terms = leaf.AtomicReader.GetTerms(field);
            if (terms is null) continue;
            var live = leaf.AtomicReader.LiveDocs;
            var termsEnum = terms.GetEnumerator();
            DocsEnum? docs = null;
            while (termsEnum.MoveNext())
            {
                var value = termsEnum.Term.Utf8ToString();
                docs = termsEnum.Docs(live, docs, DocsFlags.NONE);
                if (merging.Contains(value))
                {
                    var kept = merges.GetValueOrDefault(value, value);
                    var articles = mergedArticles.TryGetValue(kept, out var set) ? set : mergedArticles[kept] = [];
                    for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc()) articles.Add(leaf.DocBase + doc);
                    continue;
                }
                var n = 0;
                while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS) n++;
                if (n > 0) counts[value] = counts.GetValueOrDefault(value) + n;
            }
        }
        foreach (var (value, articles) in mergedArticles)
            if (articles.Count > 0) counts[value] = articles.Count;
        return counts;
    }

    /// <summary>
    /// How many distinct texts among the live articles hold each value: near-identical copies (one cluster) count once,
    /// so a wire story printed by fifty outlets is one text, not fifty.
    /// </summary>
    public static Dictionary<string, int> Texts(IndexReader reader, string field)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        // Copies may lie in different segments, so the values are read across all of them at once, by global document.
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null) return counts;
        var live = MultiFields.GetLiveDocs(reader);
        var clusterKeys = MultiDocValues.GetNumericValues(reader, ArticleSchema.Cluster);
        var clusters = new List<long>();
        var termsEnum = terms.GetEnumerator();
        DocsEnum? docs = null;
        while (termsEnum.MoveNext())
        {
            docs = termsEnum.Docs(live, docs, DocsFlags.NONE);
            clusters.Clear();
            for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
                clusters.Add(clusterKeys?.Get(doc) ?? ~(long)doc);
            if (clusters.Count == 0) continue;
            clusters.Sort();
            var distinct = 1;
            for (var i = 1; i < clusters.Count; i++)
                if (clusters[i] != clusters[i - 1]) distinct++;
            counts[termsEnum.Term.Utf8ToString()] = distinct;
        }
        return counts;
    }
}
