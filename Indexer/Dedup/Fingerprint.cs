using System.Buffers.Binary;

namespace SearchEngine.Indexing.Dedup;

/// <summary>
/// What near-duplicate detection keeps of a text: a hash of its normalised words (equal for exact copies), how many
/// distinct shingles it has (to turn a resemblance estimate into a containment estimate) and its MinHash signature.
/// </summary>
public sealed class Fingerprint : IEquatable<Fingerprint>
{
    private const byte FormatVersion = 1;
    private const int HeaderBytes = 1 + 8 + 4;

    private readonly uint[] _minHashes;

    public Fingerprint(ulong textHash, int shingleCount, uint[] minHashes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(shingleCount);
        TextHash = textHash;
        ShingleCount = shingleCount;
        _minHashes = minHashes;
    }

    public ulong TextHash { get; }

    public int ShingleCount { get; }

    public ReadOnlySpan<uint> MinHashes => _minHashes;

    public int HashCount => _minHashes.Length;

    /// <summary>The signature without a copy, for the clusterer's inner loops.</summary>
    internal uint[] MinHashArray => _minHashes;

    /// <summary>Little-endian bytes: a format version, the text hash, the shingle count, then each signature value (4 bytes).</summary>
    public byte[] ToBytes()
    {
        var bytes = new byte[HeaderBytes + 4 * _minHashes.Length];
        bytes[0] = FormatVersion;
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(1), TextHash);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(9), ShingleCount);
        for (var i = 0; i < _minHashes.Length; i++)
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(HeaderBytes + 4 * i), _minHashes[i]);
        return bytes;
    }

    public static Fingerprint FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < HeaderBytes || bytes[0] != FormatVersion || (bytes.Length - HeaderBytes) % 4 != 0)
            throw new FormatException("not a fingerprint in format version " + FormatVersion);
        var minHashes = new uint[(bytes.Length - HeaderBytes) / 4];
        for (var i = 0; i < minHashes.Length; i++)
            minHashes[i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes[(HeaderBytes + 4 * i)..]);
        return new Fingerprint(
            BinaryPrimitives.ReadUInt64LittleEndian(bytes[1..]),
            BinaryPrimitives.ReadInt32LittleEndian(bytes[9..]),
            minHashes);
    }

    public bool Equals(Fingerprint? other) =>
        other is not null && TextHash == other.TextHash && ShingleCount == other.ShingleCount && MinHashes.SequenceEqual(other.MinHashes);

    public override bool Equals(object? obj) => Equals(obj as Fingerprint);

    public override int GetHashCode() => HashCode.Combine(TextHash, ShingleCount);
}
