using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace SearchEngine.Indexing.Dedup;

/// <summary>
/// The texts to cluster, held in columns of chunked arrays rather than one object per text, so a million texts take
/// about 600 bytes each (a 512-byte signature, the id, date, length and exact-copy key) besides their word pairs, and
/// no garbage-collector bookkeeping per text. Adding is safe from several threads; read it only once every add has returned.
/// </summary>
/// <remarks>
/// A set made with a spill file keeps the signatures on disk until <see cref="LoadSignatures"/>, and the word pairs
/// and quotations (a few hundred bytes a text) in a second file beside it for good, read a text at a time, so during a build they do
/// not sit in memory beside the index writer's buffers; disposing the set deletes both files. A chunk of texts is
/// written out in one write per file once every one of its texts has been added (the last chunk stays in memory): a
/// write per text cost a Reuters build a tenth of a second in system calls.
/// </remarks>
public sealed class DedupSet : IDisposable
{
    private const int ChunkBits = 12;
    private const int ChunkSize = 1 << ChunkBits;
    private const long NoDate = long.MinValue;

    private readonly Lock _grow = new();
    private volatile Chunk[] _chunks = [];
    private int _count;
    private readonly Dictionary<string, int> _outletCodes = new(StringComparer.Ordinal);
    private readonly List<string> _outletNames = [];
    private readonly Lock _outletsGate = new();

    private readonly SafeFileHandle? _spill;
    private readonly SafeFileHandle? _gramSpill;
    private long _gramBytes;
    private readonly ConcurrentStack<ushort[]> _freeSignatures = new();
    private readonly ConcurrentStack<uint[]> _freePairs = new();
    private bool _signaturesInMemory;

    public DedupSet(int hashCount, string? spillFile = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(hashCount, 1);
        HashCount = hashCount;
        if (spillFile is null) _signaturesInMemory = true;
        // Create, not CreateNew: a file left by a killed process is ours to overwrite (callers hold the index's write lock).
        else
        {
            _spill = File.OpenHandle(spillFile, FileMode.Create, FileAccess.ReadWrite, FileShare.None, FileOptions.DeleteOnClose);
            _gramSpill = File.OpenHandle(spillFile + GramFileSuffix, FileMode.Create, FileAccess.ReadWrite, FileShare.None, FileOptions.DeleteOnClose);
        }
    }

    /// <summary>Appended to the spill file's name for the file of word pairs.</summary>
    private const string GramFileSuffix = ".pairs";

    public static DedupSet Of(IEnumerable<DedupDocument> documents, int hashCount, string? spillFile = null)
    {
        var set = new DedupSet(hashCount, spillFile);
        try
        {
            foreach (var doc in documents) set.Add(doc.Id, doc.Fingerprint, doc.Published, doc.Length, doc.Outlet);
            return set;
        }
        catch
        {
            set.Dispose();
            throw;
        }
    }

    public int HashCount { get; }

    public int Count => Volatile.Read(ref _count);

    /// <returns>The text's position in the set.</returns>
    public int Add(string id, Fingerprint fingerprint, DateTime? published, int length, string? outlet = null)
    {
        if (fingerprint.HashCount != HashCount)
            throw new ArgumentException($"'{id}' has a signature of {fingerprint.HashCount} values; this set holds {HashCount}");
        var slot = Interlocked.Increment(ref _count) - 1;
        var chunk = ChunkFor(slot);
        var i = slot & (ChunkSize - 1);
        chunk.Ids[i] = id;
        chunk.Published[i] = published?.Ticks ?? NoDate;
        chunk.Lengths[i] = length;
        chunk.Outlets[i] = OutletCode(outlet);
        chunk.TextHashes[i] = fingerprint.TextHash;
        chunk.ShingleCounts[i] = fingerprint.ShingleCount;
        chunk.GramCounts[i] = fingerprint.Grams.Length;
        fingerprint.MinHashes.CopyTo(chunk.Signatures!.AsSpan(i * HashCount, HashCount));
        chunk.Keep(i, fingerprint.Grams, fingerprint.Quotations, _freePairs);
        if (_spill is not null && Interlocked.Increment(ref chunk.Added) == ChunkSize) Spill(chunk, slot >> ChunkBits);
        return slot;
    }

