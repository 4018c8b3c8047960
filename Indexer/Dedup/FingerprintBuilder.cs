using System.Buffers;
using System.Numerics;
using System.Runtime.Intrinsics;
namespace SearchEngine.Indexing.Dedup;

/// <summary>
/// Computes fingerprints: normalised words, word shingles, then a MinHash signature over the distinct shingles, and the
/// distinct word pairs (runs of <see cref="DedupSettings.GramSize"/> words) for exact containment, and the pairs of
/// each quotation of at least <see cref="DedupSettings.QuotationWords"/> words.
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
        var quoted = new List<bool>();
        var words = WordHasher.Hash(text, quoted);
        var (shingles, pairs) = RunHashes(words, _settings.ShingleSize, _settings.GramSize);
        shingles = Distinct(shingles);
        return new Fingerprint(TextHash(words), shingles.Length, MinHashes(shingles), Grams(pairs, quoted, _settings.GramSize),
            Quotations(pairs, quoted, _settings.GramSize, _settings.QuotationWords));
    }

    /// <summary>
    /// The keys of the pairs inside each run of at least <paramref name="minWords"/> words inside quotation marks.
    /// Two quotations with nothing but marks between them read as one, which changes no pair they hold.
    /// </summary>
    private static uint[][] Quotations(ulong[] runs, List<bool> quotedWords, int size, int minWords)
    {
        var quotations = new List<uint[]>();
        for (var start = 0; start < quotedWords.Count;)
        {
            var end = start;
            while (end < quotedWords.Count && quotedWords[end]) end++;
            if (end - start >= minWords)
            {
                var keys = new uint[end - start - size + 1];
                for (var k = 0; k < keys.Length; k++) keys[k] = WordPair.Key(WordPair.Of(runs[start + k], quoted: false));
                Array.Sort(keys);
                var distinct = 0;
                foreach (var key in keys)
                    if (distinct == 0 || key != keys[distinct - 1]) keys[distinct++] = key;
                quotations.Add(distinct == keys.Length ? keys : keys[..distinct]);
            }
            start = end + 1;
        }
        return [.. quotations];
    }

    /// <summary>
    /// The distinct runs as <see cref="WordPair"/>s, ascending (they are stored as gaps): 31 bits of hash keep a text's
    /// own runs apart and make a chance match between texts one in two billion. A run found both inside and outside
    /// quotation marks counts as narrative: the unquoted value is the smaller, so it is the one kept.
    /// </summary>
    private static uint[] Grams(ulong[] runs, List<bool> quotedWords, int size)
    {
        var grams = new uint[runs.Length];
        // Words inside quotation marks so far in a row, so a run's test costs one comparison.
        var quotedInARow = 0;
        for (var word = 0; word < quotedWords.Count; word++)
        {
            quotedInARow = quotedWords[word] ? quotedInARow + 1 : 0;
            var start = word - Math.Min(size, quotedWords.Count) + 1;
            if (start >= 0 && start < runs.Length) grams[start] = WordPair.Of(runs[start], quotedInARow >= Math.Min(size, quotedWords.Count));
        }
        RadixSort(grams);
        var distinct = 0;
        foreach (var gram in grams)
            if (distinct == 0 || WordPair.Key(gram) != WordPair.Key(grams[distinct - 1])) grams[distinct++] = gram;
        return grams[..distinct];
    }

    /// <summary>
    /// Sorts by bytes, least significant first: four passes over the values with no comparisons, where a comparison
    /// sort of random hashes mispredicts every other branch (a sixth of the fingerprint time in a profile of a build).
    /// </summary>
    private static void RadixSort(uint[] values)
    {
        if (values.Length < 64)
        {
            Array.Sort(values);
            return;
        }
        Span<int> counts = stackalloc int[4 * 256];
        counts.Clear();
        foreach (var value in values)
            for (var b = 0; b < 4; b++) counts[b * 256 + (int)((value >> (8 * b)) & 0xFF)]++;
        var scratch = ArrayPool<uint>.Shared.Rent(values.Length);
        try
        {
            var from = values.AsSpan();
            var to = scratch.AsSpan(0, values.Length);
            for (var b = 0; b < 4; b++)
            {
                var offsets = counts.Slice(b * 256, 256);
                for (int digit = 0, sum = 0; digit < 256; digit++) (offsets[digit], sum) = (sum, sum + offsets[digit]);
                foreach (var value in from) to[offsets[(int)((value >> (8 * b)) & 0xFF)]++] = value;
                var swap = from;
                from = to;
                to = swap;
            }
            // An even number of passes: the sorted values are back in the caller's array.
        }
        finally
        {
            ArrayPool<uint>.Shared.Return(scratch);
        }
    }

    private static ulong TextHash(List<ulong> words)
    {
        var hash = StableHash.FnvOffset;
        foreach (var word in words) hash = StableHash.Combine(hash, word);
        return StableHash.Combine(hash, (ulong)words.Count);
    }

    /// <summary>Runs of <paramref name="size"/> words in the text; a shorter text is one run, an empty one none.</summary>
    private static int RunCount(List<ulong> words, int size) => words.Count == 0 ? 0 : Math.Max(1, words.Count - size + 1);

    /// <summary>
    /// The hash of every run of <paramref name="shingleSize"/> words and of every run of <paramref name="gramSize"/>
    /// words, from one running hash per start: a run's hash extends its shorter prefix's, so the shorter runs come free.
    /// </summary>
    private static (ulong[] Shingles, ulong[] Grams) RunHashes(List<ulong> words, int shingleSize, int gramSize)
    {
        var shingles = new ulong[RunCount(words, shingleSize)];
        var grams = new ulong[RunCount(words, gramSize)];
        var longest = Math.Max(shingleSize, gramSize);
        for (var start = 0; start < Math.Max(shingles.Length, grams.Length); start++)
        {
            // A text shorter than a run is one run of all its words.
            var shingleEnd = start + Math.Min(shingleSize, words.Count - start);
            var gramEnd = start + Math.Min(gramSize, words.Count - start);
            var hash = StableHash.FnvOffset;
            for (var i = start; i < Math.Min(start + longest, words.Count); i++)
            {
                hash = StableHash.Combine(hash, words[i]);
                if (i + 1 == shingleEnd && start < shingles.Length) shingles[start] = hash;
                if (i + 1 == gramEnd && start < grams.Length) grams[start] = hash;
            }
        }
        return (shingles, grams);
    }

    /// <summary>
    /// Each value once, in no particular order: MinHash takes minima, which neither order nor repeats change, so a small
    /// hash table finds the repeats (sorting cost a build more).
    /// </summary>
    private static ulong[] Distinct(ulong[] runs)
    {
        if (runs.Length == 0) return runs;
        var bits = BitOperations.Log2((uint)runs.Length) + 2;
        var table = ArrayPool<ulong>.Shared.Rent(1 << bits);
        try
        {
            var seen = table.AsSpan(0, 1 << bits);
            seen.Clear();
            var mask = seen.Length - 1;
            // Zero marks an empty slot, so a run hashing to zero is remembered apart.
            var sawZero = false;
            var distinct = 0;
            foreach (var hash in runs)
            {
                if (hash == 0)
                {
                    if (!sawZero) runs[distinct++] = hash;
                    sawZero = true;
                    continue;
                }
                var slot = (int)(hash >> (64 - bits));
                while (seen[slot] != 0 && seen[slot] != hash) slot = (slot + 1) & mask;
                if (seen[slot] == hash) continue;
                seen[slot] = hash;
                runs[distinct++] = hash;
            }
            return distinct == runs.Length ? runs : runs[..distinct];
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(table);
        }
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
