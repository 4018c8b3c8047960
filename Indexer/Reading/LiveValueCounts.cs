using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchEngine.Indexing.Reading;

/// <summary>
/// How many live articles hold each value of a keyword field, read from its postings (deleted articles do not count).
/// Values merged into another (<see cref="Schema.FacetMerges"/>) count under it, an article holding several of them once,
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
}
