namespace SearchEngine.Querying.Tui.Models;

/// <summary>What a list shows: a number of items, each the same number of rows, drawn for a given width.</summary>
public interface IItemSource
{
    int Count { get; }

    int ItemHeight { get; }

    /// <summary>Exactly <see cref="ItemHeight"/> lines, none wider than <paramref name="width"/>.</summary>
    IReadOnlyList<StyledLine> Render(int item, int width);

    /// <summary>Headings and notes can be shown but not selected.</summary>
    bool IsSelectable(int item);

    /// <summary>
    /// What the item stands for, equal across two lists when it is the same thing (a facet value, not its row), so a
    /// list drawn again keeps the cursor on it; null where the row is all there is to go by.
    /// </summary>
    object? KeyOf(int item) => null;
}

/// <summary>
/// The selected item of a list and the first item in view, kept consistent as the list changes, the selection moves
/// and the view is resized: the selection stays on a selectable item and in view.
/// </summary>
public sealed class ListCursor
{
    private IItemSource _source;

    public ListCursor(IItemSource source)
    {
        _source = source;
        Reset(source);
    }

    /// <summary>-1 when nothing can be selected.</summary>
    public int Selected { get; private set; } = -1;

    /// <summary>The first item in view.</summary>
    public int Top { get; private set; }

    /// <summary>Whole items that fit in the view; at least one.</summary>
    public int PageSize { get; private set; } = 1;

    public IItemSource Source => _source;

    /// <summary>Shows <paramref name="items"/> from the first selectable item.</summary>
    public void Reset(IItemSource items)
    {
        _source = items;
        Top = 0;
        Selected = NextSelectable(0, +1);
    }

    /// <summary>
    /// The same list grew or changed in place: keep the selection on the item it was on (by <see cref="IItemSource.KeyOf"/>)
    /// when the list still has it, else on the same row if it still can be.
    /// </summary>
    public void Refresh(IItemSource items)
    {
        var key = Selected >= 0 && Selected < _source.Count ? _source.KeyOf(Selected) : null;
        _source = items;
        if (key is not null && IndexOf(key) is var same and >= 0) Selected = same;
        else if (_source.Count == 0) Selected = -1;
        else if (Selected < 0 || Selected >= _source.Count || !_source.IsSelectable(Selected))
        {
            var nearest = NextSelectable(Math.Clamp(Selected, 0, _source.Count - 1), -1);
            Selected = nearest >= 0 ? nearest : NextSelectable(0, +1);
        }
        Top = Math.Clamp(Top, 0, MaxTop);
        KeepSelectionInView();
    }

    /// <summary>A new view height; the selection is brought back into view only if the page size changed, so a wheel scroll stays.</summary>
    public void Resize(int rows)
    {
        var pageSize = Math.Max(1, rows / Math.Max(1, _source.ItemHeight));
        if (pageSize == PageSize) return;
        PageSize = pageSize;
        Top = Math.Clamp(Top, 0, MaxTop);
        KeepSelectionInView();
    }

    /// <summary>Moves by <paramref name="delta"/> selectable items, stopping at the ends.</summary>
    public bool Move(int delta)
    {
        var target = Selected;
        var step = Math.Sign(delta);
        for (var moved = 0; moved < Math.Abs(delta); moved++)
        {
            var next = NextSelectable(target + step, step);
            if (next < 0) break;
            target = next;
        }
        return Select(target);
    }

    public bool PageDown() => Move(PageSize);

    public bool PageUp() => Move(-PageSize);

    public bool First() => Select(NextSelectable(0, +1));

    public bool Last() => Select(NextSelectable(_source.Count - 1, -1));

    /// <summary>Selects <paramref name="item"/> if it can be selected; true when the selection changed.</summary>
    public bool Select(int item)
    {
        if (item < 0 || item >= _source.Count || !_source.IsSelectable(item) || item == Selected) return false;
        Selected = item;
        KeepSelectionInView();
        return true;
    }

    /// <summary>Scrolls the view (the mouse wheel) without moving the selection.</summary>
    public bool Scroll(int items)
    {
        var top = Math.Clamp(Top + items, 0, MaxTop);
        if (top == Top) return false;
        Top = top;
        return true;
    }

    /// <summary>The item drawn at <paramref name="row"/> of the view, or -1.</summary>
    public int ItemAtRow(int row)
    {
        var item = Top + row / Math.Max(1, _source.ItemHeight);
        return row >= 0 && item < _source.Count ? item : -1;
    }

    private int MaxTop => Math.Max(0, _source.Count - PageSize);

    private void KeepSelectionInView()
    {
        if (Selected < 0) return;
        if (Selected < Top) Top = Selected;
        else if (Selected >= Top + PageSize) Top = Selected - PageSize + 1;
    }

    private int IndexOf(object key)
    {
        for (var i = 0; i < _source.Count; i++)
            if (_source.IsSelectable(i) && key.Equals(_source.KeyOf(i))) return i;
        return -1;
    }

    private int NextSelectable(int from, int step)
    {
        for (var i = from; i >= 0 && i < _source.Count; i += step)
            if (_source.IsSelectable(i)) return i;
        return -1;
    }
}
