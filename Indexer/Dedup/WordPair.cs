namespace SearchEngine.Indexing.Dedup;

/// <summary>
/// A fingerprint's word pair (see <see cref="Fingerprint.Grams"/>): the high 31 bits of the run's hash, and in the
/// lowest bit whether the run lies wholly inside quotation marks in this text. Texts are compared by <see cref="Key"/>,
/// so the same words match whether quoted or not; the flag says only how much a shared pair weighs.
/// </summary>
public static class WordPair
{
    private const uint QuotedBit = 1;

    public static uint Of(ulong runHash, bool quoted) => ((uint)(runHash >> 32) & ~QuotedBit) | (quoted ? QuotedBit : 0);

    /// <summary>What two texts' pairs are matched by. Ascending pairs have ascending keys.</summary>
    public static uint Key(uint pair) => pair & ~QuotedBit;

    public static bool IsQuoted(uint pair) => (pair & QuotedBit) != 0;
}
