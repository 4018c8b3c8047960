using SearchEngine.Indexing.Dedup;

namespace SearchEngine.Querying.Search;

/// <summary>
/// A word diff's spans as pieces that read through the second text: each run of words preceded by the white space that
/// separates it from the run before, as the second text has it. A deletion has no place in the second text, so the white space around it
/// is a single space where the text has none. So every output, plain, coloured or JSON, keeps words apart at the edges
/// of a change.
/// </summary>
public static class DiffPieces
{
    public static IReadOnlyList<DiffPiece> Of(string first, string second, IReadOnlyList<DiffSpan> spans)
    {
        var pieces = new List<DiffPiece>();
        var read = 0;
        foreach (var span in spans)
        {
            var (kind, text) = span.Operation switch
            {
                DiffOperation.Inserted => (DiffKind.Inserted, second[span.StartB..span.EndB]),
                DiffOperation.Deleted => (DiffKind.Deleted, first[span.StartA..span.EndA]),
                _ => (DiffKind.Kept, second[span.StartB..span.EndB]),
            };
            if (pieces.Count > 0) Add(pieces, DiffKind.Kept, span.StartB > read ? second[read..span.StartB] : " ");
            Add(pieces, kind, text);
            read = Math.Max(read, span.Operation == DiffOperation.Deleted ? span.StartB : span.EndB);
        }
        return pieces;
    }

    private static void Add(List<DiffPiece> pieces, DiffKind kind, string text)
    {
        if (kind == DiffKind.Kept && pieces is [.., { Kind: DiffKind.Kept } last])
            pieces[^1] = last with { Text = last.Text + text };
        else
            pieces.Add(new DiffPiece(kind, text));
    }
}
