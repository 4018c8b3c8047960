using System.Text;
using SearchEngine.Querying.Display;

namespace SearchEngine.Querying.Tui.Models;

/// <summary>
/// <see cref="RichText"/> wrapped to one width, lazily: blocks are wrapped only when a line at or past them is asked
/// for, so opening a huge article or jumping to its first match costs what is on screen, not the whole text.
/// </summary>
public sealed class TextLayout(RichText text, int width)
{
    private readonly record struct InkedCell(Cell Cell, Ink Ink, int Match)
    {
        public bool IsSpace => Cell.IsSpace;
    }

    private static readonly Cell Space = new(" ", 1, false);

    private readonly List<StyledLine> _lines = [];
    private readonly List<int> _blockOfLine = [];
    private readonly List<int> _firstLineOfBlock = [];
    private readonly Dictionary<int, int> _lineOfMatch = [];

    public int Width { get; } = Math.Max(1, width);

    public RichText Text => text;

    public bool IsComplete => _firstLineOfBlock.Count == text.Blocks.Count;

    /// <summary>Lines laid out so far; all of them once <see cref="IsComplete"/>.</summary>
    public int KnownLines => _lines.Count;

    /// <summary>The line, laid out on demand; empty past the end.</summary>
    public StyledLine Line(int index)
    {
        EnsureLines(index + 1);
        return index >= 0 && index < _lines.Count ? _lines[index] : StyledLine.Empty;
    }

    public void EnsureLines(int count)
    {
        while (_lines.Count < count && !IsComplete) LayOutNextBlock();
    }

    public void LayOutAll() => EnsureLines(int.MaxValue);

    /// <summary>The first line showing match <paramref name="match"/>, or null when there is no such match.</summary>
    public int? LineOfMatch(int match)
    {
        while (!_lineOfMatch.ContainsKey(match) && !IsComplete) LayOutNextBlock();
        return _lineOfMatch.TryGetValue(match, out var line) ? line : null;
    }

    /// <summary>The block a line belongs to, so a view can keep its place when the width changes.</summary>
    public int BlockOfLine(int line)
    {
        EnsureLines(line + 1);
        return _blockOfLine.Count == 0 ? 0 : _blockOfLine[Math.Clamp(line, 0, _blockOfLine.Count - 1)];
    }

    public int FirstLineOfBlock(int block)
    {
        while (_firstLineOfBlock.Count <= block && !IsComplete) LayOutNextBlock();
        return _firstLineOfBlock.Count == 0 ? 0 : _firstLineOfBlock[Math.Clamp(block, 0, _firstLineOfBlock.Count - 1)];
    }

    private void LayOutNextBlock()
    {
        var index = _firstLineOfBlock.Count;
        var block = text.Blocks[index];
        if (block.StartsParagraph && _lines.Count > 0) AddLine(StyledLine.Empty, index);
        _firstLineOfBlock.Add(_lines.Count);
        foreach (var line in Wrap(Cells(block)))
        {
            var styled = ToLine(line);
            foreach (var span in styled.Spans)
                if (span.Match >= 0) _lineOfMatch.TryAdd(span.Match, _lines.Count);
            AddLine(styled, index);
        }
    }

    /// <summary>Wrapped cells fit the width already, so runs of one ink become spans directly.</summary>
    private static StyledLine ToLine(List<InkedCell> cells)
    {
        var spans = new List<Span>();
        var text = new StringBuilder();
        var width = 0;
        for (var i = 0; i < cells.Count; i++)
        {
            text.Append(cells[i].Cell.Glyph);
            width += cells[i].Cell.Width;
            if (i == cells.Count - 1 || cells[i + 1].Ink != cells[i].Ink || cells[i + 1].Match != cells[i].Match)
            {
                spans.Add(new Span(text.ToString(), cells[i].Ink, width, cells[i].Match));
                text.Clear();
                width = 0;
            }
        }
        return new StyledLine(spans);
    }

    private void AddLine(StyledLine line, int block)
    {
        _lines.Add(line);
        _blockOfLine.Add(block);
    }

    /// <summary>Cells of a block. <see cref="TerminalText.Cells(string)"/> trims each segment, so the spaces between segments are put back.</summary>
    private static List<InkedCell> Cells(Block block)
    {
        var cells = new List<InkedCell>();
        var pendingSpace = false;
        foreach (var segment in block.Segments)
        {
            if (segment.Text.Length == 0) continue;
            if (char.IsWhiteSpace(segment.Text[0])) pendingSpace = true;
            var visible = IsPlainAscii(segment.Text) ? AsciiCells(segment.Text) : TerminalText.Cells(segment.Text);
            if (visible.Count > 0)
            {
                if (pendingSpace && cells.Count > 0) cells.Add(new InkedCell(Space, Ink.Plain, -1));
                pendingSpace = false;
                foreach (var cell in visible) cells.Add(new InkedCell(cell, segment.Ink, segment.Match));
            }
            if (char.IsWhiteSpace(segment.Text[^1])) pendingSpace = true;
        }
        return cells;
    }

    /// <summary>Printable ASCII and layout whitespace only: the common case, which needs no grapheme or width lookups.</summary>
    private static bool IsPlainAscii(string text)
    {
        foreach (var c in text)
            if (c is > '~' or (< ' ' and not ('\t' or '\n' or '\r'))) return false;
        return true;
    }

    private static readonly Cell[] Ascii = [.. Enumerable.Range(0, 128).Select(c => new Cell(((char)c).ToString(), 1, false))];

    /// <summary>What <see cref="TerminalText.Cells(string)"/> makes of plain ASCII (runs of whitespace as one space, ends trimmed), faster.</summary>
    private static List<Cell> AsciiCells(string text)
    {
        var cells = new List<Cell>(text.Length);
        foreach (var c in text)
        {
            if (c is ' ' or '\t' or '\n' or '\r')
            {
                if (cells.Count > 0 && !cells[^1].IsSpace) cells.Add(Space);
                continue;
            }
            cells.Add(Ascii[c]);
        }
        if (cells.Count > 0 && cells[^1].IsSpace) cells.RemoveAt(cells.Count - 1);
        return cells;
    }

    /// <summary>Greedy word wrap; a word longer than a line is split where the line ends.</summary>
    private List<List<InkedCell>> Wrap(List<InkedCell> cells)
    {
        var result = new List<List<InkedCell>>();
        var line = new List<InkedCell>();
        var lineWidth = 0;
        var i = 0;
        while (i < cells.Count)
        {
            if (cells[i].IsSpace)
            {
                i++;
                continue;
            }
            var end = i;
            var wordWidth = 0;
            while (end < cells.Count && !cells[end].IsSpace) wordWidth += cells[end++].Cell.Width;
            if (line.Count > 0 && lineWidth + 1 + wordWidth > Width)
            {
                result.Add(line);
                line = [];
                lineWidth = 0;
            }
            if (line.Count > 0)
            {
                line.Add(cells[i - 1]);
                lineWidth++;
            }
            for (var c = i; c < end; c++)
            {
                if (lineWidth + cells[c].Cell.Width > Width && line.Count > 0)
                {
                    result.Add(line);
                    line = [];
                    lineWidth = 0;
                }
                line.Add(cells[c]);
                lineWidth += cells[c].Cell.Width;
            }
            i = end + 1;
        }
        if (line.Count > 0) result.Add(line);
        return result;
    }
}
