using Lucene.Net.Index;
using Lucene.Net.Util;

namespace SearchEngine.Querying.Search.Facets;

/// <summary>
/// One facet dimension's values across all segments of one reader, numbered once in sorted order (global ordinals),
/// so counting is an array increment and ties sort by number, with each document's ordinals read into memory. Built
/// when the reader opens: the map and the read cost milliseconds, too much to redo per query. Immutable, so safe to
/// share between searching threads; value names are looked up through the calling thread's own doc values.
/// </summary>
internal sealed class DimensionOrdinals : IValueOrdinals
{
    private static readonly int[] NoValues = [];

    private readonly IList<AtomicReaderContext> _leaves;
    private readonly MultiDocValues.OrdinalMap _map;
    private readonly int[][] _segmentToGlobal;

    private DimensionOrdinals(string field, IndexReader reader, MultiDocValues.OrdinalMap map, int[][] segmentToGlobal)
    {
        Field = field;
        _leaves = reader.Leaves;
        _map = map;
        _segmentToGlobal = segmentToGlobal;
        ValueCount = checked((int)map.ValueCount);
        Documents = DocumentOrdinals.Read(reader, field, SegmentToGlobal);
    }

    public string Field { get; }

    /// <summary>Each document's global ordinals, by the reader's document numbers.</summary>
    public DocumentOrdinals Documents { get; }

    /// <summary>Distinct values in the index, including any left only by deleted documents (they count zero).</summary>
    public int ValueCount { get; }

    public static DimensionOrdinals Build(IndexReader reader, string field)
    {
        var leaves = reader.Leaves;
        var values = leaves.Select(l => l.AtomicReader.GetSortedSetDocValues(field)).ToArray();
        var map = new MultiDocValues.OrdinalMap(reader.CoreCacheKey,
            values.Select(v => v?.GetTermsEnum() ?? TermsEnum.EMPTY).ToArray());
        var segmentToGlobal = new int[leaves.Count][];
        for (var leaf = 0; leaf < leaves.Count; leaf++)
        {
            var count = values[leaf]?.ValueCount ?? 0;
            var globals = count == 0 ? NoValues : new int[count];
            for (var ord = 0; ord < globals.Length; ord++)
                globals[ord] = (int)map.GetGlobalOrd(leaf, ord);
            segmentToGlobal[leaf] = globals;
        }
        return new DimensionOrdinals(field, reader, map, segmentToGlobal);
    }

    /// <summary>Global ordinal of each of the segment's own ordinals; empty when the segment lacks the field.</summary>
    public int[] SegmentToGlobal(int leafOrd) => _segmentToGlobal[leafOrd];

    public string ValueOf(int globalOrd)
    {
        var leaf = _leaves[_map.GetFirstSegmentNumber(globalOrd)];
        var bytes = new BytesRef();
        leaf.AtomicReader.GetSortedSetDocValues(Field)!.LookupOrd(_map.GetFirstSegmentOrd(globalOrd), bytes);
        return bytes.Utf8ToString();
    }

    /// <summary>The value's global ordinal, or -1 when no document has it.</summary>
    public int Find(string value)
    {
        var bytes = new BytesRef(value);
        foreach (var leaf in _leaves)
        {
            var ord = leaf.AtomicReader.GetSortedSetDocValues(Field)?.LookupTerm(bytes) ?? -1;
            if (ord >= 0) return _segmentToGlobal[leaf.Ord][ord];
        }
        return -1;
    }
}
