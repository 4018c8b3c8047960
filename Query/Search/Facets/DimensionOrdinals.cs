using Lucene.Net.Index;
using Lucene.Net.Util;
using SearchEngine.Indexing.Extraction.People;
using SearchEngine.Indexing.Schema;

namespace SearchEngine.Querying.Search.Facets;

/// <summary>
/// One facet dimension's values across all segments of one reader, numbered once in sorted order (global ordinals),
/// so counting is an array increment and ties sort by number, with each document's ordinals read into memory. Built
/// when the reader opens: the map and the read cost milliseconds, too much to redo per query. Immutable, so safe to
/// share between searching threads; value names are looked up through the calling thread's own doc values. Values the
/// index records as merged (<see cref="FacetMerges"/>) share the ordinal of the value they are counted under:
/// a document holding either counts once there, a selection of either selects both, and the merged one counts zero.
/// </summary>
internal sealed class DimensionOrdinals : IValueOrdinals
{
    private static readonly int[] NoValues = [];

    private readonly IList<AtomicReaderContext> _leaves;
    private readonly MultiDocValues.OrdinalMap _map;
    private readonly int[][] _segmentToGlobal;
    // The values merged into each value counted for them, by the latter's ordinal; empty when nothing merges.
    private readonly Dictionary<int, string[]> _mergedInto;
    private Dictionary<string, string[]>? _mergedByWords;

    private DimensionOrdinals(string field, IndexReader reader, MultiDocValues.OrdinalMap map, int[][] segmentToGlobal,
        DocumentOrdinals? documents = null, Dictionary<int, string[]>? mergedInto = null)
    {
        Field = field;
        _leaves = reader.Leaves;
        _map = map;
        _segmentToGlobal = segmentToGlobal;
        _mergedInto = mergedInto ?? [];
        ValueCount = checked((int)map.ValueCount);
        Documents = documents ?? DocumentOrdinals.Read(reader, field, SegmentToGlobal);
    }

    public string Field { get; }

    /// <summary>Each document's global ordinals, by the reader's document numbers.</summary>
    public DocumentOrdinals Documents { get; }

    /// <summary>Distinct values in the index, including any left only by deleted documents (they count zero).</summary>
    public int ValueCount { get; }

    /// <param name="merges">Each merged value and the value it is counted under, as <see cref="FacetMerges"/> records them; none when null.</param>
    public static DimensionOrdinals Build(IndexReader reader, string field, IReadOnlyDictionary<string, string>? merges = null)
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
        var ordinals = new DimensionOrdinals(field, reader, map, segmentToGlobal);
        return merges is null || merges.Count == 0 ? ordinals : ordinals.Merging(reader, merges);
    }

    /// <summary>These ordinals with the merged values mapped to the values they are counted under.</summary>
    private DimensionOrdinals Merging(IndexReader reader, IReadOnlyDictionary<string, string> merges)
    {
        var countedAs = Enumerable.Range(0, ValueCount).ToArray();
        var mergedInto = new Dictionary<int, List<string>>();
        foreach (var (merged, kept) in merges)
        {
            // The merges were recorded for this commit's values; one naming a value the reader lacks merges nothing.
            if (Find(merged) is not (>= 0 and var from) || Find(kept) is not (>= 0 and var to)) continue;
            countedAs[from] = to;
            (mergedInto.TryGetValue(to, out var list) ? list : mergedInto[to] = []).Add(merged);
        }
        if (mergedInto.Count == 0) return this;
        var segmentToGlobal = _segmentToGlobal.Select(globals => globals.Select(ord => countedAs[ord]).ToArray()).ToArray();
        return new DimensionOrdinals(Field, reader, _map, segmentToGlobal, Documents.Mapped(countedAs),
            mergedInto.ToDictionary(m => m.Key, m => m.Value.Order(StringComparer.Ordinal).ToArray()));
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

    /// <summary>Whether any value is counted under another.</summary>
    public bool MergesValues => _mergedInto.Count > 0;

    /// <summary>The values counted under the value with this ordinal: itself and those merged into it.</summary>
    public IEnumerable<string> ValuesCountedAs(int globalOrd) =>
        _mergedInto.TryGetValue(globalOrd, out var merged) ? [ValueOf(globalOrd), .. merged] : [ValueOf(globalOrd)];

    /// <summary>
    /// The values merged into the value whose words these are, in any case and with or without accents
    /// (<c>people:"paul volcker"</c> → "Volcker"), not counting that value itself; none when it merges nothing. Built on
    /// first use, over the merged values only.
    /// </summary>
    public IReadOnlyList<string> MergedIntoValueWorded(string words) =>
        (_mergedByWords ??= _mergedInto.GroupBy(m => WordsKey(ValueOf(m.Key)), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.SelectMany(m => m.Value).ToArray(), StringComparer.Ordinal))
        .GetValueOrDefault(WordsKey(words)) ?? [];

    private static string WordsKey(string text) => NameFolding.Key(text.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The global ordinal the value is counted under (a merged value's is the one it merges into), or -1 when no document has it.</summary>
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
