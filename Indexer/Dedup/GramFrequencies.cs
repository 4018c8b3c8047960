namespace SearchEngine.Indexing.Dedup;

/// <summary>
/// How many texts hold each word pair, as a count-min sketch: a few small rows of counters instead of a table of every
/// pair, so a million texts' hundred million pairs fit in a few megabytes. A count can come out too high (when pairs
/// share all their counters), never too low, and with conservative updates it is off by little more than the total
/// divided by the row width, far below the thousands a common pair reaches in a large collection.
/// </summary>
public sealed class GramFrequencies
{
    private const int Rows = 3;
    private static readonly ulong[] RowMultipliers = [0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9];

    private readonly int[][] _counts;
    private readonly int _shift;

    /// <param name="expectedTotal">About how many pairs will be added in all; sizes the rows.</param>
    public GramFrequencies(long expectedTotal)
    {
        var bits = Math.Clamp(64 - long.LeadingZeroCount(Math.Max(1, expectedTotal - 1)), 12, 20);
        _shift = 64 - (int)bits;
        _counts = [.. Enumerable.Range(0, Rows).Select(_ => new int[1 << (int)bits])];
    }

    /// <summary>Counts one text's distinct pairs.</summary>
    public void Add(ReadOnlySpan<uint> grams)
    {
        Span<int> slots = stackalloc int[Rows];
        foreach (var gram in grams)
        {
            var least = int.MaxValue;
            for (var r = 0; r < Rows; r++)
            {
                slots[r] = Slot(gram, r);
                least = Math.Min(least, _counts[r][slots[r]]);
            }
            // Conservative update: raise only the counters at the minimum, which keeps every estimate an upper bound.
            for (var r = 0; r < Rows; r++)
                if (_counts[r][slots[r]] == least) _counts[r][slots[r]] = least + 1;
        }
    }

    /// <summary>The number of texts holding the pair, or a little more.</summary>
    public int Count(uint gram)
    {
        var least = int.MaxValue;
        for (var r = 0; r < Rows; r++) least = Math.Min(least, _counts[r][Slot(gram, r)]);
        return least;
    }

    private int Slot(uint gram, int row) => (int)(((gram + 1UL) * RowMultipliers[row]) >> _shift);
}
