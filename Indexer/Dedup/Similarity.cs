using System.Numerics;
using System.Runtime.Intrinsics;

namespace SearchEngine.Indexing.Dedup;

/// <summary>
/// How alike two texts' shingle sets are. <see cref="Resemblance"/> is Jaccard's |A∩B| / |A∪B|; <see cref="Containment"/>
/// is the share of the shorter text's shingles found in the longer one, |A∩B| / min(|A|, |B|), so a copy trimmed to
/// its first half, or padded with a byline, still scores 1.
/// </summary>
public readonly record struct Similarity(double Resemblance, double Containment)
{
    public static Similarity None => new(0, 0);

    public static Similarity Estimate(Fingerprint a, Fingerprint b) =>
        Estimate(a.TextHash, a.ShingleCount, a.MinHashes, b.TextHash, b.ShingleCount, b.MinHashes);

    /// <summary>
    /// For showing two stored texts side by side: resemblance estimated from the signatures, and containment counted
    /// exactly, as the share of the shorter text's word pairs that the other holds (clustering counts only a copy's
    /// distinctive pairs, which needs the whole collection; this needs only the two fingerprints).
    /// </summary>
    public static Similarity Measure(Fingerprint a, Fingerprint b)
    {
        var estimate = Estimate(a, b);
        if (a.Grams.IsEmpty || b.Grams.IsEmpty) return estimate;
        return estimate with { Containment = (double)SharedCount(a.Grams, b.Grams) / Math.Min(a.Grams.Length, b.Grams.Length) };
    }

    /// <summary>Word pairs in both ascending lists, quoted or not, by one merge.</summary>
    private static int SharedCount(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        var shared = 0;
        for (int i = 0, j = 0; i < a.Length && j < b.Length;)
        {
            if (WordPair.Key(a[i]) < WordPair.Key(b[j])) i++;
            else if (WordPair.Key(a[i]) > WordPair.Key(b[j])) j++;
            else
            {
                shared++;
                i++;
                j++;
            }
        }
        return shared;
    }

    /// <summary>
    /// Estimates both from the signatures: the share of equal MinHash values estimates resemblance, and with the
    /// shingle counts that gives the intersection, |A∩B| = J(|A|+|B|)/(1+J).
    /// </summary>
    internal static Similarity Estimate(ulong hashA, int countA, ReadOnlySpan<ushort> a, ulong hashB, int countB, ReadOnlySpan<ushort> b)
    {
        if (a.Length != b.Length)
            throw new ArgumentException($"signatures of {a.Length} and {b.Length} values cannot be compared");
        if (countA == 0 || countB == 0) return None;
        if (hashA == hashB && countA == countB) return new Similarity(1, 1);
        var resemblance = (double)EqualValues(a, b) / a.Length;
        var intersection = resemblance * (countA + countB) / (1 + resemblance);
        return new Similarity(resemblance, Math.Min(1, intersection / Math.Min(countA, countB)));
    }

    /// <summary>Positions where the two signatures agree, sixteen at a time where the processor can.</summary>
    private static int EqualValues(ReadOnlySpan<ushort> a, ReadOnlySpan<ushort> b)
    {
        var equal = 0;
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
            for (; i + Vector256<ushort>.Count <= a.Length; i += Vector256<ushort>.Count)
                equal += BitOperations.PopCount(Vector256.Equals(Vector256.Create(a[i..]), Vector256.Create(b[i..])).ExtractMostSignificantBits());
        for (; i < a.Length; i++)
            if (a[i] == b[i]) equal++;
        return equal;
    }
}
