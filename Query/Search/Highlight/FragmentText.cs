using System.Text;

namespace SearchEngine.Querying.Search.Highlight;

/// <summary>Turns spans of stored text and the hits in them into marked text for display.</summary>
internal static class FragmentText
{
    /// <summary>
    /// text[start..end) on one line (each run of whitespace, line breaks included, becomes one space) with the hits
    /// inside it marked; overlapping hits, such as a word inside a matching phrase, become one mark. A start or end
    /// inside a sentence shows <see cref="MarkedText.Cut"/> there, so a fragment is never taken for the whole sentence; it is set
    /// off by a space where the text has one (none between Chinese or Japanese characters).
    /// </summary>
    public static MarkedText Build(string text, int start, int end, IReadOnlyList<TermHit> hits)
    {
        var line = new StringBuilder(end - start + 2 * (MarkedText.Cut.Length + 1));
        if (!SentenceCuts.IsBoundary(text, start)) line.Append(MarkedText.Cut).Append(char.IsWhiteSpace(text[start - 1]) ? " " : "");
        // outputAt[k]: length of the line before text[start + k] was read.
        var outputAt = new int[end - start + 1];
        var inWhitespace = false;
        for (var i = start; i < end; i++)
        {
            outputAt[i - start] = line.Length;
            var whitespace = char.IsWhiteSpace(text[i]);
            if (!whitespace) line.Append(text[i]);
            else if (!inWhitespace) line.Append(' ');
            inWhitespace = whitespace;
        }
        outputAt[end - start] = line.Length;
        if (!SentenceCuts.IsBoundary(text, end))
            line.Append(end < text.Length && char.IsWhiteSpace(text[end]) ? " " : "").Append(MarkedText.Cut);

        var marks = new List<Mark>();
        foreach (var hit in hits)
        {
            if (hit.Start >= end) break;
            if (hit.End <= start) continue;
            Add(marks, new Mark(outputAt[Math.Max(hit.Start, start) - start], outputAt[Math.Min(hit.End, end) - start]));
        }
        return new MarkedText(line.ToString(), marks);
    }

    /// <summary>The hits as marks into the text they were found in, unchanged.</summary>
    public static List<Mark> Marks(IReadOnlyList<TermHit> hits)
    {
        var marks = new List<Mark>(hits.Count);
        foreach (var hit in hits) Add(marks, new Mark(hit.Start, hit.End));
        return marks;
    }

    /// <summary>Appends a mark to marks sorted by start, merging it into the last one when they overlap.</summary>
    private static void Add(List<Mark> marks, Mark mark)
    {
        if (mark.End <= mark.Start) return;
        if (marks.Count > 0 && mark.Start < marks[^1].End)
            marks[^1] = marks[^1] with { End = Math.Max(marks[^1].End, mark.End) };
        else
            marks.Add(mark);
    }
}
