using System.Numerics;

namespace SearchEngine.Indexing.Dedup;

/// <summary>
/// For one LSH band at a time, the newest text in each bucket (the head of the bucket's chain): an open-addressing
/// table of key and position side by side, so a lookup is one memory fetch where a dictionary takes two, which
/// matters when a million texts each look up every band.
/// </summary>
internal sealed class BucketHeads
{
    private const int Empty = -1;

    private readonly Slot[] _slots;
    private readonly int _mask;

    /// <param name="capacity">The most texts one band will hold.</param>
    public BucketHeads(int capacity)
    {
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, capacity + capacity / 2));
        _slots = new Slot[size];
        _mask = size - 1;
        Clear();
    }

    /// <summary>Makes the bucket's head <paramref name="position"/>.</summary>
    /// <returns>The bucket's previous head, or -1 when the bucket was empty.</returns>
    public int Push(uint key, int position)
    {
        for (var i = (int)((key * 0x9E3779B1u) >> 8) & _mask; ; i = (i + 1) & _mask)
        {
            ref var slot = ref _slots[i];
            if (slot.Head == Empty)
            {
                slot = new Slot(key, position);
                return Empty;
            }
            if (slot.Key == key)
            {
                var previous = slot.Head;
                slot.Head = position;
                return previous;
            }
        }
    }

    /// <summary>Empties every bucket, for the next band.</summary>
    public void Clear() => _slots.AsSpan().Fill(new Slot(0, Empty));

    private struct Slot(uint key, int head)
    {
        public readonly uint Key = key;
        public int Head = head;
    }
}
