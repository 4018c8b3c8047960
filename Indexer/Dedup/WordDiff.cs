namespace SearchEngine.Indexing.Dedup;

public enum DiffOperation { Kept, Deleted, Inserted }

/// <summary>
/// A run of words, as character offsets: [<see cref="StartA"/>, <see cref="EndA"/>) in the first text and
/// [<see cref="StartB"/>, <see cref="EndB"/>) in the second. A deleted run is empty in the second text and an
/// inserted one in the first, placed where the words would have been.
/// </summary>
public readonly record struct DiffSpan(DiffOperation Operation, int StartA, int EndA, int StartB, int EndB);

/// <summary>
/// What changed between two versions of a text, word by word: runs of kept words alternate with changes, and a change
/// is a deletion, an insertion, or a deletion followed by an insertion (a replacement). Words are runs of non-space
/// characters compared exactly, so a changed spelling, number or punctuation mark shows.
/// </summary>
public static class WordDiff
{
    /// <summary>Edits the search looks for before it settles for replacing a stretch wholesale.</summary>
    public const int DefaultMaxEdits = 2000;

    public static IReadOnlyList<DiffSpan> Compute(string a, string b) => Compute(a, b, DefaultMaxEdits);

    /// <summary>
    /// Myers' diff, linear in memory. Time grows with text length times the number of edits, so the search for a
    /// minimal diff stops at <paramref name="maxEdits"/> per stretch and marks that stretch replaced instead.
    /// </summary>
    public static IReadOnlyList<DiffSpan> Compute(string a, string b, int maxEdits)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxEdits);
        var wordsA = Words(a);
        var wordsB = Words(b);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        int[] Ids(string text, List<Range> words) => words.Select(w =>
        {
            var word = text.AsSpan(w);
            if (!lookup.TryGetValue(word, out var id)) lookup[word] = id = ids.Count;
            return id;
        }).ToArray();
        var script = new EditScript();
        new MyersDiff(Ids(a, wordsA), Ids(b, wordsB), maxEdits, script).Run();
        return script.ToSpans(wordsA, wordsB, a.Length, b.Length);
    }

    private static List<Range> Words(string text)
    {
        var words = new List<Range>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var space = i == text.Length || char.IsWhiteSpace(text[i]);
            if (!space && start < 0) start = i;
            else if (space && start >= 0)
            {
                words.Add(start..i);
                start = -1;
            }
        }
        return words;
    }

    /// <summary>Word-index runs in order; changes between two kept runs are merged into one deletion and one insertion.</summary>
    private sealed class EditScript
    {
        private readonly List<(bool Kept, int StartA, int EndA, int StartB, int EndB)> _runs = [];

        public void Add(bool kept, int startA, int endA, int startB, int endB)
        {
            if (endA == startA && endB == startB) return;
            if (_runs.Count > 0 && _runs[^1].Kept == kept)
            {
                var last = _runs[^1];
                _runs[^1] = (kept, last.StartA, endA, last.StartB, endB);
            }
            else _runs.Add((kept, startA, endA, startB, endB));
        }

        public List<DiffSpan> ToSpans(List<Range> wordsA, List<Range> wordsB, int lengthA, int lengthB)
        {
            var spans = new List<DiffSpan>();
            foreach (var run in _runs)
            {
                var (startA, endA) = CharRange(wordsA, run.StartA, run.EndA, lengthA);
                var (startB, endB) = CharRange(wordsB, run.StartB, run.EndB, lengthB);
                if (run.Kept) spans.Add(new DiffSpan(DiffOperation.Kept, startA, endA, startB, endB));
                if (!run.Kept && endA > startA) spans.Add(new DiffSpan(DiffOperation.Deleted, startA, endA, startB, startB));
                if (!run.Kept && endB > startB) spans.Add(new DiffSpan(DiffOperation.Inserted, endA, endA, startB, endB));
            }
            return spans;
        }

        /// <summary>From the first word's start to the last word's end; an empty run sits where its next word starts.</summary>
        private static (int Start, int End) CharRange(List<Range> words, int first, int end, int textLength)
        {
            if (first < end) return (words[first].Start.Value, words[end - 1].End.Value);
            var at = first < words.Count ? words[first].Start.Value : words.Count > 0 ? words[^1].End.Value : textLength;
            return (at, at);
        }
    }

    /// <summary>
    /// Myers' O(ND) algorithm in its linear-space form: find where the forward and backward searches for the shortest
    /// edit path meet, split there and recurse, after trimming the common start and end of each stretch.
    /// </summary>
    private sealed class MyersDiff(int[] a, int[] b, int maxEdits, EditScript script)
    {
        public void Run() => Diff(0, a.Length, 0, b.Length);

        private void Diff(int loA, int hiA, int loB, int hiB)
        {
            var prefix = 0;
            while (loA + prefix < hiA && loB + prefix < hiB && a[loA + prefix] == b[loB + prefix]) prefix++;
            script.Add(true, loA, loA + prefix, loB, loB + prefix);
            loA += prefix;
            loB += prefix;
            var suffix = 0;
            while (hiA - suffix > loA && hiB - suffix > loB && a[hiA - suffix - 1] == b[hiB - suffix - 1]) suffix++;
            hiA -= suffix;
            hiB -= suffix;

            if (loA == hiA || loB == hiB || MiddleSplit(loA, hiA, loB, hiB) is not var (x, y))
                script.Add(false, loA, hiA, loB, hiB);
            else
            {
                Diff(loA, loA + x, loB, loB + y);
                Diff(loA + x, hiA, loB + y, hiB);
            }
            script.Add(true, hiA, hiA + suffix, hiB, hiB + suffix);
        }

        /// <summary>A point on a shortest edit path, relative to the stretch, or null when it needs more than the budget.</summary>
        private (int X, int Y)? MiddleSplit(int loA, int hiA, int loB, int hiB)
        {
            int n = hiA - loA, m = hiB - loB;
            var maxD = (n + m + 1) / 2;
            var offset = maxD;
            var forward = new int[2 * maxD + 2];
            var backward = new int[2 * maxD + 2];
            Array.Fill(forward, -1);
            Array.Fill(backward, -1);
            forward[offset + 1] = 0;
            backward[offset + 1] = 0;
            var delta = n - m;
            // With an odd delta the paths meet while extending the forward one, with an even delta the backward one.
            var checkForward = delta % 2 != 0;
            int startF = 0, endF = 0, startB = 0, endB = 0;
            for (var d = 0; d < Math.Min(maxD, maxEdits + 1); d++)
            {
                for (var k = -d + startF; k <= d - endF; k += 2)
                {
                    var i = offset + k;
                    var x = k == -d || (k != d && forward[i - 1] < forward[i + 1]) ? forward[i + 1] : forward[i - 1] + 1;
                    var y = x - k;
                    while (x < n && y < m && a[loA + x] == b[loB + y]) { x++; y++; }
                    forward[i] = x;
                    if (x > n) endF += 2;
                    else if (y > m) startF += 2;
                    else if (checkForward)
                    {
                        var j = offset + delta - k;
                        if (j >= 0 && j < backward.Length && backward[j] != -1 && x >= n - backward[j]) return (x, y);
                    }
                }
                for (var k = -d + startB; k <= d - endB; k += 2)
                {
                    var i = offset + k;
                    var x = k == -d || (k != d && backward[i - 1] < backward[i + 1]) ? backward[i + 1] : backward[i - 1] + 1;
                    var y = x - k;
                    while (x < n && y < m && a[hiA - x - 1] == b[hiB - y - 1]) { x++; y++; }
                    backward[i] = x;
                    if (x > n) endB += 2;
                    else if (y > m) startB += 2;
                    else if (!checkForward)
                    {
                        var j = offset + delta - k;
                        if (j >= 0 && j < forward.Length && forward[j] != -1)
                        {
                            var forwardX = forward[j];
                            if (forwardX >= n - x) return (forwardX, offset + forwardX - j);
                        }
                    }
                }
            }
            return null;
        }
    }
}
