using System.Globalization;

namespace SearchEngine.Indexing.Dedup;

/// <summary>
/// Lookup keys for finding possible duplicates without comparing every pair: the exact-copy key (the normalised text
/// hash) and one key per LSH band (a hash of that band's signature values). Two texts are compared only when they
/// share a key, and a pair with resemblance J shares at least one band with probability 1 - (1 - J^rows)^bands.
/// </summary>
public static class DuplicateKeys
{
    /// <summary>Keys as index terms: <c>x.&lt;hash&gt;</c> for the exact copy, <c>b&lt;band&gt;.&lt;hash&gt;</c> per band.</summary>
    public static IReadOnlyList<string> For(Fingerprint fingerprint, DedupSettings settings) =>
        Slots(fingerprint, settings).Select(Term).ToList();

    /// <summary>A key of <see cref="Slots"/> as its index term.</summary>
    internal static string Term((int Band, ulong Hash) key) => key.Band < 0
        ? "x." + key.Hash.ToString("x16", CultureInfo.InvariantCulture)
        : "b" + key.Band.ToString("d3", CultureInfo.InvariantCulture) + "." + key.Hash.ToString("x16", CultureInfo.InvariantCulture);

    /// <summary>
    /// The keys with the band they belong to (-1 for the exact-copy key). An empty text has none; a text shorter than
    /// <see cref="DedupSettings.MinShingles"/> has only the exact-copy key.
    /// </summary>
    internal static IEnumerable<(int Band, ulong Hash)> Slots(Fingerprint fingerprint, DedupSettings settings)
    {
        if (fingerprint.ShingleCount == 0) yield break;
        if (fingerprint.HashCount != settings.HashCount)
            throw new ArgumentException($"a signature of {fingerprint.HashCount} values does not match settings with {settings.HashCount}");
        yield return (-1, fingerprint.TextHash);
        if (fingerprint.ShingleCount < settings.MinShingles) yield break;
        for (var band = 0; band < settings.BandCount; band++)
            yield return (band, BandHash(fingerprint.MinHashes, band, settings.BandRows));
    }

    internal static ulong BandHash(ReadOnlySpan<ushort> minHashes, int band, int rows)
    {
        var hash = StableHash.Combine(StableHash.FnvOffset, (ulong)band);
        foreach (var value in minHashes.Slice(band * rows, rows)) hash = StableHash.Combine(hash, value);
        return hash;
    }
}
