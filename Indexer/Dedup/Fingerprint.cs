using System.Buffers.Binary;

namespace SearchEngine.Indexing.Dedup;

/// <summary>
/// What near-duplicate detection keeps of a text: a hash of its normalised words (equal for exact copies), how many
/// distinct shingles it has (to turn a resemblance estimate into a containment estimate), its MinHash signature, and
/// the sorted hashes of its distinct word pairs (to measure exactly how much of a text another one holds), and the
/// keys of the pairs inside each of its longer quotations (to tell words the text quotes from its source from words it
/// quotes from a source of its own).
/// Each signature value keeps the low 16 bits of its minimum (b-bit MinHash): unrelated texts agree on a value by chance
/// only once in 65,536, a bias far below the estimate's own noise, for half the memory and index space of 32 bits.
/// </summary>
public sealed class Fingerprint : IEquatable<Fingerprint>
{
    private const byte FormatVersion = 5;
    private const int HeaderBytes = 1 + 8 + 4 + 2 + 4;

    private readonly ushort[] _minHashes;
    private readonly uint[] _grams;
    private readonly uint[][] _quotations;

    /// <param name="grams">Distinct word-pair hashes in ascending order.</param>
    /// <param name="quotations">For each quotation kept, the distinct keys of its word pairs in ascending order.</param>
    public Fingerprint(ulong textHash, int shingleCount, ushort[] minHashes, uint[]? grams = null, uint[][]? quotations = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(shingleCount);
        grams ??= [];
        quotations ??= [];
        if (!Ascending(grams)) throw new ArgumentException("word-pair hashes must be distinct and in ascending order", nameof(grams));
        if (!quotations.All(Ascending)) throw new ArgumentException("a quotation's pair keys must be distinct and in ascending order", nameof(quotations));
        TextHash = textHash;
        ShingleCount = shingleCount;
        _minHashes = minHashes;
        _grams = grams;
        _quotations = quotations;
    }

    private static bool Ascending(uint[] values)
    {
        for (var i = 1; i < values.Length; i++)
            if (values[i] <= values[i - 1]) return false;
        return true;
    }

    public ulong TextHash { get; }

    public int ShingleCount { get; }

    public ReadOnlySpan<ushort> MinHashes => _minHashes;

    public int HashCount => _minHashes.Length;

    /// <summary>The text's distinct word pairs (see <see cref="DedupSettings.GramSize"/> and <see cref="WordPair"/>), ascending.</summary>
    public ReadOnlySpan<uint> Grams => _grams;

    /// <summary>
    /// The text's quotations of at least <see cref="DedupSettings.QuotationWords"/> words, each as the ascending
    /// <see cref="WordPair.Key"/>s of the word pairs inside it.
    /// </summary>
    public IReadOnlyList<uint[]> Quotations => _quotations;

    /// <summary>
    /// Little-endian bytes: a format version, the text hash, the shingle count, the signature length and each value
    /// (2 bytes), the word-pair count, then the word pairs as gaps between ascending hashes in 7-bit groups (a text's
    /// pairs take about 3 bytes each rather than 4); then the number of quotations and, for each, its pair count and
    /// keys the same way.
    /// </summary>
    public byte[] ToBytes()
    {
        var buffer = new byte[HeaderBytes + 2 * _minHashes.Length + 5 * (_grams.Length + 1 + _quotations.Sum(q => q.Length + 1))];
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
        WriteAscending(buffer, ref at, _grams);
        WriteNumber(buffer, ref at, (uint)_quotations.Length);
        foreach (var quotation in _quotations)
        {
            WriteNumber(buffer, ref at, (uint)quotation.Length);
            WriteAscending(buffer, ref at, quotation);
        }
        return buffer[..at];
    }

    private static void WriteAscending(byte[] buffer, ref int at, uint[] values)
    {
        var previous = 0u;
        foreach (var value in values)
        {
            WriteNumber(buffer, ref at, value - previous);
            previous = value;
        }
    }

    /// <summary>A number in 7-bit groups, least significant first, the high bit set on all but the last.</summary>
    private static void WriteNumber(byte[] buffer, ref int at, uint number)
    {
        for (; number >= 0x80; number >>= 7) buffer[at++] = (byte)(number | 0x80);
        buffer[at++] = (byte)number;
    }

    private static uint ReadNumber(ReadOnlySpan<byte> bytes, ref int at, string what)
    {
        var number = 0u;
        for (var shift = 0; ; shift += 7)
        {
            if (at >= bytes.Length || shift > 28) throw new FormatException($"the fingerprint's {what} are cut short");
            var b = bytes[at++];
            number |= (uint)(b & 0x7F) << shift;
            if (b < 0x80) return number;
        }
    }

    /// <summary>A count of values that follow, each at least a byte long: one the bytes left cannot hold is damage.</summary>
    private static int Count(ReadOnlySpan<byte> bytes, ref int at)
    {
        var count = ReadNumber(bytes, ref at, "quotations");
        return count <= bytes.Length - at ? (int)count : throw new FormatException("the fingerprint's quotations are cut short");
    }

    private static uint[] ReadAscending(ReadOnlySpan<byte> bytes, ref int at, int count, string what)
    {
        if (count > bytes.Length - at) throw new FormatException($"the fingerprint's {what} are cut short");
        var values = new uint[count];
        var previous = 0u;
        for (var i = 0; i < values.Length; i++) values[i] = previous += ReadNumber(bytes, ref at, what);
        return values;
    }

    public static Fingerprint FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < HeaderBytes || bytes[0] != FormatVersion)
            throw new FormatException("not a fingerprint in format version " + FormatVersion);
        var minHashes = new ushort[BinaryPrimitives.ReadUInt16LittleEndian(bytes[13..])];
        var gramCount = BinaryPrimitives.ReadInt32LittleEndian(bytes[15..]);
        var at = HeaderBytes;
        if (bytes.Length < at + 2 * minHashes.Length) throw new FormatException("the fingerprint's signature is cut short");
        for (var i = 0; i < minHashes.Length; i++, at += 2)
            minHashes[i] = BinaryPrimitives.ReadUInt16LittleEndian(bytes[at..]);
        if (gramCount < 0) throw new FormatException("the fingerprint's word-pair count is negative");
        var grams = ReadAscending(bytes, ref at, gramCount, "word pairs");
        var quotations = new uint[Count(bytes, ref at)][];
        for (var q = 0; q < quotations.Length; q++) quotations[q] = ReadAscending(bytes, ref at, Count(bytes, ref at), "quotations");
        if (at != bytes.Length) throw new FormatException("the fingerprint has bytes after its quotations");
        return new Fingerprint(
            BinaryPrimitives.ReadUInt64LittleEndian(bytes[1..]),
            BinaryPrimitives.ReadInt32LittleEndian(bytes[9..]),
            minHashes,
            grams,
            quotations);
    }

    public bool Equals(Fingerprint? other) =>
        other is not null && TextHash == other.TextHash && ShingleCount == other.ShingleCount
        && MinHashes.SequenceEqual(other.MinHashes) && Grams.SequenceEqual(other.Grams)
        && _quotations.Length == other._quotations.Length && _quotations.Zip(other._quotations).All(q => q.First.SequenceEqual(q.Second));

    public override bool Equals(object? obj) => Equals(obj as Fingerprint);

    public override int GetHashCode() => HashCode.Combine(TextHash, ShingleCount);
}
