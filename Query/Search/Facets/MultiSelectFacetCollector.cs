using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchEngine.Querying.Search.Facets;

/// <summary>
/// Collects hits and facet counts in one pass over the query's matches, with multi-select semantics (like
/// Elasticsearch's post_filter): hits are the matches that pass every dimension's selection (OR within a dimension,
/// AND across); each dimension is counted over the matches that pass every other dimension's selection, its own
/// aside, so the values a user could add to a selection keep their counts. Scores are the query's, untouched.
/// </summary>
internal sealed class MultiSelectFacetCollector : ICollector
{
    private readonly ICollector hits;
    private readonly DimensionCounter[] dimensions;
    private readonly DimensionCounter[] filtering;
    private readonly DimensionCounter[] counting;

    public MultiSelectFacetCollector(ICollector hits, IEnumerable<DimensionCounter> dimensions)
    {
        this.hits = hits;
        this.dimensions = [.. dimensions];
        filtering = [.. this.dimensions.Where(d => d.IsFiltered)];
        counting = [.. this.dimensions.Where(d => !d.IsPrecounted)];
    }

    public bool AcceptsDocsOutOfOrder => hits.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => hits.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        hits.SetNextReader(context);
        foreach (var dimension in dimensions) dimension.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        DimensionCounter? failed = null;
        foreach (var dimension in filtering)
        {
            if (dimension.Accepts(doc)) continue;
            // Failing two selections keeps the document out of every count.
            if (failed is not null) return;
            failed = dimension;
        }
        if (failed is not null)
        {
            failed.Count(doc);
            return;
        }
        hits.Collect(doc);
        foreach (var dimension in counting) dimension.Count(doc);
    }
}