    /// <summary>Writes a chunk whose texts have all been added to the spill files, and hands its arrays to the next chunk.</summary>
    private void Spill(Chunk chunk, int index)
    {
        RandomAccess.Write(_spill!, MemoryMarshal.AsBytes(chunk.Signatures.AsSpan()), SpillOffset(index << ChunkBits));
        var pairs = MemoryMarshal.AsBytes(chunk.Pairs.AsSpan(0, chunk.PairCount));
        var at = Interlocked.Add(ref _gramBytes, pairs.Length) - pairs.Length;
        RandomAccess.Write(_gramSpill!, pairs, at);
        chunk.PairsOffset = at;
        // New arrays for each chunk became large-object garbage that only the rare full collections free.
        _freeSignatures.Push(chunk.Signatures!);
        _freePairs.Push(chunk.Pairs!);
        chunk.Signatures = null;
        chunk.Pairs = null;
    }

    public string Id(int slot) => At(slot).Ids[slot & (ChunkSize - 1)];

    public DateTime? Published(int slot) => At(slot).Published[slot & (ChunkSize - 1)] is var ticks and not NoDate ? new DateTime(ticks) : null;

    public int Length(int slot) => At(slot).Lengths[slot & (ChunkSize - 1)];

    /// <summary>The text's outlet as a small number, the same for texts of the same outlet; 0 when the outlet is unknown.</summary>
    public int OutletOf(int slot) => At(slot).Outlets[slot & (ChunkSize - 1)];

    public string? OutletName(int slot) => OutletOf(slot) is var code and > 0 ? _outletNames[code - 1] : null;

    private int OutletCode(string? outlet)
    {
        if (string.IsNullOrEmpty(outlet)) return 0;
        lock (_outletsGate)
        {
            if (_outletCodes.TryGetValue(outlet, out var code)) return code;
            _outletNames.Add(outlet);
            return _outletCodes[outlet] = _outletNames.Count;
        }
    }

    public ulong TextHash(int slot) => At(slot).TextHashes[slot & (ChunkSize - 1)];

    public int ShingleCount(int slot) => At(slot).ShingleCounts[slot & (ChunkSize - 1)];

    public int GramCount(int slot) => At(slot).GramCounts[slot & (ChunkSize - 1)];

    /// <summary>A reader of texts' word pairs for one thread, cheaper than <see cref="FingerprintOf"/> when the texts are read in about the order they were added.</summary>
    public GramReader ReadGrams() => new(this);

    /// <summary>
    /// Reads texts' word pairs, one after another, without a read of the spill file per text when they come in about
    /// the order they lie there (a build's texts in date order usually do): a read that lands a little ahead of the
    /// previous one fills a window of the file, and reads inside the window come from memory. Reads that jump about are
    /// read alone. A span it returns is valid until its next call.
    /// </summary>
    public sealed class GramReader(DedupSet set)
    {
        private const int WindowBytes = 1 << 20;

        private uint[] _window = [];
        private long _windowStart;
        private int _windowBytes;
        // No read yet: the first is read alone, so reading one text never fills a window.
        private long _previousEnd = long.MaxValue;
        private uint[] _alone = [];

        public TextPairs Of(int slot)
        {
            var chunk = set.At(slot);
            var i = slot & (ChunkSize - 1);
            return new TextPairs(Read(chunk, i, chunk.GramCounts[i] + chunk.QuotationLengths[i]), chunk.GramCounts[i]);
        }

        private ReadOnlySpan<uint> Read(Chunk chunk, int i, int count)
        {
            if (chunk.Pairs is { } inMemory) return inMemory.AsSpan(chunk.PairStarts[i], count);
            ObjectDisposedException.ThrowIf(set._gramSpill!.IsClosed, set);
            var offset = chunk.PairsOffset + (long)chunk.PairStarts[i] * sizeof(uint);
            var bytes = (long)count * sizeof(uint);
            var previousEnd = _previousEnd;
            _previousEnd = offset + bytes;
            if (offset >= _windowStart && offset + bytes <= _windowStart + _windowBytes)
                return _window.AsSpan((int)((offset - _windowStart) / sizeof(uint)), count);
            if (bytes <= WindowBytes && offset >= previousEnd && offset - previousEnd < WindowBytes)
            {
                if (_window.Length == 0) _window = new uint[WindowBytes / sizeof(uint)];
                _windowStart = offset;
                _windowBytes = RandomAccess.Read(set._gramSpill, MemoryMarshal.AsBytes(_window.AsSpan()), offset);
                if (_windowBytes < bytes) throw new IOException("the near-duplicate word-pair file ended early");
                return _window.AsSpan(0, count);
            }
            if (_alone.Length < count) _alone = new uint[Math.Max(count, 2 * _alone.Length)];
            var alone = _alone.AsSpan(0, count);
            ReadFully(set._gramSpill, MemoryMarshal.AsBytes(alone), offset, "word-pair");
            return alone;
        }
    }

