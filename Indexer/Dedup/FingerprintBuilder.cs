using System.Runtime.Intrinsics;
namespace SearchEngine.Indexing.Dedup;

/// <summary>
/// Computes fingerprints: normalised words, word shingles, then a MinHash signature over the distinct shingles, and the
/// distinct word pairs (runs of <see cref="DedupSettings.GramSize"/> words) for exact containment.
/// Thread-safe; build one per settings and reuse it.
/// </summary>
public sealed class FingerprintBuilder
{
    private readonly DedupSettings _settings;
    // Signature value i of a shingle x is the high half of (a[i] * x + b[i]) mod 2^64: a multiply-shift family, cheap
    // and well spread because x is already a mixed 64-bit hash.
    private readonly ulong[] _multipliers;
    private readonly ulong[] _increments;

    public FingerprintBuilder(DedupSettings settings)
    {
        settings.Validate();
        _settings = settings;
        _multipliers = new ulong[settings.HashCount];
        _increments = new ulong[settings.HashCount];
        var state = settings.Seed;
        for (var i = 0; i < settings.HashCount; i++)
        {
            _multipliers[i] = StableHash.SplitMix(ref state) | 1;
            _increments[i] = StableHash.SplitMix(ref state);
        }
    }

    public Fingerprint Compute(string text)
    {
        var words = WordHasher.Hash(text);
        var shingles = DistinctShingles(words, _settings.ShingleSize);
        return new Fingerprint(TextHash(words), shingles.Length, MinHashes(shingles), Grams(words, _settings.GramSize));
    }

    /// <summary>
    /// The high halves of the distinct runs' hashes, ascending (the runs come sorted, so their high halves do too):
    /// 32 bits keep a text's own runs apart and make a chance match between texts one in four billion.
    /// </summary>
    private static uint[] Grams(List<ulong> words, int size)
    {
        var runs = DistinctShingles(words, size);
        var grams = new uint[runs.Length];
        var distinct = 0;
        foreach (var run in runs)
            if (distinct == 0 || (uint)(run >> 32) != grams[distinct - 1]) grams[distinct++] = (uint)(run >> 32);
        return grams[..distinct];
    }

    private static ulong TextHash(List<ulong> words)
    {
        var hash = StableHash.FnvOffset;
        foreach (var word in words) hash = StableHash.Combine(hash, word);
        return StableHash.Combine(hash, (ulong)words.Count);
    }

    /// <summary>Hashes of every run of <paramref name="size"/> words, each once, sorted; a shorter text is one shingle.</summary>
    private static ulong[] DistinctShingles(List<ulong> words, int size)
    {
        if (words.Count == 0) return [];
        var count = Math.Max(1, words.Count - size + 1);
        var shingles = new ulong[count];
        for (var start = 0; start < count; start++)
        {
            var hash = StableHash.FnvOffset;
            for (var i = start; i < Math.Min(start + size, words.Count); i++) hash = StableHash.Combine(hash, words[i]);
            shingles[start] = hash;
        }
        Array.Sort(shingles);
        var distinct = 1;
        for (var i = 1; i < shingles.Length; i++)
            if (shingles[i] != shingles[distinct - 1]) shingles[distinct++] = shingles[i];
        return shingles[..distinct];
    }

    /// <summary>
    /// For each hash function, the least 32-bit value over all shingles, of which the signature keeps the low 16 bits
    /// (truncating before taking the minimum would make small values, and so chance agreements, common). Eight (or four) functions at a time in vector
    /// registers where the processor has them; the arithmetic is the same in every path, so signatures are identical.
    /// </summary>
    private ushort[] MinHashes(ulong[] shingles)
    {
        var count = _multipliers.Length;
        var mins = new ulong[count];
        var i = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            for (; i + Vector512<ulong>.Count <= count; i += Vector512<ulong>.Count)
            {
                var multiplier = Vector512.Create(_multipliers.AsSpan(i, Vector512<ulong>.Count));
                var increment = Vector512.Create(_increments.AsSpan(i, Vector512<ulong>.Count));
                var least = Vector512<ulong>.AllBitsSet;
                foreach (var shingle in shingles)
                    least = Vector512.Min(least, Vector512.ShiftRightLogical(multiplier * shingle + increment, 32));
                least.CopyTo(mins.AsSpan(i));
            }
        }
        else if (Vector256.IsHardwareAccelerated)
        {
            for (; i + Vector256<ulong>.Count <= count; i += Vector256<ulong>.Count)
            {
                var multiplier = Vector256.Create(_multipliers.AsSpan(i, Vector256<ulong>.Count));
                var increment = Vector256.Create(_increments.AsSpan(i, Vector256<ulong>.Count));
                var least = Vector256<ulong>.AllBitsSet;
                foreach (var shingle in shingles)
                    least = Vector256.Min(least, Vector256.ShiftRightLogical(multiplier * shingle + increment, 32));
                least.CopyTo(mins.AsSpan(i));
            }
        }
        for (; i < count; i++)
        {
            var least = ulong.MaxValue;
            foreach (var shingle in shingles)
                least = Math.Min(least, (_multipliers[i] * shingle + _increments[i]) >> 32);
            mins[i] = least;
        }
        return [.. mins.Select(m => (ushort)m)];
    }
}
