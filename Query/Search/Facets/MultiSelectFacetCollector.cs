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
    private readonly ICollector _hits;
    private readonly DimensionCounter[] _dimensions;
    private readonly DimensionCounter[] _filtering;
    private readonly DimensionCounter[] _counting;

    public MultiSelectFacetCollector(ICollector hits, IEnumerable<DimensionCounter> dimensions)
    {
        _hits = hits;
        _dimensions = [.. dimensions];
        _filtering = [.. _dimensions.Where(d => d.IsFiltered)];
        _counting = [.. _dimensions.Where(d => !d.IsPrecounted)];
    }

    public bool AcceptsDocsOutOfOrder => _hits.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => _hits.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        _hits.SetNextReader(context);
        foreach (var dimension in _dimensions) dimension.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        DimensionCounter? failed = null;
        foreach (var dimension in _filtering)
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
        _hits.Collect(doc);
        foreach (var dimension in _counting) dimension.Count(doc);
    }
}
