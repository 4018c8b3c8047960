using SearchEngine.Querying.Tui.Models;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace SearchEngine.Querying.Tui.Views;

/// <summary>
/// A long text (an article body or a diff) read through a <see cref="TextScroller"/>: only the lines in view are laid
/// out and drawn, and the current match is drawn reversed.
/// </summary>
public sealed class TextPane : View
{
    private const int WheelLines = 3;

    private readonly Palette _palette;

    public TextPane(Palette palette)
    {
        _palette = palette;
        CanFocus = true;
    }

    public TextScroller? Reader { get; private set; }

    /// <summary>Raised when the reader's place changes, for the status line.</summary>
    public event Action? Moved;

    /// <summary>
    /// Shows <paramref name="text"/> at its first match. The size is the one the pane is being given (its viewport
    /// still has the old one until the next layout), so the match lands where the reader will see it.
    /// </summary>
    public void Show(TextScroller text, int width, int height)
    {
        Reader = text;
        text.Resize(Math.Max(1, width), Math.Max(1, height));
        if (text.CurrentMatch < 0) text.NextMatch();
        SetNeedsDraw();
        Moved?.Invoke();
    }

    public bool Execute(ConsoleCommand command)
    {
        if (Reader is not { } text) return false;
        bool? moved = command switch
        {
            ConsoleCommand.MoveUp => text.ScrollBy(-1),
            ConsoleCommand.MoveDown => text.ScrollBy(1),
            ConsoleCommand.PageUp => text.PageUp(),
            ConsoleCommand.PageDown => text.PageDown(),
            ConsoleCommand.First => text.Home(),
            ConsoleCommand.Last => text.End(),
            ConsoleCommand.NextMatch => text.NextMatch(),
            ConsoleCommand.PreviousMatch => text.PreviousMatch(),
            _ => null,
        };
        if (moved is null) return false;
        SetNeedsDraw();
        Moved?.Invoke();
        return true;
    }

    protected override void OnViewportChanged(DrawEventArgs e)
    {
        base.OnViewportChanged(e);
        if (Reader is not { } text) return;
        text.Resize(Math.Max(1, Viewport.Width), Math.Max(1, Viewport.Height));
    }

    protected override bool OnDrawingContent(DrawContext? context)
    {
        var width = Viewport.Width;
        var height = Viewport.Height;
        if (Reader is not { } text)
        {
            this.Clear(_palette, 0, 0, width, height);
            return true;
        }
        text.Resize(width, height);
        var lines = text.Visible();
        for (var row = 0; row < height; row++)
            this.DrawLine(_palette, 0, row, width, row < lines.Count ? lines[row] : StyledLine.Empty, currentMatch: text.CurrentMatch);
        return true;
    }

    protected override bool OnMouseEvent(Mouse mouse)
    {
        if (Reader is not { } text) return false;
        if (mouse.Flags.HasFlag(MouseFlags.WheeledDown) || mouse.Flags.HasFlag(MouseFlags.WheeledUp))
        {
            text.ScrollBy(mouse.Flags.HasFlag(MouseFlags.WheeledDown) ? WheelLines : -WheelLines);
            SetNeedsDraw();
            Moved?.Invoke();
            return true;
        }
        if (mouse.IsSingleDoubleOrTripleClicked) SetFocus();
        return false;
    }
}
