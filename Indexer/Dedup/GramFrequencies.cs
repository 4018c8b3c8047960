namespace SearchEngine.Indexing.Dedup;

/// <summary>
/// How many texts hold each word pair, as a count-min sketch: three shared counters per pair instead of a table of every
/// pair, so a million texts' hundred million pairs fit in 16 MB. A count can come out too high (when pairs share all
/// their counters), never too low. Four counters for each pair added, and conservative updates, keep it close: the
/// decision it serves (is a pair held by a handful of other texts?) turns on single counts, and with a quarter of the
/// counters METER lost a true copy to a falsely common pair.
/// </summary>
public sealed class GramFrequencies
{
    private const int Rows = 3;
    private const int BlockBits = 4;

    private readonly int[] _counts;
    private readonly int _shift;

    /// <param name="expectedTotal">About how many pairs will be added in all; sizes the counters (four per pair, at most 2^22).</param>
    public GramFrequencies(long expectedTotal)
    {
        var bits = (int)Math.Clamp(64 - long.LeadingZeroCount(Math.Max(1, expectedTotal - 1)), 12, 20) + 2;
        _shift = 64 - (bits - BlockBits);
        _counts = new int[1 << bits];
    }

    /// <summary>Counts one text's distinct pairs.</summary>
    public void Add(ReadOnlySpan<uint> grams)
    {
        Span<int> slots = stackalloc int[Rows];
        foreach (var gram in grams)
        {
            Slots(gram, slots);
            var least = int.MaxValue;
            foreach (var slot in slots) least = Math.Min(least, _counts[slot]);
            // Conservative update: raise only the counters at the minimum, which keeps every estimate an upper bound.
            foreach (var slot in slots)
                if (_counts[slot] == least) _counts[slot] = least + 1;
        }
    }

    /// <summary>The number of texts holding the pair, or a little more.</summary>
    public int Count(uint gram)
    {
        Span<int> slots = stackalloc int[Rows];
        Slots(gram, slots);
        var least = int.MaxValue;
        foreach (var slot in slots) least = Math.Min(least, _counts[slot]);
        return least;
    }

    /// <summary>
    /// A pair's counters all lie in one block of sixteen (one or two cache lines), so a count costs one memory fetch, not
    /// one per counter. The block and the offsets inside it come from different bits of one hash.
    /// </summary>
    private void Slots(uint gram, Span<int> slots)
    {
        var hash = (gram + 1UL) * 0x9E3779B97F4A7C15;
        var block = (int)(hash >> _shift) << BlockBits;
        for (var r = 0; r < Rows; r++)
            slots[r] = block + (int)((hash >> (_shift - BlockBits * (r + 1))) & ((1 << BlockBits) - 1));
    }
}
