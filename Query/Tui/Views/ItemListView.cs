using SearchEngine.Querying.Tui.Models;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace SearchEngine.Querying.Tui.Views;

/// <summary>
/// A list of multi-row items from an <see cref="IItemSource"/>, drawing only the items in view. The selected item has
/// a bar in the left column, and is reversed while the list has focus. Keys arrive as commands from the key map;
/// the mouse selects on click, opens on double-click (or a click on the selected item) and scrolls with the wheel.
/// </summary>
public sealed class ItemListView : View
{
    private readonly Palette _palette;

    public ItemListView(Palette palette, IItemSource source, bool selectable = true)
    {
        _palette = palette;
        Selection = new ListCursor(source);
        Selectable = selectable;
        CanFocus = true;
    }

    public ListCursor Selection { get; }

    /// <summary>False for lists that are only read (help): moving then scrolls.</summary>
    public bool Selectable { get; }

    /// <summary>True where a click should act at once (facet values); elsewhere a click selects and a double-click opens.</summary>
    public bool OpenOnClick { get; init; }

    /// <summary>Raised with the selected item when it changes.</summary>
    public event Action<int>? SelectionChanged;

    /// <summary>Raised with the last item in view after the wheel scrolled the list, so more can be loaded.</summary>
    public event Action<int>? Scrolled;

    /// <summary>Raised with the item Enter or a double-click opened.</summary>
    public event Action<int>? Opened;

    public void Show(IItemSource source, bool keepSelection)
    {
        if (keepSelection) Selection.Refresh(source);
        else Selection.Reset(source);
        SetNeedsDraw();
    }

    /// <summary>Runs a list command; false when it does not apply to lists.</summary>
    public bool Execute(ConsoleCommand command)
    {
        var before = Selection.Selected;
        var handled = command switch
        {
            ConsoleCommand.MoveUp => Selectable ? Selection.Move(-1) : Selection.Scroll(-1),
            ConsoleCommand.MoveDown => Selectable ? Selection.Move(1) : Selection.Scroll(1),
            ConsoleCommand.PageUp => Selectable ? Selection.PageUp() : Selection.Scroll(-Selection.PageSize),
            ConsoleCommand.PageDown => Selectable ? Selection.PageDown() : Selection.Scroll(Selection.PageSize),
            ConsoleCommand.First => Selectable ? Selection.First() : Selection.Scroll(-Selection.Top),
            ConsoleCommand.Last => Selectable ? Selection.Last() : Selection.Scroll(Selection.Source.Count),
            ConsoleCommand.Open => Open(),
            _ => (bool?)null,
        };
        if (handled is null) return false;
        AfterMove(before);
        return true;
    }

    protected override bool OnDrawingContent(DrawContext? context)
    {
        var width = Viewport.Width;
        var height = Viewport.Height;
        Selection.Resize(height);
        var source = Selection.Source;
        var row = 0;
        for (var item = Selection.Top; item < source.Count && row < height; item++)
        {
            var selected = Selectable && item == Selection.Selected;
            foreach (var line in source.Render(item, Math.Max(1, width - 1)))
            {
                if (row >= height) break;
                Move(0, row);
                SetAttribute(_palette.For(Ink.Chosen));
                AddStr(selected ? "▌" : " ");
                this.DrawLine(_palette, 1, row, width - 1, line, selected && HasFocus);
                row++;
            }
        }
        this.Clear(_palette, 0, row, width, height - row);
        return true;
    }

    protected override bool OnMouseEvent(Mouse mouse)
    {
        if (mouse.Flags.HasFlag(MouseFlags.WheeledDown) || mouse.Flags.HasFlag(MouseFlags.WheeledUp))
        {
            if (Selection.Scroll(mouse.Flags.HasFlag(MouseFlags.WheeledDown) ? 1 : -1))
                Scrolled?.Invoke(Selection.Top + Selection.PageSize - 1);
            SetNeedsDraw();
            return true;
        }
        if (!mouse.IsSingleDoubleOrTripleClicked || mouse.Position is not { } at) return false;
        SetFocus();
        var item = Selection.ItemAtRow(at.Y);
        if (item < 0) return true;
        var before = Selection.Selected;
        var wasSelected = item == Selection.Selected;
        Selection.Select(item);
        AfterMove(before);
        if (OpenOnClick || mouse.IsDoubleClicked || wasSelected) Open();
        return true;
    }

    protected override void OnViewportChanged(DrawEventArgs e)
    {
        base.OnViewportChanged(e);
        Selection.Resize(Viewport.Height);
    }

    protected override void OnHasFocusChanged(bool newHasFocus, View? previousFocusedView, View? focusedView) => SetNeedsDraw();

    private bool Open()
    {
        if (Selection.Selected >= 0) Opened?.Invoke(Selection.Selected);
        return true;
    }

    private void AfterMove(int before)
    {
        if (Selection.Selected != before) SelectionChanged?.Invoke(Selection.Selected);
        SetNeedsDraw();
    }
}
