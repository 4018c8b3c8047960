namespace SearchEngine.Indexing.Dedup;

/// <summary>
/// Finds each text's best source: the earlier text, within the copy window, that holds the largest share of the later
/// text's distinctive word pairs (those held by few other texts, in the window and outside it: see
/// <see cref="DedupSettings.CommonGramTexts"/>), or failing that the best of several takes of one other outlet. Texts are visited in representative order (by date) with an inverted
/// index of the pairs of the texts still inside the window, so a text meets only earlier texts that share a distinctive
/// pair with it, never the whole collection; shares are then counted exactly on the pairs themselves, not estimated from
/// signatures. A rewritten copy that keeps a quarter of
/// its source's phrasing shares too few whole signature bands with it to be found by LSH, but it shares many pairs.
/// </summary>
/// <remarks>
/// Texts without a date are matched among themselves only: the window cannot place them.
/// </remarks>
internal sealed class PartialCopyFinder(DedupSet set, int[] order, DedupSettings settings)
{
    /// <summary>The most earlier holders of a pair the window keeps, so the most <see cref="DedupSettings.CommonGramTexts"/> can be.</summary>
    public const int PostingLimit = WindowPostings.Capacity;

    private readonly WindowPostings _postings = new();
    private readonly int[] _shared = new int[order.Length];
    private readonly int[] _earlier = new int[PostingLimit];
    private readonly List<int> _touched = [];
    // For each counted pair of the text being visited: how many earlier texts hold it, then those texts.
    private readonly List<int> _heldBy = [];
    private readonly List<int> _takes = [];
    private readonly bool[] _isTake = new bool[order.Length];
    private readonly Dictionary<int, int> _unionByOutlet = [];

    /// <summary>Earlier texts met through a shared pair, summed over the texts that looked for a source.</summary>
    public long ComparedPairs { get; private set; }

    /// <param name="takesPart">Whether the text at a position looks for a source and can be one for later texts.</param>
    /// <returns>Each copy with its source (positions) and the share of the copy's distinctive pairs found in the source.</returns>
    public IEnumerable<(int Copy, int Source, double Containment)> Find(Func<int, bool> takesPart)
    {
        // A near-duplicate or exact copy is its cluster's earlier text again: counted, it would make its story's phrases
        // common. The sketch's counts do not depend on the order texts are added in, so they are added as they lie on disk.
        var taking = Enumerable.Range(0, order.Length).Where(takesPart).ToArray();
        var counts = new bool[order.Length];
        foreach (var i in taking) counts[order[i]] = true;
        var frequencies = new GramFrequencies(taking.Sum(i => (long)set.GramCount(order[i])));
        set.ForEachGrams((slot, grams) =>
        {
            if (counts[slot]) frequencies.Add(grams);
        });

        var grams = set.ReadGrams();
        var oldestLive = 0;
        var undated = false;
        foreach (var i in taking)
        {
            if (set.Published(order[i]) is { } now)
                while (set.Published(order[oldestLive]) is { } then && (now - then).TotalDays > settings.CopyWindowDays) oldestLive++;
            else if (!undated)
            {
                undated = true;
                oldestLive = i;
            }

            var counted = Visit(i, oldestLive, grams.Of(order[i]), frequencies);
            if (BestSource(i, counted) is { } best) yield return (i, best.Source, best.Containment);
        }
    }

