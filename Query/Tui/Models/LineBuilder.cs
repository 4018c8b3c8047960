using System.Globalization;
using SearchEngine.Querying.Display;

namespace SearchEngine.Querying.Tui.Models;

/// <summary>
/// Builds one <see cref="StyledLine"/> of at most a given width from pieces of text. Every piece passes through
/// <see cref="TerminalText"/>, so control characters arrive as visible placeholders; a line that would be too wide
/// ends in "…". Cells past the width are never looked at, so a megabyte-long title costs no more than a short one.
/// </summary>
public sealed class LineBuilder(int maxWidth)
{
    private readonly record struct InkCell(string Glyph, int Width, Ink Ink, int Match);

    private readonly List<InkCell> _cells = [];
    private bool _overflowed;

    public int MaxWidth { get; } = Math.Max(0, maxWidth);

    /// <summary>Columns used so far.</summary>
    public int Width { get; private set; }

    public bool IsFull => Width >= MaxWidth;

    /// <summary>Text as it is, spaces kept; tabs and line breaks become single spaces.</summary>
    public LineBuilder Add(string text, Ink ink)
    {
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext() && !_overflowed)
        {
            var element = (string)elements.Current;
            var visible = TerminalText.Cells(element);
            // Layout whitespace (tab, line breaks, no-break space) comes back empty: it is one space here.
            if (visible.Count == 0) Append(" ", 1, ink, -1);
            else foreach (var cell in visible) Append(cell.Glyph, cell.Width, ink, -1);
        }
        return this;
    }

    /// <summary>Cells from <see cref="TerminalText.Cells(SearchEngine.Querying.Search.MarkedText)"/>: marked ones in <paramref name="marked"/>.</summary>
    public LineBuilder Add(IEnumerable<Cell> text, Ink plain, Ink marked)
    {
        foreach (var cell in text)
        {
            if (_overflowed) break;
            Append(cell.Glyph, cell.Width, cell.Marked ? marked : plain, -1);
        }
        return this;
    }

    /// <summary>One cell that belongs to match number <paramref name="match"/> of an article (-1 for none).</summary>
    public LineBuilder Add(Cell cell, Ink ink, int match)
    {
        if (!_overflowed) Append(cell.Glyph, cell.Width, ink, match);
        return this;
    }

    /// <summary>Spaces up to column <paramref name="column"/>.</summary>
    public LineBuilder PadTo(int column)
    {
        while (Width < Math.Min(column, MaxWidth)) Append(" ", 1, Ink.Plain, -1);
        return this;
    }

    public StyledLine Build()
    {
        var kept = _cells;
        if (Width > MaxWidth)
        {
            kept = [];
            var used = 0;
            foreach (var cell in _cells)
            {
                if (used + cell.Width > MaxWidth - 1) break;
                kept.Add(cell);
                used += cell.Width;
            }
            while (kept.Count > 0 && kept[^1].Glyph == " ") kept.RemoveAt(kept.Count - 1);
            if (MaxWidth > 0) kept.Add(new InkCell("…", 1, kept.Count > 0 ? kept[^1].Ink : Ink.Plain, -1));
        }
        return new StyledLine(Group(kept));
    }

    private void Append(string glyph, int width, Ink ink, int match)
    {
        _cells.Add(new InkCell(glyph, width, ink, match));
        Width += width;
        // One cell past the width is enough to know the line must be cut.
        if (Width > MaxWidth) _overflowed = true;
    }

    private static List<Span> Group(List<InkCell> cells)
    {
        var spans = new List<Span>();
        var text = new System.Text.StringBuilder();
        var width = 0;
        for (var i = 0; i < cells.Count; i++)
        {
            text.Append(cells[i].Glyph);
            width += cells[i].Width;
            var last = i == cells.Count - 1;
            if (last || cells[i + 1].Ink != cells[i].Ink || cells[i + 1].Match != cells[i].Match)
            {
                spans.Add(new Span(text.ToString(), cells[i].Ink, width, cells[i].Match));
                text.Clear();
                width = 0;
            }
        }
        return spans;
    }
}
