namespace SearchEngine.Indexing.Dedup;

/// <summary>
/// How alike two texts' shingle sets are. <see cref="Resemblance"/> is Jaccard's |A∩B| / |A∪B|; <see cref="Containment"/>
/// is the share of the shorter text's shingles found in the longer one, |A∩B| / min(|A|, |B|), so a copy trimmed to
/// its first half, or padded with a byline, still scores 1.
/// </summary>
public readonly record struct Similarity(double Resemblance, double Containment)
{
    public static Similarity None => new(0, 0);

    /// <summary>
    /// Estimates both from the signatures: the share of equal MinHash values estimates resemblance, and with the
    /// shingle counts that gives the intersection, |A∩B| = J(|A|+|B|)/(1+J).
    /// </summary>
    public static Similarity Estimate(Fingerprint a, Fingerprint b)
    {
        if (a.HashCount != b.HashCount)
            throw new ArgumentException($"signatures of {a.HashCount} and {b.HashCount} values cannot be compared");
        if (a.ShingleCount == 0 || b.ShingleCount == 0) return None;
        if (a.TextHash == b.TextHash && a.ShingleCount == b.ShingleCount) return new Similarity(1, 1);
        var x = a.MinHashes;
        var y = b.MinHashes;
        var equal = 0;
        for (var i = 0; i < x.Length; i++)
            if (x[i] == y[i]) equal++;
        var resemblance = (double)equal / x.Length;
        var intersection = resemblance * (a.ShingleCount + b.ShingleCount) / (1 + resemblance);
        return new Similarity(resemblance, Math.Min(1, intersection / Math.Min(a.ShingleCount, b.ShingleCount)));
    }
}
