using System.Runtime.InteropServices;

namespace SearchEngine.Indexing.Dedup;

/// <summary>
/// Finds each text's best source: the earlier text, within the copy window, that holds the largest share of the later
/// text's distinctive word pairs (those in at most <see cref="DedupSettings.CommonGramShare"/> of all texts). Texts are
/// visited in representative order (by date) with an inverted index of the pairs of the texts still inside the window,
/// so a text meets only earlier texts that share a distinctive pair with it, never the whole collection; shares are
/// then counted exactly on the pairs themselves, not estimated from signatures. A rewritten copy that keeps a quarter of
/// its source's phrasing shares too few whole signature bands with it to be found by LSH, but it shares many pairs.
/// </summary>
/// <remarks>
/// Texts without a date are matched among themselves only: the window cannot place them.
/// </remarks>
internal sealed class PartialCopyFinder(DedupSet set, int[] order, DedupSettings settings)
{
    /// <summary>
    /// A pair held by this many texts inside the window is common there (a template's fixed phrase, a stock line of the
    /// day's reports) and does not count, however rare it is over the whole collection. Its list keeps only this many
    /// (the newest), so walking lists stays cheap.
    /// </summary>
    public const int PostingLimit = 16;

    private readonly Dictionary<uint, Posting> _postings = [];
    private readonly Stack<Posting> _spare = new();
    private readonly Queue<(int Position, uint[] Grams)> _window = new();
    private readonly int[] _shared = new int[order.Length];
    private readonly List<int> _touched = [];
    private readonly List<uint> _posted = [];

    /// <summary>Earlier texts met through a shared pair, summed over the texts that looked for a source.</summary>
    public long ComparedPairs { get; private set; }

    /// <param name="takesPart">Whether the text at a position looks for a source and can be one for later texts.</param>
    /// <returns>Each copy with its source (positions) and the share of the copy's distinctive pairs found in the source.</returns>
    public IEnumerable<(int Copy, int Source, double Containment)> Find(Func<int, bool> takesPart)
    {
        var frequencies = new GramFrequencies(Enumerable.Range(0, set.Count).Sum(s => (long)set.GramCount(s)));
        set.CountGrams(frequencies.Add);
        // In a small collection a share is a handful of texts, which one story's copies alone can hold.
        var commonFrom = Math.Max(settings.CommonGramShare * set.Count, PostingLimit);

        var undated = false;
        for (var i = 0; i < order.Length; i++)
        {
            if (!takesPart(i)) continue;
            var published = set.Published(order[i]);
            if (published is null && !undated)
            {
                undated = true;
                while (_window.Count > 0) Evict();
            }
            if (published is { } now)
                while (_window.Count > 0 && set.Published(order[_window.Peek().Position]) is { } then && (now - then).TotalDays > settings.CopyWindowDays)
                    Evict();

            var counted = Visit(i, set.Grams(order[i]), frequencies, commonFrom);
            if (BestSource(counted) is { } best) yield return (i, best.Source, best.Containment);
        }
    }

    /// <summary>
    /// Walks the lists of the text's distinctive pairs, counting for each earlier text in the window the pairs it
    /// shares with this one, and adds the text to those lists.
    /// </summary>
    /// <returns>How many of the text's pairs counted: distinctive over the collection and not common in the window.</returns>
    private int Visit(int position, uint[] grams, GramFrequencies frequencies, double commonFrom)
    {
        var counted = 0;
        _posted.Clear();
        foreach (var gram in grams)
        {
            if (frequencies.Count(gram) > commonFrom) continue;
            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_postings, gram, out _);
            var list = slot ??= _spare.Count > 0 ? _spare.Pop() : new Posting();
            if (list.Count < PostingLimit)
            {
                counted++;
                for (var k = list.Start; k < list.End; k++)
                    if (_shared[list.Items[k]]++ == 0) _touched.Add(list.Items[k]);
            }
            list.Append(position);
            _posted.Add(gram);
        }
        if (_posted.Count > 0) _window.Enqueue((position, _posted.ToArray()));
        return counted;
    }

    /// <summary>
    /// The earlier text holding the largest share of the counted pairs, at or above the threshold; between equals, the
    /// earlier text. Lists below the limit are complete (a list drops its oldest only while full, and those leave the
    /// window first), so the shares are exact.
    /// </summary>
    private (int Source, double Containment)? BestSource(int counted)
    {
        (int Source, double Containment)? best = null;
        foreach (var candidate in _touched)
        {
            ComparedPairs++;
            var containment = (double)_shared[candidate] / counted;
            if (containment >= settings.ContainmentThreshold
                && (best is null || containment > best.Value.Containment || (containment == best.Value.Containment && candidate < best.Value.Source)))
                best = (candidate, containment);
            _shared[candidate] = 0;
        }
        _touched.Clear();
        return best;
    }

    /// <summary>Takes the oldest text out of the window: it heads each of its pairs' lists unless a list already dropped it.</summary>
    private void Evict()
    {
        var (position, grams) = _window.Dequeue();
        foreach (var gram in grams)
        {
            if (!_postings.TryGetValue(gram, out var posting) || posting.Items[posting.Start] != position) continue;
            posting.RemoveFirst();
            if (posting.Count > 0) continue;
            _postings.Remove(gram);
            _spare.Push(posting);
        }
    }

    /// <summary>The positions holding one pair, oldest first, at most <see cref="PostingLimit"/>.</summary>
    private sealed class Posting
    {
        public int[] Items = new int[2];
        public int Start;
        public int End;

        public void Append(int position)
        {
            if (End - Start == PostingLimit) Start++;
            if (End == Items.Length)
            {
                var live = End - Start;
                if (live <= Items.Length / 2)
                {
                    Array.Copy(Items, Start, Items, 0, live);
                    (Start, End) = (0, live);
                }
                else Array.Resize(ref Items, Items.Length * 2);
            }
            Items[End++] = position;
        }

        public int Count => End - Start;

        public void RemoveFirst()
        {
            if (++Start == End) (Start, End) = (0, 0);
        }
    }
}
