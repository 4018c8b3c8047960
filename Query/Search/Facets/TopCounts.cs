namespace SearchEngine.Querying.Search.Facets;

/// <summary>The <c>n</c> largest non-zero counts, largest first; equal counts in index order, which is value order for ordinals.</summary>
internal static class TopCounts
{
    public static List<(int Index, int Count)> Select(ReadOnlySpan<int> counts, int n)
    {
        if (n <= 0) return [];
        // A min-heap of the best n so far: its root is the weakest, the smaller count or, on a tie, the later index.
        var best = new PriorityQueue<int, (int Count, int Index)>(n + 1, Comparer<(int Count, int Index)>.Create(
            (a, b) => a.Count != b.Count ? a.Count.CompareTo(b.Count) : b.Index.CompareTo(a.Index)));
        for (var i = 0; i < counts.Length; i++)
        {
            if (counts[i] == 0) continue;
            if (best.Count < n) best.Enqueue(i, (counts[i], i));
            else if (best.TryPeek(out _, out var weakest) && (counts[i] > weakest.Count))
                best.EnqueueDequeue(i, (counts[i], i));
        }
        var top = new List<(int Index, int Count)>(best.Count);
        while (best.TryDequeue(out var index, out var key)) top.Add((index, key.Count));
        top.Reverse();
        return top;
    }
}
