using System.Text;

namespace SearchEngine.Indexing.Cleaning;

/// <summary>
/// Turns page text into paragraph lines. Scraped pages put one paragraph on a line; wire copy is hard-wrapped
/// near 70 columns with indented paragraph starts, so its lines are joined back into paragraphs.
/// </summary>
public static class PageSplitter
{
    public static IReadOnlyList<string> Split(string text)
    {
        var raw = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        return IsHardWrapped(raw) ? JoinWrapped(raw) : raw.Select(Normalise).Where(l => l.Length > 0).ToList();
    }

    /// <summary>No wire line is longer; a scraped paragraph usually is.</summary>
    private const int MaxWrapWidth = 100;
    /// <summary>A line this long ran near the wrap width rather than ending a paragraph.</summary>
    private const int MinWrappedLength = 40;
    /// <summary>Wrapping is told by most lines running near the width, in a text of a few lines at least.</summary>
    private const int MinWrappedLines = 4;
    private const double MinWrappedShare = 0.6;

    /// <summary>
    /// Wire copy keeps every line short, and either most lines run near the wrap width or a sentence visibly runs on
    /// from one line into the next.
    /// </summary>
    private static bool IsHardWrapped(string[] lines)
    {
        int nonEmpty = 0, wrappedLength = 0, longest = 0;
        foreach (var line in lines)
        {
            var length = line.AsSpan().TrimEnd().Length;
            if (length == 0) continue;
            nonEmpty++;
            if (length >= MinWrappedLength) wrappedLength++;
            longest = Math.Max(longest, length);
        }
        if (nonEmpty < 2 || longest > MaxWrapWidth) return false;
        return (nonEmpty >= MinWrappedLines && wrappedLength >= nonEmpty * MinWrappedShare)
               || Enumerable.Range(0, lines.Length - 1).Any(i => RunsOn(lines[i], lines[i + 1]));
    }

    /// <summary>
    /// A line without closing punctuation continues into the next, unindented one when the next starts in lower case
    /// ("... per" / "share.") or when it stopped near the wrap width ("... completed" / "Feb 11, 1987.").
    /// </summary>
    private static bool RunsOn(string line, string next)
    {
        var text = line.AsSpan().TrimEnd();
        if (text.Length == 0 || next.Length == 0 || char.IsWhiteSpace(next[0]) || ClosingPunctuation.Contains(text[^1])) return false;
        return char.IsLower(next[0]) || text.Length >= NearWrapWidth;
    }

    private const int NearWrapWidth = 50;

    /// <summary>
    /// Preformatted text (a web page's <c>pre</c>: a mail, a log, code) with its line breaks kept, as it was laid out, so
    /// a mail's "To: Ann Hale" stays a line of its own rather than running into "Subject: …". A line runs on into the
    /// next where the layout says it does: a line indented deeper continues the one above (a wrapped list item, a
    /// query's "FROM" and its table, a block of code under its opening line), and a sentence that stopped near the wrap
    /// width with no closing punctuation goes on in the next line ("… Michael" / "Shalayeff, the maintainer"). Unlike
    /// wire copy (<see cref="RunsOn"/>), a next line in lower case says nothing: code and logs put commands and output
    /// on lines of their own.
    /// </summary>
    public static string JoinRunOnLines(string preformatted)
    {
        var lines = preformatted.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var joined = new StringBuilder(preformatted.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = Normalise(lines[i]);
            joined.Append(line);
            if (i + 1 < lines.Length) joined.Append(line.Length > 0 && RunsOnInLayout(lines[i], line, lines[i + 1]) ? ' ' : '\n');
        }
        return joined.ToString();
    }

    private static bool RunsOnInLayout(string raw, string line, string next) =>
        !string.IsNullOrWhiteSpace(next) &&
        (Indent(next) > Indent(raw) || (line.Length >= NearWrapWidth && !ClosingPunctuation.Contains(line[^1])));

    private static int Indent(string line)
    {
        var indent = 0;
        while (indent < line.Length && IsSpace(line[indent])) indent++;
        return indent;
    }

    private const string ClosingPunctuation = ".!?:;\"'”’)";

    /// <summary>Each paragraph's lines joined by one space and <see cref="Normalise"/>d as they are copied.</summary>
    private static List<string> JoinWrapped(string[] lines)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        void Flush()
        {
            if (current.Length > 0) paragraphs.Add(current.ToString());
            current.Clear();
        }
        foreach (var line in lines)
        {
            if (string.IsNullOrWhiteSpace(line) || char.IsWhiteSpace(line[0]))
                Flush();
            var space = true;
            foreach (var c in line)
            {
                if (IsSpace(c))
                {
                    space = true;
                    continue;
                }
                if (space && current.Length > 0) current.Append(' ');
                space = false;
                current.Append(c);
            }
        }
        Flush();
        return paragraphs;
    }

    /// <summary>Trims and folds runs of white space (including no-break spaces) to one space.</summary>
    public static string Normalise(string line)
    {
        if (IsNormal(line)) return line;
        Span<char> folded = line.Length <= 1024 ? stackalloc char[line.Length] : new char[line.Length];
        var length = 0;
        var space = false;
        foreach (var c in line)
        {
            if (IsSpace(c))
            {
                space = length > 0;
                continue;
            }
            if (space) folded[length++] = ' ';
            space = false;
            folded[length++] = c;
        }
        return new string(folded[..length]);
    }

    /// <summary>Most lines already are: no space at either end, and single plain spaces between words.</summary>
    private static bool IsNormal(string line)
    {
        if (line.Length > 0 && (IsSpace(line[0]) || IsSpace(line[^1]))) return false;
        for (var i = 1; i < line.Length; i++)
            if (IsSpace(line[i]) && (line[i] != ' ' || IsSpace(line[i - 1])))
                return false;
        return true;
    }

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\u00A0';
}
