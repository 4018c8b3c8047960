namespace SearchEngine.Indexing.Dedup;

/// <summary>
/// For each word pair, the newest positions (at most <see cref="Capacity"/>) of the texts holding it, for texts added in
/// ascending position. Built for the partial-copy pass, which looks up every pair of every text: one open-addressing
/// table of small structs instead of a dictionary of list objects, the first position kept in the entry itself (most
/// pairs are held by one text of the window), and the rest in a ring of one cache line. Positions that have left the
/// window are not removed one by one: they are skipped when a list is read, and whole entries whose positions have all
/// left are dropped when the table fills up.
/// </summary>
public sealed class WindowPostings
{
    /// <summary>The most positions a list holds; a full list drops its oldest.</summary>
    public const int Capacity = 16;

    private Entry[] _entries = new Entry[1 << 10];
    private int _used;
    private int[] _rings = new int[Capacity * 64];
    private int _ringsAllocated;
    private readonly Stack<int> _freeRings = new();

    /// <summary>
    /// Copies the positions at or after <paramref name="oldestLive"/> holding <paramref name="pair"/> into
    /// <paramref name="earlier"/>, oldest first, then adds <paramref name="position"/> to the pair's list.
    /// </summary>
    /// <param name="position">Greater than every position added before.</param>
    /// <param name="earlier">Room for <see cref="Capacity"/> positions.</param>
    /// <returns>How many earlier positions were copied.</returns>
    public int Add(uint pair, int position, int oldestLive, Span<int> earlier)
    {
        if (_used >= _entries.Length / 4 * 3) MakeRoom(oldestLive);
        ref var entry = ref Find(pair);
        if (!entry.Occupied)
        {
            entry = new Entry(pair, position);
            _used++;
            return 0;
        }
        Trim(ref entry, oldestLive);
        var count = entry.Count;
        if (!entry.HasRing)
        {
            if (count == 0) entry.Value = position;
            else
            {
                earlier[0] = entry.Value;
                var ring = TakeRing();
                _rings[ring] = entry.Value;
                _rings[ring + 1] = position;
                entry.MoveToRing(ring);
            }
            entry.Count = count + 1;
            return count;
        }
        var at = entry.Value;
        var start = entry.Start;
        for (var k = 0; k < count; k++) earlier[k] = _rings[at + ((start + k) & (Capacity - 1))];
        if (count == Capacity)
        {
            _rings[at + start] = position;
            entry.Start = (start + 1) & (Capacity - 1);
        }
        else
        {
            _rings[at + ((start + count) & (Capacity - 1))] = position;
            entry.Count = count + 1;
        }
        return count;
    }

    /// <summary>Forgets positions before <paramref name="oldestLive"/> at the front of the list (they are oldest first).</summary>
    private void Trim(ref Entry entry, int oldestLive)
    {
        if (!entry.HasRing)
        {
            if (entry.Count == 1 && entry.Value < oldestLive) entry.Count = 0;
            return;
        }
        while (entry.Count > 0 && _rings[entry.Value + entry.Start] < oldestLive)
        {
            entry.Start = (entry.Start + 1) & (Capacity - 1);
            entry.Count--;
        }
    }

    /// <summary>The pair's entry, or the empty one where it would go. Pairs are hashes already, so their low bits place them.</summary>
    private ref Entry Find(uint pair)
    {
        var mask = _entries.Length - 1;
        for (var slot = (int)(pair & mask); ; slot = (slot + 1) & mask)
        {
            ref var entry = ref _entries[slot];
            if (!entry.Occupied || entry.Pair == pair) return ref entry;
        }
    }

    /// <summary>
    /// Drops the entries whose positions have all left the window, then doubles the table while the rest would fill more
    /// than three eighths of it. An entry is dropped once after being added once, so sweeps cost no more than the adds.
    /// </summary>
    private void MakeRoom(int oldestLive)
    {
        var old = _entries;
        var live = 0;
        foreach (ref var entry in old.AsSpan())
        {
            if (!entry.Occupied) continue;
            Trim(ref entry, oldestLive);
            if (entry.Count > 0) live++;
            else if (entry.HasRing) _freeRings.Push(entry.Value);
        }
        var size = old.Length;
        while (live >= size / 8 * 3) size *= 2;
        _entries = new Entry[size];
        _used = 0;
        foreach (var entry in old)
        {
            if (!entry.Occupied || entry.Count == 0) continue;
            Find(entry.Pair) = entry;
            _used++;
        }
    }

    private int TakeRing()
    {
        if (_freeRings.Count > 0) return _freeRings.Pop();
        if (_ringsAllocated + Capacity > _rings.Length) Array.Resize(ref _rings, _rings.Length * 2);
        var ring = _ringsAllocated;
        _ringsAllocated += Capacity;
        return ring;
    }

    /// <summary>
    /// Twelve bytes: the pair; its one position, or the offset of its ring once it has had two; and a state word
    /// (occupied, has a ring, count, ring start), so four entries share a cache line.
    /// </summary>
    private struct Entry(uint pair, int position)
    {
        private const int OccupiedBit = 1;
        private const int RingBit = 2;
        private const int CountShift = 2;
        private const int CountMask = 0x1F << CountShift;
        private const int StartShift = 7;
        private const int StartMask = (Capacity - 1) << StartShift;

        public readonly uint Pair = pair;
        public int Value = position;
        private int _state = OccupiedBit | (1 << CountShift);

        public readonly bool Occupied => (_state & OccupiedBit) != 0;

        public readonly bool HasRing => (_state & RingBit) != 0;

        public int Count
        {
            readonly get => (_state & CountMask) >> CountShift;
            set => _state = (_state & ~CountMask) | (value << CountShift);
        }

        public int Start
        {
            readonly get => (_state & StartMask) >> StartShift;
            set => _state = (_state & ~StartMask) | (value << StartShift);
        }

        public void MoveToRing(int ring)
        {
            Value = ring;
            Start = 0;
            _state |= RingBit;
        }
    }
}
