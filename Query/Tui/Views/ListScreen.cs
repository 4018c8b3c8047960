using SearchEngine.Querying.Tui.Models;
using Terminal.Gui.ViewBase;

namespace SearchEngine.Querying.Tui.Views;

/// <summary>A titled full-screen list: saved queries, the query history, or the keys (help).</summary>
public sealed class ListScreen : View
{
    private readonly LinesView title;
    private string heading = "";
    private string hint = "";

    public ListScreen(Palette palette)
    {
        CanFocus = true;
        title = new LinesView(palette, (w, _) => [new LineBuilder(w).Add(heading, Ink.Heading).Add(hint.Length > 0 ? "  " + hint : "", Ink.Faint).Build()]);
        List = new ItemListView(palette, new StaticLines([]));
        ReadOnlyList = new ItemListView(palette, new StaticLines([]), selectable: false);
        Add(title, List, ReadOnlyList);
    }

    /// <summary>The list of things to pick (saved queries, history).</summary>
    public ItemListView List { get; }

    /// <summary>The list that is only read (help).</summary>
    public ItemListView ReadOnlyList { get; }

    public ItemListView Current => ReadOnlyList.Visible ? ReadOnlyList : List;

    public void Show(string heading, string hint, IItemSource items, bool pickable)
    {
        this.heading = heading;
        this.hint = hint;
        List.Visible = pickable;
        ReadOnlyList.Visible = !pickable;
        Current.Show(items, keepSelection: false);
        title.SetNeedsDraw();
    }

    public void Arrange(int width, int height)
    {
        var (top, body, _, _) = ConsoleLayout.Page(width, height, titleLines: 2);
        title.Place(top);
        List.Place(body);
        ReadOnlyList.Place(body);
        SetNeedsLayout();
    }
}
