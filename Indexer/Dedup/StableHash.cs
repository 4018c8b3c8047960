namespace SearchEngine.Indexing.Dedup;

/// <summary>
/// 64-bit hashes that are the same on every run and platform (unlike string.GetHashCode), so signatures can be stored
/// in an index and compared with ones computed later or elsewhere.
/// </summary>
public static class StableHash
{
    public const ulong FnvOffset = 0xcbf29ce484222325;
    public const ulong FnvPrime = 0x100000001b3;

    /// <summary>One step of FNV-1a over a 16-bit code unit, both bytes of it.</summary>
    public static ulong FnvAdd(ulong hash, char c)
    {
        hash = (hash ^ (byte)c) * FnvPrime;
        return (hash ^ (byte)(c >> 8)) * FnvPrime;
    }

    /// <summary>FNV-1a alone mixes its high bits poorly; this finalizer (MurmurHash3's fmix64) spreads every input bit.</summary>
    public static ulong Mix(ulong x)
    {
        x ^= x >> 33;
        x *= 0xff51afd7ed558ccd;
        x ^= x >> 33;
        x *= 0xc4ceb9fe1a85ec53;
        x ^= x >> 33;
        return x;
    }

    /// <summary>Folds a value into a running hash so that the order of the values matters.</summary>
    public static ulong Combine(ulong hash, ulong value) => Mix((hash ^ value) * FnvPrime + 0x9e3779b97f4a7c15);

    /// <summary>The SplitMix64 generator: a reproducible stream of well-spread numbers from one seed.</summary>
    public static ulong SplitMix(ref ulong state)
    {
        var z = state += 0x9e3779b97f4a7c15;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9;
        z = (z ^ (z >> 27)) * 0x94d049bb133111eb;
        return z ^ (z >> 31);
    }
}