    /// <summary>
    /// Walks the lists of the text's distinctive pairs, counting for each earlier text in the window the pairs it
    /// shares with this one, and adds the text to those lists.
    /// </summary>
    /// <returns>How many of the text's pairs counted: held by few other texts in the window and few outside it.</returns>
    private int Visit(int position, int oldestLive, ReadOnlySpan<uint> grams, GramFrequencies frequencies)
    {
        var common = settings.CommonGramTexts;
        var counted = 0;
        foreach (var gram in grams)
        {
            var holding = frequencies.Count(gram);
            // Held by this many, the pair is common inside or outside any window it could be in: no list needs it.
            if (holding >= 2 * common) continue;
            // The sketch never counts too low, so a pair counted once is this text's alone: it counts, but no list
            // needs it. Most pairs are, and leaving them out keeps the table small.
            if (holding == 1)
            {
                counted++;
                continue;
            }
            var holders = _postings.Add(gram, position, oldestLive, _earlier);
            if (holders >= common || holding - holders - 1 >= common) continue;
            counted++;
            if (holders == 0) continue;
            _heldBy.Add(holders);
            foreach (var holder in _earlier.AsSpan(0, holders))
            {
                _heldBy.Add(holder);
                if (_shared[holder]++ == 0) _touched.Add(holder);
            }
        }
        return counted;
    }

    /// <summary>
    /// The earlier text holding the largest share of the counted pairs, at or above the threshold; between equals, the
    /// earlier text. Failing that, the best of the takes (see <see cref="BestTake"/>). A list holds every text of the
    /// window with the pair until it is full, and a full list's pair does not count, so the shares are exact.
    /// </summary>
    private (int Source, double Containment)? BestSource(int position, int counted)
    {
        (int Source, double Containment)? best = null;
        var outlet = set.OutletOf(order[position]);
        foreach (var candidate in _touched)
        {
            ComparedPairs++;
            var containment = (double)_shared[candidate] / counted;
            if (containment >= settings.ContainmentThreshold && IsBetter(candidate, containment, best))
                best = (candidate, containment);
            if (outlet != 0 && containment >= settings.TakeShare && set.OutletOf(order[candidate]) is var from and not 0 && from != outlet)
                _takes.Add(candidate);
        }
        if (best is null && _takes.Count > 1) best = BestTake(counted);
        foreach (var candidate in _touched) _shared[candidate] = 0;
        _touched.Clear();
        _takes.Clear();
        _heldBy.Clear();
        return best;
    }

    /// <summary>
    /// An agency files a long story in takes that share almost nothing with each other, and another outlet's story may
    /// be written from several of them. So the earlier texts of one other outlet that each hold at least
    /// <see cref="DedupSettings.TakeShare"/> of the text's counted pairs count together: if together they hold
    /// <see cref="DedupSettings.TakesContainment"/>, the text joins the one holding the most. Texts of the text's own
    /// outlet never count together: an outlet's follow-ups reuse its earlier reports' background, and its filled-in
    /// templates share their fixed phrases, without being copies of any one of them.
    /// </summary>
    private (int Source, double Containment)? BestTake(int counted)
    {
        foreach (var take in _takes) _isTake[take] = true;
        Span<int> outlets = stackalloc int[PostingLimit];
        for (var k = 0; k < _heldBy.Count; k += 1 + _heldBy[k])
        {
            var seen = 0;
            for (var h = k + 1; h <= k + _heldBy[k]; h++)
            {
                if (!_isTake[_heldBy[h]]) continue;
                var outlet = set.OutletOf(order[_heldBy[h]]);
                if (outlets[..seen].Contains(outlet)) continue;
                outlets[seen++] = outlet;
                _unionByOutlet[outlet] = _unionByOutlet.GetValueOrDefault(outlet) + 1;
            }
        }
        (int Source, double Containment)? best = null;
        double bestShare = 0;
        foreach (var take in _takes)
        {
            _isTake[take] = false;
            var union = (double)_unionByOutlet[set.OutletOf(order[take])] / counted;
            var share = (double)_shared[take] / counted;
            if (union >= settings.TakesContainment && (best is null || share > bestShare || (share == bestShare && take < best.Value.Source)))
                (best, bestShare) = ((take, union), share);
        }
        _unionByOutlet.Clear();
        return best;
    }

    private static bool IsBetter(int candidate, double containment, (int Source, double Containment)? best) =>
        best is null || containment > best.Value.Containment || (containment == best.Value.Containment && candidate < best.Value.Source);
}
