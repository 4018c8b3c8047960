using System.Buffers.Binary;

namespace SearchEngine.Indexing.Dedup;

/// <summary>
/// What near-duplicate detection keeps of a text: a hash of its normalised words (equal for exact copies), how many
/// distinct shingles it has (to turn a resemblance estimate into a containment estimate) and its MinHash signature.
/// Each signature value keeps the low 16 bits of its minimum (b-bit MinHash): unrelated texts agree on a value by chance
/// only once in 65,536, a bias far below the estimate's own noise, for half the memory and index space of 32 bits.
/// </summary>
public sealed class Fingerprint : IEquatable<Fingerprint>
{
    private const byte FormatVersion = 2;
    private const int HeaderBytes = 1 + 8 + 4;

    private readonly ushort[] _minHashes;

    public Fingerprint(ulong textHash, int shingleCount, ushort[] minHashes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(shingleCount);
        TextHash = textHash;
        ShingleCount = shingleCount;
        _minHashes = minHashes;
    }

    public ulong TextHash { get; }

    public int ShingleCount { get; }

    public ReadOnlySpan<ushort> MinHashes => _minHashes;

    public int HashCount => _minHashes.Length;

    /// <summary>Little-endian bytes: a format version, the text hash, the shingle count, then each signature value (2 bytes).</summary>
    public byte[] ToBytes()
    {
        var bytes = new byte[HeaderBytes + 2 * _minHashes.Length];
        bytes[0] = FormatVersion;
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(1), TextHash);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(9), ShingleCount);
        for (var i = 0; i < _minHashes.Length; i++)
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(HeaderBytes + 2 * i), _minHashes[i]);
        return bytes;
    }

    public static Fingerprint FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < HeaderBytes || bytes[0] != FormatVersion || (bytes.Length - HeaderBytes) % 2 != 0)
            throw new FormatException("not a fingerprint in format version " + FormatVersion);
        var minHashes = new ushort[(bytes.Length - HeaderBytes) / 2];
        for (var i = 0; i < minHashes.Length; i++)
            minHashes[i] = BinaryPrimitives.ReadUInt16LittleEndian(bytes[(HeaderBytes + 2 * i)..]);
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
