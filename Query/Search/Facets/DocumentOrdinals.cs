using Lucene.Net.Index;

namespace SearchEngine.Querying.Search.Facets;

/// <summary>
/// Every document's global ordinals in one dimension, read into arrays once per reader: counting a match is then an
/// array read and an increment, where doc values cost several virtual calls and a decode per document (most of a
/// query's time at a million articles). A dimension with at most one value per document (outlet, date) keeps one
/// ordinal per document; a multi-valued one (people) keeps each document's run of ordinals, rows packed end to end.
/// Indexed by the reader's document numbers (segment base + segment document); immutable once built.
/// </summary>
internal sealed class DocumentOrdinals
{
    private const int NoValue = -1;

    // Single-valued: null, and ordinals[doc] is the document's ordinal or NoValue.
    // Multi-valued: the document's ordinals are ordinals[rowStart[doc] .. rowStart[doc + 1]).
    private readonly int[]? _rowStart;
    private readonly int[] _ordinals;

    private DocumentOrdinals(int[]? rowStart, int[] ordinals)
    {
        _rowStart = rowStart;
        _ordinals = ordinals;
    }

    public static DocumentOrdinals Read(IndexReader reader, string field, Func<int, int[]> segmentToGlobal)
    {
        var rowStart = new int[reader.MaxDoc + 1];
        var row = new List<int>(reader.MaxDoc);
        var singleValued = true;
        foreach (var leaf in reader.Leaves)
        {
            var values = leaf.AtomicReader.GetSortedSetDocValues(field);
            var toGlobal = segmentToGlobal(leaf.Ord);
            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                var global = leaf.DocBase + doc;
                rowStart[global] = row.Count;
                if (values is null) continue;
                values.SetDocument(doc);
                for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
                    row.Add(toGlobal[ord]);
                singleValued &= row.Count - rowStart[global] <= 1;
            }
        }
        rowStart[reader.MaxDoc] = row.Count;
        return singleValued ? new DocumentOrdinals(null, OnePerDocument(rowStart, row)) : new DocumentOrdinals(rowStart, [.. row]);
    }

    /// <summary>
    /// The same documents with each ordinal replaced by <paramref name="countedAs"/>[ordinal]; a document left with one
    /// ordinal twice keeps it once, so it counts once.
    /// </summary>
    public DocumentOrdinals Mapped(int[] countedAs)
    {
        if (_rowStart is null)
            return new DocumentOrdinals(null, [.. _ordinals.Select(ord => ord == NoValue ? NoValue : countedAs[ord])]);
        var rowStart = new int[_rowStart.Length];
        var ordinals = new int[_ordinals.Length];
        var count = 0;
        for (var doc = 0; doc + 1 < _rowStart.Length; doc++)
        {
            rowStart[doc] = count;
            var row = ordinals.AsSpan(count, _rowStart[doc + 1] - _rowStart[doc]);
            for (var i = 0; i < row.Length; i++) row[i] = countedAs[_ordinals[_rowStart[doc] + i]];
            row.Sort();
            for (var i = 0; i < row.Length; i++)
                if (i == 0 || row[i] != row[i - 1]) ordinals[count++] = row[i];
        }
        rowStart[^1] = count;
        return new DocumentOrdinals(rowStart, ordinals[..count]);
    }

    private static int[] OnePerDocument(int[] rowStart, List<int> row)
    {
        var ordinals = new int[rowStart.Length - 1];
        for (var doc = 0; doc < ordinals.Length; doc++)
            ordinals[doc] = rowStart[doc + 1] > rowStart[doc] ? row[rowStart[doc]] : NoValue;
        return ordinals;
    }

    /// <summary>Adds one to the count of each of the document's values.</summary>
    public void CountInto(int[] counts, int doc)
    {
        if (_rowStart is null)
        {
            var ord = _ordinals[doc];
            if (ord != NoValue) counts[ord]++;
            return;
        }
        for (var i = _rowStart[doc]; i < _rowStart[doc + 1]; i++) counts[_ordinals[i]]++;
    }

    /// <summary>Whether the document has any value whose ordinal is marked in <paramref name="marked"/>.</summary>
    public bool HasAny(int doc, bool[] marked)
    {
        if (_rowStart is null)
        {
            var ord = _ordinals[doc];
            return ord != NoValue && marked[ord];
        }
        for (var i = _rowStart[doc]; i < _rowStart[doc + 1]; i++)
            if (marked[_ordinals[i]]) return true;
        return false;
    }

    /// <summary>The document's ordinals, in ascending order.</summary>
    public ReadOnlySpan<int> Of(int doc) =>
        _rowStart is null
            ? _ordinals[doc] == NoValue ? [] : _ordinals.AsSpan(doc, 1)
            : _ordinals.AsSpan(_rowStart[doc], _rowStart[doc + 1] - _rowStart[doc]);
}
