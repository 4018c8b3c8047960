using System.Buffers.Binary;

namespace SearchEngine.Indexing.Dedup;

/// <summary>
/// What near-duplicate detection keeps of a text: a hash of its normalised words (equal for exact copies), how many
/// distinct shingles it has (to turn a resemblance estimate into a containment estimate), its MinHash signature, and
/// the sorted hashes of its distinct word pairs (to measure exactly how much of a text another one holds).
/// Each signature value keeps the low 16 bits of its minimum (b-bit MinHash): unrelated texts agree on a value by chance
/// only once in 65,536, a bias far below the estimate's own noise, for half the memory and index space of 32 bits.
/// </summary>
public sealed class Fingerprint : IEquatable<Fingerprint>
{
    private const byte FormatVersion = 4;
    private const int HeaderBytes = 1 + 8 + 4 + 2 + 4;

    private readonly ushort[] _minHashes;
    private readonly uint[] _grams;

    /// <param name="grams">Distinct word-pair hashes in ascending order.</param>
    public Fingerprint(ulong textHash, int shingleCount, ushort[] minHashes, uint[]? grams = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(shingleCount);
        grams ??= [];
        for (var i = 1; i < grams.Length; i++)
            if (grams[i] <= grams[i - 1]) throw new ArgumentException("word-pair hashes must be distinct and in ascending order", nameof(grams));
        TextHash = textHash;
        ShingleCount = shingleCount;
        _minHashes = minHashes;
        _grams = grams;
    }

    public ulong TextHash { get; }

    public int ShingleCount { get; }

    public ReadOnlySpan<ushort> MinHashes => _minHashes;

    public int HashCount => _minHashes.Length;

    /// <summary>The text's distinct word pairs (see <see cref="DedupSettings.GramSize"/> and <see cref="WordPair"/>), ascending.</summary>
    public ReadOnlySpan<uint> Grams => _grams;

    /// <summary>
    /// Little-endian bytes: a format version, the text hash, the shingle count, the signature length and each value
    /// (2 bytes), the word-pair count, then the word pairs as gaps between ascending hashes in 7-bit groups (a text's
    /// pairs take about 3 bytes each rather than 4).
    /// </summary>
    public byte[] ToBytes()
    {
        var buffer = new byte[HeaderBytes + 2 * _minHashes.Length + 5 * _grams.Length];
        buffer[0] = FormatVersion;
        BinaryPrimitives.WriteUInt64LittleEndian(buffer.AsSpan(1), TextHash);
        BinaryPrimitives.WriteInt32LittleEndian(buffer.AsSpan(9), ShingleCount);
        BinaryPrimitives.WriteUInt16LittleEndian(buffer.AsSpan(13), checked((ushort)_minHashes.Length));
        BinaryPrimitives.WriteInt32LittleEndian(buffer.AsSpan(15), _grams.Length);
        var at = HeaderBytes;
        foreach (var value in _minHashes)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(buffer.AsSpan(at), value);
            at += 2;
        }
        var previous = 0u;
        foreach (var gram in _grams)
        {
            for (var gap = gram - previous; ; gap >>= 7)
            {
                if (gap < 0x80)
                {
                    buffer[at++] = (byte)gap;
                    break;
                }
                buffer[at++] = (byte)(gap | 0x80);
            }
            previous = gram;
        }
        return buffer[..at];
    }

    public static Fingerprint FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < HeaderBytes || bytes[0] != FormatVersion)
            throw new FormatException("not a fingerprint in format version " + FormatVersion);
        var minHashes = new ushort[BinaryPrimitives.ReadUInt16LittleEndian(bytes[13..])];
        var grams = new uint[BinaryPrimitives.ReadInt32LittleEndian(bytes[15..])];
        var at = HeaderBytes;
        if (bytes.Length < at + 2 * minHashes.Length) throw new FormatException("the fingerprint's signature is cut short");
        for (var i = 0; i < minHashes.Length; i++, at += 2)
            minHashes[i] = BinaryPrimitives.ReadUInt16LittleEndian(bytes[at..]);
        var previous = 0u;
        for (var i = 0; i < grams.Length; i++)
        {
            var gap = 0u;
            for (var shift = 0; ; shift += 7)
            {
                if (at >= bytes.Length || shift > 28) throw new FormatException("the fingerprint's word pairs are cut short");
                var b = bytes[at++];
                gap |= (uint)(b & 0x7F) << shift;
                if (b < 0x80) break;
            }
            grams[i] = previous += gap;
        }
        if (at != bytes.Length) throw new FormatException("the fingerprint has bytes after its word pairs");
        return new Fingerprint(
            BinaryPrimitives.ReadUInt64LittleEndian(bytes[1..]),
            BinaryPrimitives.ReadInt32LittleEndian(bytes[9..]),
            minHashes,
            grams);
    }

    public bool Equals(Fingerprint? other) =>
        other is not null && TextHash == other.TextHash && ShingleCount == other.ShingleCount
        && MinHashes.SequenceEqual(other.MinHashes) && Grams.SequenceEqual(other.Grams);

    public override bool Equals(object? obj) => Equals(obj as Fingerprint);

    public override int GetHashCode() => HashCode.Combine(TextHash, ShingleCount);
}