    /// <summary>
    /// Calls <paramref name="visit"/> with every text's word pairs in the order the texts were added: for a spilled
    /// chunk, one read of the file, where <see cref="FingerprintOf"/> reads once per text.
    /// </summary>
    public void ForEachGrams(GramVisitor visit)
    {
        var count = Count;
        var buffer = Array.Empty<uint>();
        for (var c = 0; c * ChunkSize < count; c++)
        {
            var chunk = _chunks[c];
            var texts = Math.Min(ChunkSize, count - c * ChunkSize);
            var pairs = chunk.Pairs;
            if (pairs is null)
            {
                // A spilled chunk's pairs lie together in the file.
                ObjectDisposedException.ThrowIf(_gramSpill!.IsClosed, this);
                if (buffer.Length < chunk.PairCount) buffer = new uint[chunk.PairCount];
                var bytes = MemoryMarshal.AsBytes(buffer.AsSpan(0, chunk.PairCount));
                ReadFully(_gramSpill, bytes, chunk.PairsOffset, "word-pair");
                pairs = buffer;
            }
            for (var i = 0; i < texts; i++) visit(c * ChunkSize + i, pairs.AsSpan(chunk.PairStarts[i], chunk.GramCounts[i]));
        }
    }

    public delegate void GramVisitor(int slot, ReadOnlySpan<uint> grams);

    /// <summary>
    /// A text's word pairs and, after them in the same run of values, its quotations: each its pair count, then its
    /// pair keys.
    /// </summary>
    public readonly ref struct TextPairs(ReadOnlySpan<uint> values, int gramCount)
    {
        private readonly ReadOnlySpan<uint> _values = values;

        public ReadOnlySpan<uint> Grams => _values[..gramCount];

        public QuotationReader Quotations => new(_values[gramCount..]);
    }

    /// <summary>Goes through a text's quotations as stored after its word pairs.</summary>
    public ref struct QuotationReader(ReadOnlySpan<uint> values)
    {
        private readonly ReadOnlySpan<uint> _values = values;
        private int _next;

        public ReadOnlySpan<uint> Current { get; private set; }

        public readonly QuotationReader GetEnumerator() => this;

        public bool MoveNext()
        {
            if (_next >= _values.Length) return false;
            var length = (int)_values[_next];
            Current = _values.Slice(_next + 1, length);
            _next += 1 + length;
            return true;
        }
    }

    public ReadOnlySpan<ushort> Signature(int slot) =>
        (_signaturesInMemory ? At(slot).Signatures! : throw new InvalidOperationException("the signatures are on disk: load them first"))
        .AsSpan((slot & (ChunkSize - 1)) * HashCount, HashCount);

    /// <summary>Reads spilled signatures back into memory, in one sequential pass; a set without a spill file has them already.</summary>
    public void LoadSignatures()
    {
        if (_signaturesInMemory) return;
        ObjectDisposedException.ThrowIf(_spill is null || _spill.IsClosed, this);
        var count = Count;
        for (var c = 0; c * ChunkSize < count; c++)
        {
            var chunk = _chunks[c];
            if (chunk.Signatures is not null) continue;
            chunk.Signatures = new ushort[ChunkSize * HashCount];
            var texts = Math.Min(ChunkSize, count - c * ChunkSize);
            var bytes = MemoryMarshal.AsBytes(chunk.Signatures.AsSpan(0, texts * HashCount));
            ReadFully(_spill, bytes, SpillOffset(c * ChunkSize), "signature");
        }
        _signaturesInMemory = true;
    }

    public void Dispose()
    {
        _spill?.Dispose();
        _gramSpill?.Dispose();
        if (_spill is null) return;
        foreach (var chunk in _chunks)
        {
            chunk?.Signatures = null;
            chunk?.Pairs = null;
        }
        _signaturesInMemory = false;
    }

