namespace SearchEngine.Indexing.Dedup;

/// <summary>
/// How many texts hold each word pair, as a count-min sketch: three shared counters per pair instead of a table of every
/// pair, so a million texts' hundred million pairs fit in 4 MB. A count can come out too high (when pairs share all
/// their counters), never too low. Four counters for each pair added, and conservative updates, keep it close: the
/// decision it serves (is a pair held by a handful of other texts?) turns on single counts, and with a quarter of the
/// counters METER lost a true copy to a falsely common pair.
/// </summary>
/// <remarks>
/// Counters are bytes that stop at 255: the decision needs counts only up to twice <see cref="DedupSettings.CommonGramTexts"/>,
/// and a table a quarter the size of one of ints stays in the processor's cache far more often (every add and every
/// count is a fetch from a random place in it).
/// </remarks>
public sealed class GramFrequencies
{
    private const int BlockBits = 4;

    private readonly byte[] _counts;
    private readonly int _shift;

    /// <param name="expectedTotal">About how many pairs will be added in all; sizes the counters (four per pair, at most 2^22).</param>
    public GramFrequencies(long expectedTotal)
    {
        var bits = (int)Math.Clamp(64 - long.LeadingZeroCount(Math.Max(1, expectedTotal - 1)), 12, 20) + 2;
        _shift = 64 - (bits - BlockBits);
        _counts = new byte[1 << bits];
    }

    /// <summary>Counts one text's distinct pairs.</summary>
    public void Add(ReadOnlySpan<uint> grams)
    {
        foreach (var gram in grams)
        {
            var (first, second, third) = Slots(gram);
            var least = Math.Min(_counts[first], Math.Min(_counts[second], _counts[third]));
            if (least == byte.MaxValue) continue;
            // Conservative update: raise only the counters at the minimum, which keeps every estimate an upper bound.
            var raised = (byte)(least + 1);
            if (_counts[first] == least) _counts[first] = raised;
            if (_counts[second] == least) _counts[second] = raised;
            if (_counts[third] == least) _counts[third] = raised;
        }
    }

    /// <summary>The number of texts holding the pair, or a little more; 255 for 255 or more.</summary>
    public int Count(uint gram)
    {
        var (first, second, third) = Slots(gram);
        return Math.Min(_counts[first], Math.Min(_counts[second], _counts[third]));
    }

    /// <summary>
    /// A pair's counters all lie in one block of sixteen bytes (one cache line, rarely two), so a count costs one memory
    /// fetch, not one per counter. The block and the offsets inside it come from different bits of one hash.
    /// </summary>
    private (int, int, int) Slots(uint gram)
    {
        const int offsetMask = (1 << BlockBits) - 1;
        var hash = (gram + 1UL) * 0x9E3779B97F4A7C15;
        var block = (int)(hash >> _shift) << BlockBits;
        return (block + (int)((hash >> (_shift - BlockBits)) & offsetMask),
            block + (int)((hash >> (_shift - 2 * BlockBits)) & offsetMask),
            block + (int)((hash >> (_shift - 3 * BlockBits)) & offsetMask));
    }
}
