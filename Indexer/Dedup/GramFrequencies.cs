namespace SearchEngine.Indexing.Dedup;

/// <summary>
/// How many texts hold each word pair (quoted or not), as a count-min sketch: three shared counters per pair instead of a table of every
/// pair. A count can come out too high (when other pairs share all its counters), never too low. Eight counters for each
/// pair added keep it close while they fit in 8 MB (a million pairs' worth; Reuters-21578 adds four million and gets two
/// each): the decision it serves (is a pair held by a handful of other texts?) turns on single counts, and with four
/// counters a pair METER's strict task flagged one more non-derived story.
/// </summary>
/// <remarks>
/// Every counter of a pair is raised, not only its least ones as a conservative update would: the counts then depend on
/// which texts were added but not on their order, so texts can be added in the order they lie on disk, and a build and
/// an update of the same texts agree. With eight counters a pair it matched the conservative sketch on METER (Reuters:
/// 2,275 pairs off the lists against 2,266; with exact counts, 2,248). Counters are bytes that stop at 255: the decision
/// needs counts only up to twice <see cref="DedupSettings.CommonGramTexts"/>, and a small table stays in the processor's
/// cache more often (every add and every count is a fetch from a random place in it).
/// </remarks>
public sealed class GramFrequencies
{
    private const int BlockBits = 4;

    private readonly byte[] _counts;
    private readonly int _shift;

    /// <param name="expectedTotal">About how many pairs will be added in all; sizes the counters (eight per pair, at most 2^23).</param>
    public GramFrequencies(long expectedTotal)
    {
        var bits = (int)Math.Clamp(64 - long.LeadingZeroCount(Math.Max(1, expectedTotal - 1)) + 3, 12, 23);
        _shift = 64 - (bits - BlockBits);
        _counts = new byte[1 << bits];
    }

    /// <summary>Counts one text's distinct pairs.</summary>
    public void Add(ReadOnlySpan<uint> grams)
    {
        foreach (var gram in grams)
        {
            var (first, second, third) = Slots(gram);
            if (_counts[first] < byte.MaxValue) _counts[first]++;
            if (_counts[second] < byte.MaxValue) _counts[second]++;
            if (_counts[third] < byte.MaxValue) _counts[third]++;
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
        var hash = (WordPair.Key(gram) + 1UL) * 0x9E3779B97F4A7C15;
        var block = (int)(hash >> _shift) << BlockBits;
        return (block + (int)((hash >> (_shift - BlockBits)) & offsetMask),
            block + (int)((hash >> (_shift - 2 * BlockBits)) & offsetMask),
            block + (int)((hash >> (_shift - 3 * BlockBits)) & offsetMask));
    }
}
