using SearchEngine.Querying.Tui.Models;

namespace SearchEngine.Tests.Tui;

public class ConsoleLayoutTests
{
    [Fact]
    public void At_80_by_24_results_and_facets_both_show()
    {
        var layout = ConsoleLayout.Search(80, 24);

        Assert.False(layout.Facets.IsEmpty);
        Assert.Equal(80, layout.Results.Width + layout.Facets.Width);
        Assert.Equal(20, layout.Results.Height);
    }

    [Fact]
    public void A_narrow_terminal_hides_the_facets()
    {
        var layout = ConsoleLayout.Search(60, 24);

        Assert.True(layout.Facets.IsEmpty);
        Assert.Equal(60, layout.Results.Width);
    }

    [Fact]
    public void A_tall_terminal_gets_two_snippet_lines_per_hit()
    {
        Assert.Equal(1, ConsoleLayout.Search(80, 24).SnippetLines);
        Assert.Equal(2, ConsoleLayout.Search(120, 40).SnippetLines);
    }

    [Fact]
    public void The_status_line_and_key_bar_are_the_last_two_rows()
    {
        var layout = ConsoleLayout.Search(100, 30);

        Assert.Equal((28, 29), (layout.Status.Y, layout.Keys.Y));
    }

    [Fact]
    public void Copies_sit_beside_the_article_when_wide_and_under_it_when_narrow()
    {
        var wide = ConsoleLayout.Article(140, 40, 5);
        var narrow = ConsoleLayout.Article(80, 24, 5);

        Assert.Equal(wide.Body.Y, wide.Related.Y);
        Assert.True(narrow.Related.Y >= narrow.Body.Y + narrow.Body.Height);
        Assert.Equal(80, narrow.Body.Width);
    }

    [Fact]
    public void A_blank_column_and_a_rule_part_the_article_body_from_the_related_pane_beside_it()
    {
        var wide = ConsoleLayout.Article(120, 35, 5);

        Assert.True(wide.Body.X + wide.Body.Width < wide.Rule.X);
        Assert.Equal(wide.Rule.X + 1, wide.Related.X);
    }
}
