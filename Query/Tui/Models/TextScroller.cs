namespace SearchEngine.Querying.Tui.Models;

/// <summary>
/// Where a reader is in a long text: the first line in view, and the match (or diff change) they are on. Keeps its
/// place when the view is resized, and scrolls so the current match is in view when stepping between matches.
/// </summary>
public sealed class TextScroller(RichText text)
{
    private TextLayout _layout = new(text, 80);

    public RichText Text => text;

    public int Top { get; private set; }

    public int Height { get; private set; } = 1;

    public int Width => _layout.Width;

    /// <summary>-1 until the reader steps to a match.</summary>
    public int CurrentMatch { get; private set; } = -1;

    public int MatchCount => text.MatchCount;

    /// <summary>Lines known so far; the view grows its scroll range as the reader goes down.</summary>
    public int KnownLines => _layout.KnownLines;

    public bool IsComplete => _layout.IsComplete;

    public void Resize(int width, int height)
    {
        Height = Math.Max(1, height);
        if (Math.Max(1, width) != _layout.Width)
        {
            var block = _layout.BlockOfLine(Top);
            _layout = new TextLayout(text, width);
            Top = _layout.FirstLineOfBlock(block);
        }
        Clamp();
    }

    /// <summary>The lines in view, as many as the height (empty past the end).</summary>
    public IReadOnlyList<StyledLine> Visible()
    {
        _layout.EnsureLines(Top + Height);
        return [.. Enumerable.Range(Top, Height).Select(_layout.Line)];
    }

    public bool ScrollBy(int lines)
    {
        var before = Top;
        Top += lines;
        Clamp();
        return Top != before;
    }

    public bool PageDown() => ScrollBy(Math.Max(1, Height - 1));

    public bool PageUp() => ScrollBy(-Math.Max(1, Height - 1));

    public bool Home() => ScrollBy(-Top);

    public bool End()
    {
        _layout.LayOutAll();
        return ScrollBy(_layout.KnownLines);
    }

    /// <summary>Steps to the next match, wrapping round to the first; false when there are none.</summary>
    public bool NextMatch() => GoToMatch(MatchCount == 0 ? -1 : (CurrentMatch + 1) % MatchCount);

    public bool PreviousMatch() => GoToMatch(MatchCount == 0 ? -1 : (CurrentMatch - 1 + MatchCount) % MatchCount);

    public bool GoToMatch(int match)
    {
        if (match < 0 || match >= MatchCount || _layout.LineOfMatch(match) is not { } line) return false;
        CurrentMatch = match;
        // A third of the way down, so the reader sees what leads up to it.
        if (line < Top || line >= Top + Height) Top = line - Height / 3;
        Clamp();
        return true;
    }

    private void Clamp()
    {
        // Until the layout is complete it holds at least the lines in view, so only the true end stops scrolling.
        _layout.EnsureLines(Top + Height);
        Top = Math.Clamp(Top, 0, Math.Max(0, _layout.KnownLines - Height));
    }
}
