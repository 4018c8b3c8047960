using System.Text.Json;
using Lucene.Net.Index;
using SearchEngine.Indexing.Extraction;
using SearchEngine.Indexing.Reading;

namespace SearchEngine.Indexing.Schema;

/// <summary>
/// The values each dimension merges across the collection (<see cref="FacetDimension.SameValues"/>), worked out when an
/// index is committed and kept in its commit data. Deciding them reads every value of the dimension, how many texts hold
/// it (near-identical copies counting once) and the company candidates keep: at 108k Reuters articles (7,249 people),
/// 0.1–0.3 s on a loaded machine, a third of a whole <c>query search</c> if a search did it when it opened, so the
/// searcher reads the finished map instead. An index committed without them merges nothing until its next update.
/// </summary>
public static class FacetMerges
{
    /// <summary>Adds the merges of each dimension that has any, over the reader's live articles, to <paramref name="commitData"/>.</summary>
    public static void AddTo(IDictionary<string, string> commitData, IndexReader reader, IReadOnlyList<FacetDimension>? dimensions = null)
    {
        foreach (var dimension in dimensions ?? ArticleSchema.FacetDimensions)
        {
            if (dimension.SameValues is not { } sameValues) continue;
            var company = new ValueCompany(reader, dimension.Field);
            var merges = sameValues(new CollectionValues([.. LiveValueCounts.Texts(reader, dimension.Field).Select(v => (v.Key, v.Value))], company.SharedWith, company.NamedTogether,
                company.SharedByChance));
            if (merges.Count > 0) commitData[ArticleSchema.CommitMergesPrefix + dimension.Field] = JsonSerializer.Serialize(merges);
        }
    }

    /// <summary>The dimension's merges recorded in a commit: each merged value and the value it is counted under.</summary>
    /// <exception cref="CorruptIndexException">The recorded merges cannot be read.</exception>
    public static IReadOnlyDictionary<string, string> Of(IDictionary<string, string> commitData, FacetDimension dimension)
    {
        if (!commitData.TryGetValue(ArticleSchema.CommitMergesPrefix + dimension.Field, out var json)) return new Dictionary<string, string>();
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? throw new JsonException("null");
        }
        catch (JsonException e)
        {
            throw new CorruptIndexException($"its merged {dimension.Label.ToLowerInvariant()} values are not a map of names ({e.Message}); indexer update writes them again", e);
        }
    }
}
