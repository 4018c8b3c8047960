namespace SearchEngine.Querying.Search.Highlight;

/// <summary>
/// Picks the passages of a text that best show why it matched: windows of about <see cref="TargetLength"/>
/// characters, ranked by how many distinct parts of the query they hold, then by how many hits; they do not
/// overlap and are cut at word boundaries.
/// </summary>
internal static class FragmentSelector
{
    public const int TargetLength = 160;

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

    /// <summary>About <see cref="TargetLength"/> characters around [clusterStart, clusterEnd), a third of the room before it, snapped to word boundaries and trimmed.</summary>
    private static (int Start, int End) Window(string text, int clusterStart, int clusterEnd)
    {
        var room = Math.Max(0, TargetLength - (clusterEnd - clusterStart));
        var start = Math.Max(0, clusterStart - room / 3);
        var end = Math.Min(text.Length, Math.Max(clusterEnd, start + TargetLength));
        // Near the end of the text, use the room before the hits instead.
        start = Math.Min(start, Math.Max(0, end - TargetLength));

        start = TextCuts.StartNear(text, start, clusterStart);
        end = TextCuts.EndNear(text, end, clusterEnd);
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return (start, end);
    }
}
