namespace SearchEngine.Indexing.Dedup;

/// <summary>
/// Finds where each text came from, by its distinctive word pairs (those held by few other texts, in the window and
/// outside it: see <see cref="DedupSettings.CommonGramTexts"/>): the earlier text it is a trimmed copy of, or else the
/// earlier text(s) it was derived from. Texts are visited in representative order (by date) with an inverted index of
/// the pairs of the texts still inside the window, so a text meets only earlier texts that share a distinctive pair with
/// it, never the whole collection; shares are then counted exactly on the pairs themselves, not estimated from
/// signatures. A rewritten story that keeps a quarter of its source's phrasing shares too few whole signature bands
/// with it to be found by LSH, but it shares many pairs.
/// </summary>
/// <remarks>
/// <para>
/// A <b>trimmed copy</b> has at least <see cref="DedupSettings.CopyContainment"/> of its pairs in one earlier text that
/// is no copy itself. A <b>derived</b> text has at least <see cref="DedupSettings.ContainmentThreshold"/> of its pairs,
/// weighed (see <see cref="DedupSettings.QuotesPerNarrativePair"/>), in one earlier original, or takes of one other outlet hold
/// <see cref="DedupSettings.TakesContainment"/> together; a source or take holds at least
/// <see cref="DedupSettings.MinSharedPairs"/> of its pairs, as a share of a handful is chance. A text shorter than
/// <see cref="DedupSettings.MinShingles"/> is no trimmed copy, only derived. Sources of derived texts are originals only: a text that
/// found a source is nobody's source, so two papers written from one wire story are each linked to the wire story, not
/// to each other. A derived source must also be published before the text, as a date says which came first; texts
/// published at the same moment (a day's papers) are never derived from each other. A text of another outlet than its
/// sources that quotes words none of them holds must share <see cref="DedupSettings.OwnQuotationContainment"/> with them.
/// </para>
/// <para>
/// Texts without a date are matched among themselves only (the window cannot place them), in representative order, and
/// only as copies: with no date to say which came first, neither is derived from the other.
/// </para>
/// </remarks>
internal sealed class PartialCopyFinder(DedupSet set, int[] order, DedupSettings settings)
{
    /// <summary>The most earlier holders of a pair the window keeps, so the most <see cref="DedupSettings.CommonGramTexts"/> can be.</summary>
    public const int PostingLimit = WindowPostings.Capacity;

    /// <summary>Distinctive pairs a quotation must have to count as the text's own: one pair is a name or a stock phrase.</summary>
    private const int MinQuotationPairs = 2;

    private readonly WindowPostings _postings = new();
    private readonly int[] _shared = new int[order.Length];
    private readonly int[] _narrative = new int[order.Length];
    private readonly int[] _earlier = new int[PostingLimit];
    private readonly List<int> _touched = [];
    // For each counted pair of the text being visited: how many earlier texts hold it, then those texts; and whether it is quoted.
    private readonly List<int> _heldBy = [];
    private readonly List<bool> _pairQuoted = [];
    private readonly List<int> _takes = [];
    // The keys of the text's counted pairs, ascending as its pairs are, each with where its holders start in _heldBy
    // (-1 when no earlier text holds it): what tells whether a source holds any of a quotation's distinctive pairs.
    private readonly List<uint> _countedKeys = [];
    private readonly List<int> _countedHolders = [];
    private readonly bool[] _isTake = new bool[order.Length];
    private readonly Role[] _roles = new Role[order.Length];
    private readonly Dictionary<int, (int Shared, int Narrative)> _unionByOutlet = [];

    /// <summary>Earlier texts met through a shared pair, summed over the texts that looked for a source.</summary>
    public long ComparedPairs { get; private set; }

    /// <param name="takesPart">Whether the text at a position looks for a source and can be one for later texts.</param>
    /// <returns>
    /// For each text that has sources, what it is: a trimmed copy of one text, or derived from one or more (positions);
    /// each with the share of the text's distinctive pairs found in the source.
    /// </returns>
    public IEnumerable<Origin> Find(Func<int, bool> takesPart)
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

