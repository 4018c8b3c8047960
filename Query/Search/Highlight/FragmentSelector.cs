namespace SearchEngine.Querying.Search.Highlight;

/// <summary>
/// Picks the passages of a text that best show why it matched: windows of about <see cref="TargetLength"/>
/// characters, ranked by how many distinct parts of the query they hold, then by how many hits; they do not
/// overlap. A passage is the whole sentences holding its hits when they fit in <see cref="MaxLength"/> (see
/// <see cref="SentenceCuts"/>), so it reads as a quotation, and such a passage ranks before one holding as much of the
/// query with more hits that does not fit; a longer sentence is cut at word boundaries.
/// </summary>
internal static class FragmentSelector
{
    public const int TargetLength = 160;

    /// <summary>The longest passage of whole sentences; longer sentences are cut.</summary>
    public const int MaxLength = 200;

    /// <summary>Best fragments first. A text with no hits gets its opening, so a hit matched by title alone still shows its body.</summary>
    public static List<MarkedText> Select(string text, IReadOnlyList<TermHit> hits, int partCount, int maxFragments)
    {
        if (maxFragments <= 0 || text.Length == 0) return [];
        if (hits.Count == 0) return [Opening(text)];

        var candidates = Candidates(hits, partCount);
        candidates.Sort(static (a, b) =>
            a.Distinct != b.Distinct ? b.Distinct.CompareTo(a.Distinct)
            : a.Hits != b.Hits ? b.Hits.CompareTo(a.Hits)
            : a.First.CompareTo(b.First));

        var sentences = new HitSentences(text, hits, partCount);
        var chosen = new List<(int Start, int End)>();
        foreach (var (candidate, whole) in SentencesFirst(sentences, candidates, maxFragments))
        {
            var window = whole
                ?? Window(text, hits[candidate.First].Start, hits[HitSentences.LastEnding(hits, candidate.First, candidate.Hits)].End);
            if (chosen.Any(w => window.Start < w.End && w.Start < window.End)) continue;
            chosen.Add(window);
            if (chosen.Count == maxFragments) break;
        }
        return [.. chosen.Select(w => FragmentText.Build(text, w.Start, w.End, hits))];
    }

    private readonly record struct Candidate(int First, int Hits, int Distinct);

    /// <summary>
    /// How many of the best candidates are weighed for whole sentences, per fragment asked for: each costs a few sentence
    /// scans.
    /// </summary>
    private const int WeighedPerFragment = 4;

    /// <summary>
    /// The candidates in rank order, except that among the best few, one holding as much of the query that can be shown as
    /// whole sentences comes before one with more hits that cannot: a run with more hits often spans a sentence end.
    /// </summary>
    private static IEnumerable<(Candidate Candidate, (int Start, int End)? Sentences)> SentencesFirst(
        HitSentences sentences, List<Candidate> ranked, int maxFragments)
    {
        var weighed = Math.Min(ranked.Count, WeighedPerFragment * maxFragments);
        var best = ranked.Take(weighed)
            .Select((candidate, rank) => (Candidate: candidate, Sentences: sentences.Holding(candidate), Rank: rank))
            .OrderByDescending(c => c.Candidate.Distinct).ThenBy(c => c.Sentences is null).ThenBy(c => c.Rank);
        foreach (var (candidate, whole, _) in best) yield return (candidate, whole);
        for (var k = weighed; k < ranked.Count; k++) yield return (ranked[k], sentences.Holding(ranked[k]));
    }

    /// <summary>Each hit's sentence in one text, found once: the runs weighed share their hits.</summary>
    private sealed class HitSentences(string text, IReadOnlyList<TermHit> hits, int partCount)
    {
        private const int Unknown = -2, None = -1;
        private readonly int[] _starts = Filled(hits.Count), _ends = Filled(hits.Count);
        private readonly int[] _perPart = new int[partCount];

        /// <summary>
        /// The whole sentences holding the run's hits, with the next ones of their paragraph while they fit (see
        /// <see cref="Extended"/>); when they pass <see cref="MaxLength"/>, those holding the most of its hits, in a row,
        /// that still hold every part of the query the run holds (the earliest of equals): a run of 160 characters often
        /// spans the end of one sentence and the start of the next.
        /// </summary>
        public (int Start, int End)? Holding(Candidate candidate)
        {
            for (var count = candidate.Hits; count > 0; count--)
                for (var first = candidate.First; first + count <= candidate.First + candidate.Hits; first++)
                {
                    if (DistinctParts(first, count) < candidate.Distinct) continue;
                    if (StartOf(first) is { } start && EndOf(LastEnding(hits, first, count)) is { } end && end - start <= MaxLength)
                        return (start, Extended(text, start, end));
                }
            return null;
        }

