using SearchEngine.Querying.Tui.Models;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace SearchEngine.Querying.Tui.Views;

/// <summary>A few styled lines computed elsewhere (a header, the status line, the key bar, the timeline), redrawn on request.</summary>
public sealed class LinesView : View
{
    private readonly Palette _palette;
    private readonly Func<int, int, IReadOnlyList<StyledLine>> _lines;
    private readonly Attribute? _fill;

    /// <param name="lines">The lines for a width and height; asked again at every draw.</param>
    /// <param name="fill">The attribute of unstyled text and the rest of the rows (the status line is reversed).</param>
    public LinesView(Palette palette, Func<int, int, IReadOnlyList<StyledLine>> lines, Attribute? fill = null)
    {
        _palette = palette;
        _lines = lines;
        _fill = fill;
        CanFocus = false;
    }

    /// <summary>Raised with the column and row of a click.</summary>
    public event Action<int, int>? Clicked;

    protected override bool OnDrawingContent(DrawContext? context)
    {
        var shown = _lines(Viewport.Width, Viewport.Height);
        for (var row = 0; row < Viewport.Height; row++)
            this.DrawLine(_palette, 0, row, Viewport.Width, row < shown.Count ? shown[row] : StyledLine.Empty, fill: _fill);
        return true;
    }

    protected override bool OnMouseEvent(Mouse mouse)
    {
        if (!mouse.IsSingleClicked || mouse.Position is not { } at || Clicked is null) return false;
        Clicked(at.X, at.Y);
        return true;
    }
}
