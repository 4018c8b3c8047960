using System.Globalization;
using System.Text;
using SearchEngine.Indexing.Cli;
using SearchEngine.Querying.Search;

namespace SearchEngine.Querying.Display;

/// <summary>One character as drawn on a terminal: its visible form, how many columns it takes, and whether it is a match.</summary>
public readonly record struct Cell(string Glyph, int Width, bool Marked)
{
    public bool IsSpace => Glyph == " ";
}

/// <summary>
/// Article text made safe and measurable for a terminal. Text from the web can hold escape sequences that would
/// recolour, move the cursor or retitle the window, so every control character becomes a visible placeholder.
/// </summary>
public static class TerminalText
{
    private const string MarkOn = "\e[1;33m";
    private const string Reset = "\e[0m";

    public static IReadOnlyList<Cell> Cells(string text) => Cells(new MarkedText(text, []));

    /// <summary>One cell per character (grapheme); runs of whitespace become one space, and the ends are trimmed.</summary>
    public static IReadOnlyList<Cell> Cells(MarkedText text)
    {
        var cells = new List<Cell>(text.Text.Length);
        var elements = StringInfo.GetTextElementEnumerator(text.Text);
        while (elements.MoveNext())
        {
            var element = (string)elements.Current;
            var marked = IsMarked(elements.ElementIndex, text.Marks);
            if (IsLayoutWhitespace(element))
            {
                if (cells.Count > 0 && !cells[^1].IsSpace) cells.Add(new Cell(" ", 1, marked));
                continue;
            }
            var glyph = Visible(element);
            cells.Add(new Cell(glyph, ColumnWidth(glyph), marked));
        }
        if (cells.Count > 0 && cells[^1].IsSpace) cells.RemoveAt(cells.Count - 1);
        return cells;
    }

    /// <summary>Control characters as their Unicode "control picture" (ESC → ␛), so they show instead of acting.</summary>
    public static string Visible(string text) => PrintableText.Of(text);

    /// <summary>A phrase written to stand first on a line: its first letter capitalised ("based on PA…" → "Based on PA…").</summary>
    public static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    public static int Width(IEnumerable<Cell> cells) => cells.Sum(c => c.Width);

    /// <summary>Cuts <paramref name="cells"/> to <paramref name="width"/> columns, ending in "…" when anything was cut.</summary>
    public static IReadOnlyList<Cell> Truncate(IReadOnlyList<Cell> cells, int width)
    {
        if (Width(cells) <= width) return cells;
        var kept = new List<Cell>();
        var used = 0;
        foreach (var cell in cells)
        {
            if (used + cell.Width > width - 1) break;
            kept.Add(cell);
            used += cell.Width;
        }
        while (kept.Count > 0 && kept[^1].IsSpace) kept.RemoveAt(kept.Count - 1);
        kept.Add(new Cell("…", 1, false));
        return kept;
    }

    /// <summary>Breaks <paramref name="cells"/> into lines of at most <paramref name="width"/> columns, at spaces where possible.</summary>
    public static IReadOnlyList<IReadOnlyList<Cell>> Wrap(IReadOnlyList<Cell> cells, int width)
    {
        width = Math.Max(width, 1);
        var lines = new List<IReadOnlyList<Cell>>();
        var line = new List<Cell>();
        var lineWidth = 0;
        foreach (var word in Words(cells))
        {
            var wordWidth = Width(word);
            if (line.Count > 0 && lineWidth + 1 + wordWidth > width)
            {
                lines.Add(line);
                line = [];
                lineWidth = 0;
            }
            if (line.Count > 0)
            {
                line.Add(new Cell(" ", 1, word[0].Marked && line[^1].Marked));
                lineWidth++;
            }
            foreach (var cell in word)
            {
                // A word longer than a whole line is split wherever the line ends.
                if (lineWidth + cell.Width > width && line.Count > 0)
                {
                    lines.Add(line);
                    line = [];
                    lineWidth = 0;
                }
                line.Add(cell);
                lineWidth += cell.Width;
            }
        }
        if (line.Count > 0) lines.Add(line);
        return lines;
    }

    /// <summary>The cells as a string; with <paramref name="colour"/>, marked runs are bold yellow and every line ends reset.</summary>
    public static string Draw(IEnumerable<Cell> cells, bool colour)
    {
        var builder = new StringBuilder();
        var inMark = false;
        foreach (var cell in cells)
        {
            if (colour && cell.Marked != inMark)
            {
                builder.Append(cell.Marked ? MarkOn : Reset);
                inMark = cell.Marked;
            }
            builder.Append(cell.Glyph);
        }
        if (inMark) builder.Append(Reset);
        return builder.ToString();
    }

    /// <summary>Plain text padded with spaces to <paramref name="width"/> columns, or cut to it.</summary>
    public static string Fit(string text, int width)
    {
        var cells = Truncate(Cells(text), width);
        return Draw(cells, colour: false) + new string(' ', Math.Max(0, width - Width(cells)));
    }

    private static IEnumerable<List<Cell>> Words(IReadOnlyList<Cell> cells)
    {
        var word = new List<Cell>();
        foreach (var cell in cells)
        {
            if (!cell.IsSpace)
            {
                word.Add(cell);
                continue;
            }
            if (word.Count > 0) yield return word;
            word = [];
        }
        if (word.Count > 0) yield return word;
    }

    private static bool IsMarked(int index, IReadOnlyList<Mark> marks)
    {
        foreach (var mark in marks)
        {
            if (index >= mark.Start && index < mark.End) return true;
        }
        return false;
    }

    private static bool IsLayoutWhitespace(string element) => element.All(c => c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v' or '\u00a0');

    /// <summary>East Asian wide and fullwidth characters and most emoji take two columns; everything else one.</summary>
    private static int ColumnWidth(string glyph)
    {
        Rune.DecodeFromUtf16(glyph, out var decoded, out _);
        var rune = decoded.Value;
        var wide = rune is >= 0x1100 and <= 0x115F
            or >= 0x2E80 and <= 0xA4CF and not 0x303F
            or >= 0xAC00 and <= 0xD7A3
            or >= 0xF900 and <= 0xFAFF
            or >= 0xFE30 and <= 0xFE4F
            or >= 0xFF00 and <= 0xFF60
            or >= 0xFFE0 and <= 0xFFE6
            or >= 0x1F300 and <= 0x1F64F
            or >= 0x1F900 and <= 0x1F9FF
            or >= 0x20000 and <= 0x3FFFD;
        return wide ? 2 : 1;
    }
}