            var pairs = grams.Of(order[i]);
            var counted = Visit(i, oldestLive, pairs.Grams, frequencies);
            var origin = OriginOf(i, counted, pairs.Quotations);
            Clear();
            if (origin is null) continue;
            _roles[i] = origin.IsCopy ? Role.Copy : Role.Derived;
            yield return origin;
        }
    }

    /// <summary>
    /// Walks the lists of the text's distinctive pairs, counting for each earlier text in the window the pairs it
    /// shares with this one (and how many of those are narrative), and adds the text to those lists.
    /// </summary>
    /// <returns>How many of the text's pairs counted: held by few other texts in the window and few outside it.</returns>
    private int Visit(int position, int oldestLive, ReadOnlySpan<uint> grams, GramFrequencies frequencies)
    {
        var common = settings.CommonGramTexts;
        foreach (var gram in grams)
        {
            var holding = frequencies.Count(gram);
            // Held by this many, the pair is common inside or outside any window it could be in: no list needs it.
            if (holding >= 2 * common) continue;
            // The sketch never counts too low, so a pair counted once is this text's alone: it counts, but no list
            // needs it. Most pairs are, and leaving them out keeps the table small.
            if (holding == 1)
            {
                Count(gram, holdersAt: -1);
                continue;
            }
            var holders = _postings.Add(WordPair.Key(gram), position, oldestLive, _earlier);
            if (holders >= common || holding - holders - 1 >= common) continue;
            Count(gram, holders == 0 ? -1 : _heldBy.Count);
            if (holders == 0) continue;
            var quoted = WordPair.IsQuoted(gram);
            _heldBy.Add(holders);
            _pairQuoted.Add(quoted);
            foreach (var holder in _earlier.AsSpan(0, holders))
            {
                _heldBy.Add(holder);
                if (!quoted) _narrative[holder]++;
                if (_shared[holder]++ == 0) _touched.Add(holder);
            }
        }
        return _countedKeys.Count;
    }

    /// <summary>Keeps a counted pair's key and where its earlier holders are listed (-1 when none is).</summary>
    private void Count(uint gram, int holdersAt)
    {
        _countedKeys.Add(WordPair.Key(gram));
        _countedHolders.Add(holdersAt);
    }

    /// <summary>
    /// The text's trimmed-copy source if it has one, else its derived sources: the original holding the largest weighed
    /// share at or above the threshold (between equals, the earlier), with the other takes of its outlet when that is
    /// not the text's own; failing that, the takes (see <see cref="Takes"/>). A list holds every text of the window with
    /// the pair until it is full, and a full list's pair does not count, so the shares are exact.
    /// </summary>
    private Origin? OriginOf(int position, int counted, DedupSet.QuotationReader quotations)
    {
        if (counted == 0) return null;
        // A short text is too short to tell a copy from a stock phrase; it may still be derived (shown, not hidden).
        var mayBeCopy = set.ShingleCount(order[position]) >= settings.MinShingles;
        int? copyOf = null;
        int? best = null;
        var outlet = set.OutletOf(order[position]);
        foreach (var candidate in _touched)
        {
            ComparedPairs++;
            // A trimmed copy's source stands for it; a derived text can be copied, but is no source of derived ones.
            if (_roles[candidate] == Role.Copy) continue;
            if (mayBeCopy && Share(candidate, counted) >= settings.CopyContainment && IsBetter(candidate, copyOf, _shared[candidate], copyOf is { } c ? _shared[c] : 0))
                copyOf = candidate;
            if (_roles[candidate] == Role.Derived || !PublishedBefore(candidate, position) || !HoldsEnough(candidate)) continue;
            var weighed = Weighed(candidate) / counted;
            if (weighed >= settings.ContainmentThreshold && IsBetter(candidate, best, Weighed(candidate), best is { } b ? Weighed(b) : 0)) best = candidate;
            if (outlet != 0 && weighed >= settings.TakeShare && set.OutletOf(order[candidate]) is var from and not 0 && from != outlet)
                _takes.Add(candidate);
        }
        if (copyOf is { } copied) return new Origin(position, IsCopy: true, [new Source(copied, Share(copied, counted))]);
        if (best is { } source)
        {
            var from = set.OutletOf(order[source]);
            var sources = new List<Source> { new(source, Share(source, counted)) };
            if (from != outlet) sources.AddRange(TakesOf(from, counted).Where(t => t.Position != source));
            if (OwnReporting(outlet, from, Weighed(source) / counted, sources, quotations)) return null;
            return new Origin(position, IsCopy: false, sources);
        }
        if (_takes.Count < 2 || Takes(counted) is not { } found) return null;
        var (takes, together) = found;
        return OwnReporting(outlet, set.OutletOf(order[takes[0].Position]), together, takes, quotations) ? null : new Origin(position, IsCopy: false, takes);
    }

    /// <summary>
    /// Whether a text of another outlet than its sources, which hold less than
    /// <see cref="DedupSettings.OwnQuotationContainment"/> of it, quotes words none of them holds: a quotation with at
    /// least <see cref="MinQuotationPairs"/> distinctive pairs, none of them in any source. A rewrite edits the wire's
    /// quotations but keeps some of their wording; a quotation with none of it came from a source of the reporter's own.
    /// </summary>
    private bool OwnReporting(int outlet, int from, double share, List<Source> sources, DedupSet.QuotationReader quotations)
    {
        if (outlet == 0 || from == 0 || from == outlet || share >= settings.OwnQuotationContainment) return false;
        foreach (var quotation in quotations)
            if (IsOwn(quotation, sources)) return true;
        return false;
    }

    /// <summary>Whether no source holds any of the quotation's distinctive pairs, of which it has enough to tell.</summary>
    private bool IsOwn(ReadOnlySpan<uint> quotation, List<Source> sources)
    {
        var distinctive = 0;
        foreach (var key in quotation)
        {
            var at = _countedKeys.BinarySearch(key);
            if (at < 0) continue;
            if (_countedHolders[at] is var start and >= 0 && HeldBySource(start, sources)) return false;
            distinctive++;
        }
        return distinctive >= MinQuotationPairs;
    }

    /// <summary>Whether one of the sources is among the earlier holders of a counted pair listed at <paramref name="start"/> in the holder lists.</summary>
    private bool HeldBySource(int start, List<Source> sources)
    {
        for (var h = start + 1; h <= start + _heldBy[start]; h++)
            if (sources.Exists(s => s.Position == _heldBy[h])) return true;
        return false;
    }

    /// <summary>
    /// Shared pairs as evidence of copying: the narrative ones, and quoted ones up to
    /// <see cref="DedupSettings.QuotesPerNarrativePair"/> for each narrative one.
    /// </summary>
    private double Weighed(int shared, int narrative) => narrative + Math.Min(shared - narrative, settings.QuotesPerNarrativePair * narrative);

    private double Weighed(int candidate) => Weighed(_shared[candidate], _narrative[candidate]);

    /// <summary>Whether an earlier text holds enough of this one's pairs to be a source or a take at all: see <see cref="DedupSettings.MinSharedPairs"/>.</summary>
    private bool HoldsEnough(int candidate) => Weighed(candidate) >= settings.MinSharedPairs;

    /// <summary>More than the best so far; between equals, the earlier.</summary>
    private static bool IsBetter(int candidate, int? best, double value, double bestValue) =>
        best is not { } b || value > bestValue || (value == bestValue && candidate < b);

    /// <summary>The takes of one outlet, the one holding most first.</summary>
    private IEnumerable<Source> TakesOf(int outlet, int counted) => _takes
        .Where(t => set.OutletOf(order[t]) == outlet)
        .OrderByDescending(Weighed).ThenBy(t => t)
        .Select(t => new Source(t, Share(t, counted)));

    /// <summary>Whether the candidate was published before the text: two texts without a date cannot say which came first.</summary>
    private bool PublishedBefore(int candidate, int position) =>
        set.Published(order[candidate]) is { } then && set.Published(order[position]) is { } now && then < now;

    private double Share(int source, int counted) => (double)_shared[source] / counted;

    /// <summary>
    /// An agency files a long story in takes that share almost nothing with each other, and another outlet's story may
    /// be written from several of them. So the earlier originals of one other outlet that each hold at least
    /// <see cref="DedupSettings.TakeShare"/> of the text's weighed pairs count together: if together they hold
    /// <see cref="DedupSettings.TakesContainment"/>, the text is derived from each of them; of two outlets, the one whose
    /// best take holds most. Texts of the text's own outlet never count together: an outlet's follow-ups reuse its
    /// earlier reports' background, and its filled-in templates share their fixed phrases, without being copies of any one of them.
    /// </summary>
    /// <returns>The takes, the one holding most first, and the weighed share they hold together; null when none qualify.</returns>
    private (List<Source> Takes, double Together)? Takes(int counted)
    {
        foreach (var take in _takes) _isTake[take] = true;
        Span<int> outlets = stackalloc int[PostingLimit];
        for (int k = 0, pair = 0; k < _heldBy.Count; k += 1 + _heldBy[k], pair++)
        {
            var seen = 0;
            for (var h = k + 1; h <= k + _heldBy[k]; h++)
            {
                if (!_isTake[_heldBy[h]]) continue;
                var outlet = set.OutletOf(order[_heldBy[h]]);
                if (outlets[..seen].Contains(outlet)) continue;
                outlets[seen++] = outlet;
                var (shared, narrative) = _unionByOutlet.GetValueOrDefault(outlet);
                _unionByOutlet[outlet] = (shared + 1, narrative + (_pairQuoted[pair] ? 0 : 1));
            }
        }
        int? best = null;
        foreach (var take in _takes)
        {
            _isTake[take] = false;
            var (shared, narrative) = _unionByOutlet[set.OutletOf(order[take])];
            if (Weighed(shared, narrative) / counted < settings.TakesContainment) continue;
            if (IsBetter(take, best, Weighed(take), best is { } b ? Weighed(b) : 0)) best = take;
        }
        if (best is not { } first)
        {
            _unionByOutlet.Clear();
            return null;
        }
        var outletOfTakes = set.OutletOf(order[first]);
        var (held, heldNarrative) = _unionByOutlet[outletOfTakes];
        _unionByOutlet.Clear();
        return ([.. TakesOf(outletOfTakes, counted)], Weighed(held, heldNarrative) / counted);
    }

    private void Clear()
    {
        foreach (var candidate in _touched)
        {
            _shared[candidate] = 0;
            _narrative[candidate] = 0;
        }
        _touched.Clear();
        _takes.Clear();
        _heldBy.Clear();
        _pairQuoted.Clear();
        _countedKeys.Clear();
        _countedHolders.Clear();
    }

    private enum Role : byte
    {
        /// <summary>No source found (yet): a source for later texts.</summary>
        Original,
        /// <summary>Derived from earlier originals: it may be copied, but nothing is derived from it.</summary>
        Derived,
        /// <summary>A trimmed copy: its source stands for it.</summary>
        Copy,
    }

    /// <summary>An earlier text (position) and the share of the later text's distinctive pairs found in it.</summary>
    public readonly record struct Source(int Position, double Share);

    /// <summary>Where the text at <paramref name="Position"/> came from: a trimmed copy of one source, or derived from each.</summary>
    public sealed record Origin(int Position, bool IsCopy, IReadOnlyList<Source> Sources);
}
