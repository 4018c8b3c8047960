namespace SearchEngine.Querying.Search.Highlight;

/// <summary>
/// Picks the passages of a text that best show why it matched: windows of about <see cref="TargetLength"/>
/// characters, ranked by how many distinct parts of the query they hold, then by how many hits; they do not
/// overlap. A passage is the whole sentences holding its hits when they fit in <see cref="MaxLength"/> (see
/// <see cref="SentenceCuts"/>), so it reads as a quotation; a longer sentence is cut at word boundaries.
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

        var chosen = new List<(int Start, int End)>();
        foreach (var candidate in candidates)
        {
            var clusterEnd = hits[candidate.First].End;
            for (var i = candidate.First + 1; i < candidate.First + candidate.Hits; i++)
                clusterEnd = Math.Max(clusterEnd, hits[i].End);
            var window = Window(text, hits[candidate.First].Start, clusterEnd);
            if (chosen.Any(w => window.Start < w.End && w.Start < window.End)) continue;
            chosen.Add(window);
            if (chosen.Count == maxFragments) break;
        }
        return [.. chosen.Select(w => FragmentText.Build(text, w.Start, w.End, hits))];
    }

    private readonly record struct Candidate(int First, int Hits, int Distinct);

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
        var (start, end) = Window(text, 0, 0);
        return FragmentText.Build(text, start, end, []);
    }

    /// <summary>
    /// The whole sentences holding [clusterStart, clusterEnd) and those after them in the same paragraph while the
    /// passage stays within <see cref="TargetLength"/>; or, when the hits' sentences pass <see cref="MaxLength"/>, about
    /// <see cref="TargetLength"/> characters around the hits, a third of the room before them, neither reaching back
    /// past their sentence's start nor on past its end, snapped to word boundaries and trimmed.
    /// </summary>
    private static (int Start, int End) Window(string text, int clusterStart, int clusterEnd)
    {
        if (WholeSentences(text, clusterStart, clusterEnd) is { } sentences) return sentences;

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
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return (start, end);
    }

    private static (int Start, int End)? WholeSentences(string text, int clusterStart, int clusterEnd)
    {
        if (SentenceCuts.StartOf(text, clusterStart, clusterEnd - MaxLength) is not { } start
            || SentenceCuts.EndOf(text, clusterEnd, start + MaxLength) is not { } end)
            return null;
        while (SentenceCuts.SkipSpace(text, end) is var next && next < text.Length && !SentenceCuts.ParagraphBreakBetween(text, end, next)
               && SentenceCuts.EndOf(text, next + 1, start + TargetLength) is { } further)
            end = further;
        return (start, end);
    }
}