        /// <summary>The hit of the run that ends last.</summary>
        public static int LastEnding(IReadOnlyList<TermHit> hits, int first, int count)
        {
            var last = first;
            for (var i = first + 1; i < first + count; i++)
                if (hits[i].End > hits[last].End) last = i;
            return last;
        }

        private int? StartOf(int hit)
        {
            if (_starts[hit] == Unknown) _starts[hit] = SentenceCuts.StartOf(text, hits[hit].Start, hits[hit].Start - MaxLength) ?? None;
            return _starts[hit] == None ? null : _starts[hit];
        }

        private int? EndOf(int hit)
        {
            if (_ends[hit] == Unknown) _ends[hit] = SentenceCuts.EndOf(text, hits[hit].End, hits[hit].End + MaxLength) ?? None;
            return _ends[hit] == None ? null : _ends[hit];
        }

        private int DistinctParts(int first, int count)
        {
            Array.Clear(_perPart);
            var distinct = 0;
            for (var i = first; i < first + count; i++)
                if (_perPart[hits[i].Part]++ == 0) distinct++;
            return distinct;
        }

        private static int[] Filled(int count)
        {
            var values = new int[count];
            Array.Fill(values, Unknown);
            return values;
        }
    }

    /// <summary>For each hit, the run of hits that fits in a window starting at it, and how much of the query that run holds.</summary>
    private static List<Candidate> Candidates(IReadOnlyList<TermHit> hits, int partCount)
    {
        var candidates = new List<Candidate>(hits.Count);
        var perPart = new int[partCount];
        var distinct = 0;
        var next = 0;
        for (var first = 0; first < hits.Count; first++)
        {
            // The first hit always belongs to its own window, even a phrase longer than the window.
            while (next < hits.Count && (next == first || hits[next].End - hits[first].Start <= TargetLength))
            {
                if (perPart[hits[next].Part]++ == 0) distinct++;
                next++;
            }
            candidates.Add(new Candidate(first, next - first, distinct));
            if (--perPart[hits[first].Part] == 0) distinct--;
        }
        return candidates;
    }

    private static MarkedText Opening(string text)
    {
        var (start, end) = SentenceCuts.EndOf(text, 0, MaxLength) is { } first ? (0, Extended(text, 0, first)) : Window(text, 0, 0);
        return FragmentText.Build(text, start, end, []);
    }

    /// <summary>
    /// About <see cref="TargetLength"/> characters around [clusterStart, clusterEnd), a third of the room before them,
    /// neither reaching back past their sentence's start nor on past its end, snapped to word boundaries and trimmed.
    /// </summary>
    private static (int Start, int End) Window(string text, int clusterStart, int clusterEnd)
    {
        var room = Math.Max(0, TargetLength - (clusterEnd - clusterStart));
        var start = Math.Max(0, clusterStart - room / 3);
        start = SentenceCuts.StartOf(text, clusterStart, start) ?? start;
        var end = Math.Min(text.Length, Math.Max(clusterEnd, start + TargetLength));
        if (SentenceCuts.EndOf(text, clusterEnd, end) is { } sentenceEnd) end = sentenceEnd;
        // Room left after the hits' sentence or the text ends goes before the hits, within their sentence.
        var earliest = Math.Max(0, Math.Min(start, end - TargetLength));
        start = SentenceCuts.StartOf(text, clusterStart, earliest) ?? earliest;

        start = TextCuts.StartNear(text, start, clusterStart);
        end = TextCuts.EndNear(text, end, clusterEnd);
        start = Math.Min(SentenceCuts.SkipSpace(text, start), end);
        return (start, Math.Max(SentenceCuts.TrimEnd(text, end), start));
    }

    /// <summary>
    /// The end of the sentences after [start, end) in the same paragraph while the passage stays within
    /// <see cref="TargetLength"/>.
    /// </summary>
    private static int Extended(string text, int start, int end)
    {
        while (SentenceCuts.SkipSpace(text, end) is var next && next < text.Length && !SentenceCuts.ParagraphBreakBetween(text, end, next)
               && SentenceCuts.EndOf(text, next + 1, start + TargetLength) is { } further)
            end = further;
        return end;
    }
}
