using Lucene.Net.Index;
using SearchEngine.Indexing.Schema;

namespace SearchEngine.Querying.Search.Facets;

/// <summary>
/// Counts one dimension's values over the documents it is shown, and, when the user selected values in it, tells
/// whether a document has one of them. One per dimension per query; fed segment by segment by the collector.
/// </summary>
internal sealed class DimensionCounter
{
    private readonly DocumentOrdinals _documents;
    // Indexed by global ordinal: whether the user selected the value; null when nothing is selected.
    private readonly bool[]? _selected;
    private int _docBase;

    /// <param name="selected">Global ordinals of the selected values, or null when the dimension is not filtered.</param>
    /// <param name="precounted">The counts, already known without visiting the matches; null to count them.</param>
    public DimensionCounter(FacetDimension dimension, DimensionOrdinals ordinals, IEnumerable<int>? selected, int[]? precounted = null)
    {
        Dimension = dimension;
        Ordinals = ordinals;
        _documents = ordinals.Documents;
        Counts = precounted ?? new int[ordinals.ValueCount];
        IsPrecounted = precounted is not null;
        if (selected is null) return;
        _selected = new bool[ordinals.ValueCount];
        foreach (var ord in selected) _selected[ord] = true;
    }

    public FacetDimension Dimension { get; }

    public DimensionOrdinals Ordinals { get; }

    /// <summary>Count per global ordinal.</summary>
    public int[] Counts { get; }

    /// <summary>Whether this dimension filters the hits (OR over the selected values).</summary>
    public bool IsFiltered => _selected is not null;

    /// <summary>Whether the counts were known up front, so <see cref="Count"/> leaves them alone.</summary>
    public bool IsPrecounted { get; }

    public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

    /// <summary>Whether the document (segment-relative) has any selected value.</summary>
    public bool Accepts(int doc) => _selected is not null && _documents.HasAny(_docBase + doc, _selected);

    public void Count(int doc)
    {
        if (!IsPrecounted) _documents.CountInto(Counts, _docBase + doc);
    }
}
