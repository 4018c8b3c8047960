using SearchEngine.Querying.Tui.Models;
using Terminal.Gui.ViewBase;

namespace SearchEngine.Querying.Tui.Views;

/// <summary>A titled full-screen list: saved queries, the query history, or the keys (help).</summary>
public sealed class ListScreen : View
{
    private readonly LinesView _title;
    private string _heading = "";
    private string _hint = "";

    public ListScreen(Palette palette)
    {
        CanFocus = true;
        _title = new LinesView(palette, (w, _) => [new LineBuilder(w).Add(_heading, Ink.Heading).Add(_hint.Length > 0 ? "  " + _hint : "", Ink.Faint).Build()]);
        List = new ItemListView(palette, new StaticLines([]));
        ReadOnlyList = new ItemListView(palette, new StaticLines([]), selectable: false);
        Add(_title, List, ReadOnlyList);
    }

    /// <summary>The list of things to pick (saved queries, history).</summary>
    public ItemListView List { get; }

    /// <summary>The list that is only read (help).</summary>
    public ItemListView ReadOnlyList { get; }

    public ItemListView Current => ReadOnlyList.Visible ? ReadOnlyList : List;

    public void Show(string heading, string hint, IItemSource items, bool pickable)
    {
        _heading = heading;
        _hint = hint;
        List.Visible = pickable;
        ReadOnlyList.Visible = !pickable;
        Current.Show(items, keepSelection: false);
        _title.SetNeedsDraw();
    }

    public void Arrange(int width, int height)
    {
        var (top, body, _, _) = ConsoleLayout.Page(width, height, titleLines: 2);
        _title.Place(top);
        List.Place(body);
        ReadOnlyList.Place(body);
        SetNeedsLayout();
    }
}