    private static void ReadFully(SafeFileHandle file, Span<byte> bytes, long offset, string kind)
    {
        if (RandomAccess.Read(file, bytes, offset) != bytes.Length)
            throw new IOException($"the near-duplicate {kind} file ended early");
    }

    private long SpillOffset(int slot) => (long)slot * HashCount * sizeof(ushort);

    /// <summary>The text's whole fingerprint; its word pairs and quotations from disk, in one read, when the set spills.</summary>
    public Fingerprint FingerprintOf(int slot)
    {
        var pairs = ReadGrams().Of(slot);
        var quotations = new List<uint[]>();
        foreach (var quotation in pairs.Quotations) quotations.Add(quotation.ToArray());
        return new(TextHash(slot), ShingleCount(slot), Signature(slot).ToArray(), pairs.Grams.ToArray(), [.. quotations]);
    }

    public Similarity Similarity(int a, int b) =>
        Dedup.Similarity.Estimate(TextHash(a), ShingleCount(a), Signature(a), TextHash(b), ShingleCount(b), Signature(b));

    private Chunk At(int slot)
    {
        if ((uint)slot >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(slot), $"no text at position {slot} of {Count}");
        return _chunks[slot >> ChunkBits];
    }

    private Chunk ChunkFor(int slot)
    {
        var index = slot >> ChunkBits;
        var chunks = _chunks;
        if (index < chunks.Length && chunks[index] is { } existing) return existing;
        lock (_grow)
        {
            chunks = _chunks;
            if (index >= chunks.Length)
            {
                // Only the table of chunks doubles; each chunk is allocated when its first text arrives.
                Array.Resize(ref chunks, Math.Max(index + 1, chunks.Length * 2));
                _chunks = chunks;
            }
            return chunks[index] ??= new Chunk(_freeSignatures.TryPop(out var free) ? free : new ushort[ChunkSize * HashCount]);
        }
    }

    private sealed class Chunk(ushort[] signatures)
    {
        public readonly string[] Ids = new string[ChunkSize];
        public readonly long[] Published = new long[ChunkSize];
        public readonly int[] Lengths = new int[ChunkSize];
        public readonly int[] Outlets = new int[ChunkSize];
        public readonly ulong[] TextHashes = new ulong[ChunkSize];
        public readonly int[] ShingleCounts = new int[ChunkSize];
        public readonly int[] GramCounts = new int[ChunkSize];
        // Values after a text's word pairs that hold its quotations (see TextPairs).
        public readonly int[] QuotationLengths = new int[ChunkSize];
        // The texts' word pairs (and quotations) one after another, in the order they arrived; each text's start in PairStarts. Copied
        // rather than referenced, so a fingerprint's own array dies young instead of ageing into the oldest generation.
        public readonly int[] PairStarts = new int[ChunkSize];
        public int PairCount;
        public long PairsOffset;
        private readonly Lock _pairsGate = new();
        // Null once a spilling set has written the chunk out.
        public uint[]? Pairs;
        public ushort[]? Signatures = signatures;
        public int Added;

        public void Keep(int i, ReadOnlySpan<uint> grams, IReadOnlyList<uint[]> quotations, ConcurrentStack<uint[]> free)
        {
            var quotationLength = 0;
            foreach (var quotation in quotations) quotationLength += 1 + quotation.Length;
            var length = grams.Length + quotationLength;
            lock (_pairsGate)
            {
                if (Pairs is null || PairCount + length > Pairs.Length)
                {
                    var larger = Pairs is null && free.TryPop(out var recycled) ? recycled : [];
                    if (larger.Length < PairCount + length)
                        larger = new uint[Math.Max(PairCount + length, Math.Max(1024, 2 * (Pairs?.Length ?? 0)))];
                    Pairs?.AsSpan(0, PairCount).CopyTo(larger);
                    Pairs = larger;
                }
                PairStarts[i] = PairCount;
                QuotationLengths[i] = quotationLength;
                grams.CopyTo(Pairs.AsSpan(PairCount));
                PairCount += grams.Length;
                foreach (var quotation in quotations)
                {
                    Pairs[PairCount++] = (uint)quotation.Length;
                    quotation.CopyTo(Pairs.AsSpan(PairCount));
                    PairCount += quotation.Length;
                }
            }
        }
    }
}
