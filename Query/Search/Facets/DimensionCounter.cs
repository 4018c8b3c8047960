using Lucene.Net.Index;

namespace SearchEngine.Querying.Search.Facets;

/// <summary>
/// Counts one dimension's values over the documents it is shown, and, when the user selected values in it, tells
/// whether a document has one of them. One per dimension per query; fed segment by segment by the collector.
/// </summary>
internal sealed class DimensionCounter(DimensionOrdinals ordinals, int[]? selected)
{
    private SortedSetDocValues? values;
    private int[] toGlobal = [];

    public DimensionOrdinals Ordinals => ordinals;

    /// <summary>Count per global ordinal.</summary>
    public int[] Counts { get; } = new int[ordinals.ValueCount];

    /// <summary>Whether this dimension filters the hits (OR over <c>selected</c>, sorted global ordinals).</summary>
    public bool IsFiltered => selected is not null;

    public void SetNextReader(AtomicReaderContext context)
    {
        // Null when the segment has no document with the field.
        values = context.AtomicReader.GetSortedSetDocValues(ordinals.Field);
        toGlobal = ordinals.SegmentToGlobal(context.Ord);
    }

    /// <summary>Whether the document (segment-relative) has any selected value.</summary>
    public bool Accepts(int doc)
    {
        if (values is null || selected is null) return false;
        values.SetDocument(doc);
        for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
        {
            if (Array.BinarySearch(selected, toGlobal[ord]) >= 0) return true;
        }
        return false;
    }

    public void Count(int doc)
    {
        if (values is null) return;
        values.SetDocument(doc);
        for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
            Counts[toGlobal[ord]]++;
    }
}
