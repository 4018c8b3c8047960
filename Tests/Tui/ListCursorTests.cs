using SearchEngine.Querying.Tui.Models;

namespace SearchEngine.Tests.Tui;

public class ListCursorTests
{
    /// <summary>Items of one row; those named "#" are headings.</summary>
    private sealed class Rows(params string[] rows) : IItemSource
    {
        public int Count => rows.Length;
        public int ItemHeight => 1;
        public bool IsSelectable(int item) => rows[item] != "#";
        public IReadOnlyList<StyledLine> Render(int item, int width) => [new LineBuilder(width).Add(rows[item], Ink.Plain).Build()];
    }

    private static ListCursor Cursor(int rows, params string[] items)
    {
        var cursor = new ListCursor(new Rows(items));
        cursor.Resize(rows);
        return cursor;
    }

    [Fact]
    public void The_first_selectable_item_starts_selected()
    {
        Assert.Equal(1, Cursor(5, "#", "a", "b").Selected);
    }

    [Fact]
    public void Moving_skips_headings()
    {
        var cursor = Cursor(5, "#", "a", "#", "b");

        cursor.Move(1);

        Assert.Equal(3, cursor.Selected);
    }

    [Fact]
    public void Moving_stops_at_the_ends()
    {
        var cursor = Cursor(5, "a", "b");

        Assert.False(cursor.Move(-1));
        cursor.Move(5);
        Assert.Equal(1, cursor.Selected);
    }

    [Fact]
    public void The_selection_stays_in_view()
    {
        var cursor = Cursor(3, "a", "b", "c", "d", "e", "f");

        cursor.Move(4);

        Assert.Equal(4, cursor.Selected);
        Assert.Equal(2, cursor.Top);
    }

    [Fact]
    public void Paging_moves_a_page_of_items()
    {
        var cursor = Cursor(3, "a", "b", "c", "d", "e", "f", "g");

        cursor.PageDown();

        Assert.Equal(3, cursor.Selected);
    }

    [Fact]
    public void Scrolling_moves_the_view_but_not_the_selection()
    {
        var cursor = Cursor(2, "a", "b", "c", "d");

        cursor.Scroll(2);

        Assert.Equal((0, 2), (cursor.Selected, cursor.Top));
    }

    [Fact]
    public void Redrawing_at_the_same_size_keeps_a_wheel_scroll()
    {
        var cursor = Cursor(2, "a", "b", "c", "d");
        cursor.Scroll(2);

        cursor.Resize(2);

        Assert.Equal(2, cursor.Top);
    }

    [Fact]
    public void Moving_after_a_wheel_scroll_brings_the_selection_back_into_view()
    {
        var cursor = Cursor(2, "a", "b", "c", "d", "e");
        cursor.Scroll(3);

        cursor.Move(1);

        Assert.Equal(1, cursor.Top);
    }

    [Fact]
    public void A_list_that_grew_keeps_its_selection()
    {
        var cursor = Cursor(3, "a", "b", "c");
        cursor.Move(2);

        cursor.Refresh(new Rows("a", "b", "c", "d", "e"));

        Assert.Equal(2, cursor.Selected);
    }

    [Fact]
    public void A_list_that_shrank_selects_its_last_item()
    {
        var cursor = Cursor(3, "a", "b", "c", "d");
        cursor.Last();

        cursor.Refresh(new Rows("a", "b"));

        Assert.Equal(1, cursor.Selected);
    }

    [Fact]
    public void A_row_maps_to_the_item_drawn_there()
    {
        var cursor = new ListCursor(new Rows("a", "b", "c"));

        Assert.Equal((0, 2, -1), (cursor.ItemAtRow(0), cursor.ItemAtRow(2), cursor.ItemAtRow(3)));
    }
}
