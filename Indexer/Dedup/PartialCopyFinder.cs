namespace SearchEngine.Indexing.Dedup;

/// <summary>
/// Finds each text's best source: the earlier text, within the copy window, that holds the largest share of the later
/// text's distinctive word pairs (those held by few other texts, in the window and outside it: see
/// <see cref="DedupSettings.CommonGramTexts"/>). Texts are visited in representative order (by date) with an inverted
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

    /// <summary>Earlier texts met through a shared pair, summed over the texts that looked for a source.</summary>
    public long ComparedPairs { get; private set; }

    /// <param name="takesPart">Whether the text at a position looks for a source and can be one for later texts.</param>
    /// <returns>Each copy with its source (positions) and the share of the copy's distinctive pairs found in the source.</returns>
    public IEnumerable<(int Copy, int Source, double Containment)> Find(Func<int, bool> takesPart)
    {
        // A near-duplicate or exact copy is its cluster's earlier text again: counted, it would make its story's phrases
        // common. Counted in representative order, as a sketch's conservative counts depend on the order they are added
        // in, and this one depends only on the texts, so a build and an update of the same texts agree.
        var taking = Enumerable.Range(0, order.Length).Where(takesPart).ToArray();
        var frequencies = new GramFrequencies(taking.Sum(i => (long)set.GramCount(order[i])));
        foreach (var i in taking) frequencies.Add(set.Grams(order[i]));

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

            var counted = Visit(i, oldestLive, set.Grams(order[i]), frequencies);
            if (BestSource(counted) is { } best) yield return (i, best.Source, best.Containment);
        }
    }

    /// <summary>
    /// Walks the lists of the text's distinctive pairs, counting for each earlier text in the window the pairs it
    /// shares with this one, and adds the text to those lists.
    /// </summary>
    /// <returns>How many of the text's pairs counted: held by few other texts in the window and few outside it.</returns>
    private int Visit(int position, int oldestLive, uint[] grams, GramFrequencies frequencies)
    {
        var common = settings.CommonGramTexts;
        var counted = 0;
        foreach (var gram in grams)
        {
            var holding = frequencies.Count(gram);
            // Held by this many, the pair is common inside or outside any window it could be in: no list needs it.
            if (holding >= 2 * common) continue;
            var holders = _postings.Add(gram, position, oldestLive, _earlier);
            if (holders >= common || holding - holders - 1 >= common) continue;
            counted++;
            foreach (var holder in _earlier.AsSpan(0, holders))
                if (_shared[holder]++ == 0) _touched.Add(holder);
        }
        return counted;
    }

    /// <summary>
    /// The earlier text holding the largest share of the counted pairs, at or above the threshold; between equals, the
    /// earlier text. A list holds every text of the window with the pair until it is full, and a full list's pair does not
    /// count, so the shares are exact.
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
}
