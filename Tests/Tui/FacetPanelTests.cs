using SearchEngine.Indexing.Schema;
using SearchEngine.Querying.Search;
using SearchEngine.Querying.Tui.Models;

namespace SearchEngine.Tests.Tui;

public class FacetPanelTests
{
    private static SearchResult Result(params (string Dimension, string Value, int Count)[] values) => new()
    {
        QueryText = "",
        Total = 10,
        TookMs = 1,
        Hits = [],
        Facets = values.GroupBy(v => v.Dimension).ToDictionary(
            g => g.Key, g => (IReadOnlyList<FacetValue>)[.. g.Select(v => new FacetValue(v.Value, v.Count))]),
    };

    [Fact]
    public void Each_dimension_has_a_heading_then_its_values_with_counts()
    {
        var panel = new FacetPanel(Result(("outlet", "BBC", 4), ("people", "Kim Jong Un", 3)), SearchCriteria.Start, 8);

        Assert.Equal(["Outlet", "[ ] BBC          4", "Date · none in th…", "People", "[ ] Kim Jong Un  3"],
            Enumerable.Range(0, panel.Count).Select(i => panel.Render(i, 18)[0].PlainText));
    }

    [Fact]
    public void A_dimension_with_no_values_says_so()
    {
        var panel = new FacetPanel(Result(("people", "Kim Jong Un", 3)), SearchCriteria.Start, 8);

        Assert.Equal("Outlet · none in these hits", panel.Render(0, 40)[0].PlainText);
    }

    [Fact]
    public void Headings_cannot_be_selected()
    {
        var panel = new FacetPanel(Result(("outlet", "BBC", 4)), SearchCriteria.Start, 8);

        Assert.False(panel.IsSelectable(0));
        Assert.True(panel.IsSelectable(1));
    }

    [Fact]
    public void Picked_values_are_checked()
    {
        var criteria = SearchCriteria.Start.Toggle(FacetDimension.Outlet, "BBC");

        var panel = new FacetPanel(Result(("outlet", "BBC", 4), ("outlet", "CNN", 2)), criteria, 8);

        Assert.True(panel[1].Selected);
        Assert.StartsWith("[x] BBC", panel.Render(1, 20)[0].PlainText);
        Assert.False(panel[2].Selected);
    }

    [Fact]
    public void A_picked_value_outside_the_top_stays_listed_so_it_can_be_dropped()
    {
        var criteria = SearchCriteria.Start.Toggle(FacetDimension.Outlet, "Rare Gazette");

        var panel = new FacetPanel(Result(("outlet", "BBC", 9), ("outlet", "CNN", 8), ("outlet", "Rare Gazette", 1)), criteria, 2);

        Assert.Contains(panel.Entries, e => e is { Value: "Rare Gazette", Selected: true, Count: 1 });
    }

    [Fact]
    public void After_picking_a_value_the_cursor_stays_on_it_though_the_values_above_it_changed()
    {
        var before = new FacetPanel(Result(("outlet", "BBC", 4), ("outlet", "CNN", 3), ("outlet", "Sky", 2),
            ("people", "Alan Greenspan", 2), ("people", "Kiichi Miyazawa", 1)), SearchCriteria.Start, 8);
        var cursor = new ListCursor(before);
        cursor.Resize(20);
        cursor.Select(before.Entries.ToList().FindIndex(e => e.Value == "Alan Greenspan"));
        var picked = SearchCriteria.Start.Toggle(FacetDimension.People, "Alan Greenspan");

        // Picking him leaves one outlet: the rows below it move up two.
        cursor.Refresh(new FacetPanel(Result(("outlet", "BBC", 2), ("people", "Alan Greenspan", 2), ("people", "Kiichi Miyazawa", 1)), picked, 8));

        Assert.Equal("Alan Greenspan", ((FacetPanel)cursor.Source)[cursor.Selected].Value);
    }
}
