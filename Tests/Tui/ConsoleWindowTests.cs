using SearchEngine.Indexing.Schema;
using SearchEngine.Querying.SavedQueries;
using SearchEngine.Querying.Search;
using SearchEngine.Querying.Tui.Models;
using Terminal.Gui.Drawing;
using Terminal.Gui.Input;

namespace SearchEngine.Tests.Tui;

public sealed class ConsoleWindowTests(SeedsIndex seeds) : IClassFixture<SeedsIndex>
{
    private ConsoleHarness Open(int width = 100, int height = 30, bool colour = true) => new(seeds.Searcher, width, height, colour);

    [Fact]
    public void Typing_a_query_shows_its_hits_and_how_many()
    {
        using var console = Open();

        console.Type("Kim Jong Un");

        Assert.Contains("Search ▸ Kim Jong Un", console.Row(0));
        Assert.Contains("North Korean troops in Ukraine raise fears of global escalation", console.Screen);
        Assert.Contains("4 hits", console.Row(28));
    }

    [Fact]
    public void Enter_in_the_query_bar_searches_the_words_as_written()
    {
        using var console = Open();

        console.Type("Buda").Press(Key.Enter);

        Assert.False(console.Console.Results.Criteria.AsTyped);
        Assert.Equal(seeds.Searcher.Search(new() { QueryText = "Buda" }).Total, console.Console.Results.Result.Total);
    }

    [Fact]
    public void In_an_article_a_closing_bracket_reads_the_next_hit_and_Esc_returns_to_it_in_the_results()
    {
        using var console = Open();
        console.Open("Kim Jong Un", _ => true);
        var second = console.Console.Results.Hits[1];

        console.Type("]");

        Assert.Equal(second.Id, console.Window.Article.Page!.Hit.Id);
        console.Press(Key.Esc);
        Assert.Equal((ConsoleScreen.Search, 1), (console.Window.Screen, console.Window.Search.Results.Selection.Selected));
    }

    [Fact]
    public void In_an_article_an_opening_bracket_on_the_first_hit_says_it_is_the_first()
    {
        using var console = Open();
        console.Open("Kim Jong Un", _ => true);
        var first = console.Window.Article.Page!.Hit.Id;

        console.Type("[");

        Assert.Equal(first, console.Window.Article.Page!.Hit.Id);
        Assert.Contains("this is the first hit", console.Screen);
    }

    [Fact]
    public void The_people_facet_lists_who_the_hits_name_with_counts()
    {
        using var console = Open();

        console.Type("Kim Jong Un");

        Assert.Matches(@"\[ \] Kim Jong Un\s+4", console.Screen);
        Assert.Contains("People", console.Screen);
        Assert.Contains("Timeline", console.Screen);
    }

    [Fact]
    public void Picking_a_facet_value_narrows_the_hits_and_shows_the_filter()
    {
        using var console = Open();
        console.Type("troops").Press(Key.Tab, Key.Tab);
        var person = console.Console.Facets.Entries.ToList().FindIndex(e => e.Value == "Kyrylo Budanov");
        while (console.Window.Search.Facets.Selection.Selected < person) console.Press(Key.CursorDown);
        var outletsBefore = OutletRows(console);

        console.Press(Key.Space);

        Assert.Contains("[x] Kyrylo Budanov", console.Screen);
        Assert.Contains("people: Kyrylo Budanov", console.Row(1));
        Assert.Contains("2 hits", console.Row(28));
        Assert.NotEqual(outletsBefore, OutletRows(console));
    }

    /// <summary>The rows under the Outlet heading of the facets pane, as drawn.</summary>
    private static string OutletRows(ConsoleHarness console)
    {
        var rows = console.Screen.Split('\n');
        var heading = console.Find("Outlet");
        return string.Join('\n', rows.Skip(heading.Y).TakeWhile(r => !r[heading.X..].StartsWith("Date", StringComparison.Ordinal)).Select(r => r[heading.X..]));
    }

    [Fact]
    public void Clicking_a_facet_value_picks_it()
    {
        using var console = Open();
        console.Type("troops");

        var at = console.Find("Kyrylo Budanov");
        console.Click(at.X, at.Y);

        Assert.Contains("[x] Kyrylo Budanov", console.Screen);
    }

    [Fact]
    public void Clicking_a_bar_of_the_timeline_picks_that_day()
    {
        using var console = Open();
        console.Type("Kim Jong Un");
        var axis = console.Find("2024-10-19");

        console.Click(axis.X, axis.Y - 1);

        Assert.Contains("date: 2024-10-19", console.Row(1));
    }

    [Fact]
    public void The_mouse_wheel_scrolls_the_results()
    {
        using var console = Open(100, 12);
        var first = console.Row(2);

        console.Wheel(5, 4);

        Assert.NotEqual(first, console.Row(2));
    }

    [Fact]
    public void Clicking_a_key_on_the_key_bar_runs_it()
    {
        using var console = Open();
        var help = console.Find("F1 Help");

        console.Click(help.X + 1, help.Y);

        Assert.Equal(ConsoleScreen.Help, console.Window.Screen);
    }

    [Fact]
    public void One_key_clears_every_filter()
    {
        using var console = Open();
        console.Type("troops");
        console.Console.ToggleFacet(FacetDimension.People, "Kyrylo Budanov");

        console.Press(Key.F4);

        Assert.Contains("no filters", console.Row(1));
    }

    [Fact]
    public void A_malformed_query_shows_the_problem_under_its_column_and_keeps_the_results()
    {
        using var console = Open();
        console.Type("Kim Jong Un");
        // As if pasted: typed letter by letter, the prefixes would be searched too.
        console.Window.Search.QueryField.Text = "title:(kim";

        var caret = console.Row(1).IndexOf('^', StringComparison.Ordinal);

        Assert.Equal(console.Row(0).IndexOf('(', StringComparison.Ordinal), caret);
        Assert.Contains("column 7", console.Row(1));
        Assert.Contains("4 hits", console.Row(28));
    }

    [Fact]
    public void Enter_opens_the_hit_with_its_metadata_and_first_match()
    {
        using var console = Open();
        console.Type("Kim Jong Un").Press(Key.Enter, Key.Enter);

        Assert.Equal(ConsoleScreen.Article, console.Window.Screen);
        Assert.Contains("People: ", console.Screen);
        Assert.Matches(@"match 1 of \d+", console.Row(28));
    }

    [Fact]
    public void N_steps_to_the_next_match_and_shift_N_back()
    {
        using var console = Open();
        console.Type("Kim Jong Un").Press(Key.Enter, Key.Enter);

        console.Type("n");
        Assert.Matches(@"match 2 of \d+", console.Row(28));
        console.Type("N");
        Assert.Matches(@"match 1 of \d+", console.Row(28));
    }

    [Fact]
    public void The_current_match_is_drawn_reversed()
    {
        using var console = Open();
        console.Type("Kim Jong Un").Press(Key.Enter, Key.Enter);

        var reversed = Enumerable.Range(0, 30).SelectMany(row => Enumerable.Range(0, 100).Select(column => (row, column)))
            .Where(p => console.App.Driver!.Contents![p.row, p.column].Attribute?.Style.HasFlag(TextStyle.Reverse) == true && p.row < 28)
            .Select(p => console.App.Driver!.Contents![p.row, p.column].Grapheme);

        Assert.Equal("Kim", string.Concat(reversed.Take(3)));
    }

    [Fact]
    public void Esc_from_an_article_goes_back_to_the_results()
    {
        using var console = Open();
        console.Type("Kim Jong Un").Press(Key.Enter, Key.Enter);

        console.Press(Key.Esc);

        Assert.Equal(ConsoleScreen.Search, console.Window.Screen);
        Assert.Contains("4 hits", console.Row(28));
    }

    [Fact]
    public void Double_clicking_a_hit_opens_it()
    {
        using var console = Open();
        console.Type("Kim Jong Un");

        var at = console.Find("North Korean troops in Ukraine raise fears");
        console.Click(at.X, at.Y, twice: true);

        Assert.Equal(ConsoleScreen.Article, console.Window.Screen);
        Assert.Contains("North Korean troops in Ukraine raise fears", console.Row(0));
    }

    [Fact]
    public void The_collapse_key_switches_to_every_copy()
    {
        using var console = Open();

        console.Press(Key.F3);

        Assert.Contains("every copy", console.Row(1));
        Assert.False(console.Console.Results.Criteria.Collapse);
    }

    [Fact]
    public void The_sort_key_switches_to_newest_first()
    {
        using var console = Open();

        console.Press(Key.F2);

        Assert.Contains("newest first", console.Row(1));
    }

    [Fact]
    public void Help_lists_the_keys_and_Esc_closes_it()
    {
        using var console = Open();

        console.Press(Key.F1);
        Assert.Contains("Show this help", console.Screen);
        console.Press(Key.End);
        Assert.Contains("Next match", console.Screen);

        console.Press(Key.Esc);
        Assert.Equal(ConsoleScreen.Search, console.Window.Screen);
    }

    [Fact]
    public void The_key_bar_names_the_main_keys()
    {
        using var console = Open();

        Assert.StartsWith("F1 Help  ^Q Quit", console.Row(29));
    }

    [Fact]
    public void After_Enter_the_key_bar_shows_the_keys_of_the_results()
    {
        using var console = Open();
        console.Type("troops");
        Assert.DoesNotContain("Open", console.Row(29));

        console.Press(Key.Enter);

        Assert.Contains("Enter Open", console.Row(29));
    }

    [Fact]
    public void Clicking_the_facets_pane_shows_its_keys_on_the_key_bar()
    {
        using var console = Open();
        console.Type("troops");
        var value = console.Find("Kyrylo Budanov");

        console.Click(value.X, value.Y);

        Assert.Contains("Space Pick", console.Row(29));
    }

    [Fact]
    public void In_the_query_bar_the_key_bar_shows_Enter_for_the_results()
    {
        using var console = Open();

        Assert.Contains("Enter Results", console.Row(29));
    }

    [Fact]
    public void Ctrl_A_goes_to_the_start_of_the_query_rather_than_selecting_it()
    {
        using var console = Open();
        console.Type("troops");

        console.Press(Key.A.WithCtrl).Type("x");

        Assert.Equal("xtroops", console.Window.Search.QueryField.Text);
    }

    [Fact]
    public void Ctrl_E_goes_to_the_end_of_the_query()
    {
        using var console = Open();
        console.Type("troops");

        console.Press(Key.A.WithCtrl, Key.E.WithCtrl).Type("x");

        Assert.Equal("troopsx", console.Window.Search.QueryField.Text);
    }

    [Fact]
    public void Ctrl_U_deletes_back_to_the_start_of_the_query()
    {
        using var console = Open();
        console.Type("kim troops").Press(Key.CursorLeft, Key.CursorLeft);

        console.Press(Key.U.WithCtrl);

        Assert.Equal("ps", console.Window.Search.QueryField.Text);
    }

    [Fact]
    public void Ctrl_W_deletes_the_word_before_the_cursor()
    {
        using var console = Open();
        console.Type("kim troops");

        console.Press(Key.W.WithCtrl);

        Assert.Equal("kim ", console.Window.Search.QueryField.Text);
    }

    [Fact]
    public void Alt_B_and_Alt_F_move_a_word_back_and_forward()
    {
        using var console = Open();
        console.Type("kim jong un");

        console.Press(Key.B.WithAlt, Key.B.WithAlt).Type("x").Press(Key.F.WithAlt).Type("y");

        Assert.Equal("kim xjong yun", console.Window.Search.QueryField.Text);
    }

    [Fact]
    public void Ctrl_Q_quits()
    {
        using var console = Open();

        console.Press(Key.Q.WithCtrl);

        Assert.True(console.Window.QuitRequested);
    }

    [Fact]
    public void Esc_in_the_query_bar_quits_and_from_a_list_returns_to_the_query_bar()
    {
        using var console = Open();
        console.Press(Key.Tab);

        console.Press(Key.Esc);
        Assert.False(console.Window.QuitRequested);
        Assert.Equal(ConsolePane.Query, console.Window.Context.Focus);

        console.Press(Key.Esc);
        Assert.True(console.Window.QuitRequested);
    }

    [Fact]
    public void Slash_returns_to_the_query_bar_from_the_results()
    {
        using var console = Open();
        console.Press(Key.Tab);
        Assert.Equal(ConsolePane.Results, console.Window.Context.Focus);

        console.Type("/");

        Assert.Equal(ConsolePane.Query, console.Window.Context.Focus);
        Assert.DoesNotContain("/", console.Row(0));
    }

    [Fact]
    public void Up_in_the_query_bar_recalls_the_previous_query()
    {
        using var console = Open();
        console.Type("putin").Press(Key.Enter);
        console.Type("/").Press(Key.A.WithCtrl, Key.Backspace);

        console.Press(Key.CursorUp);

        Assert.Contains("Search ▸ putin", console.Row(0));
    }

    [Fact]
    public void Letters_typed_in_the_history_list_run_no_commands()
    {
        using var console = Open();
        console.Type("troops").Press(Key.Enter, Key.R.WithCtrl);
        var before = console.Console.Criteria;

        console.Type("scx");

        Assert.Equal(ConsoleScreen.History, console.Window.Screen);
        Assert.Equal(before, console.Console.Criteria);
    }

    [Fact]
    public void After_a_history_entry_is_used_Esc_goes_back_to_the_query_bar_rather_than_quitting()
    {
        using var console = Open();
        console.Type("troops").Press(Key.Enter, Key.R.WithCtrl);

        console.Press(Key.Enter);
        Assert.Equal(ConsolePane.Results, console.Window.Context.Focus);
        console.Press(Key.Esc);

        Assert.False(console.Window.QuitRequested);
        Assert.Contains("Search ▸ troops", console.Row(0));
    }

    [Fact]
    public void A_notice_too_long_for_the_status_line_is_read_whole_on_the_rows_above_it()
    {
        using var console = Open(width: 80, height: 24);

        console.Console.Notify("cannot use saved queries file: it is not valid JSON (line 3, column 7): "
            + "/home/someone/.config/searchengine/saved-queries.json", isError: true);

        var screen = console.Screen;
        Assert.Contains("cannot use saved queries file", screen);
        Assert.Contains("saved-queries.json", screen);
        Assert.StartsWith("F1 Help", console.Row(23));
    }

    [Fact]
    public void A_query_problem_too_long_for_its_line_is_read_whole()
    {
        using var console = Open(width: 80, height: 24);

        console.Type("troops *olcker");

        Assert.Contains("put letters before the *", console.Screen);
        Assert.Contains("showing the last results", console.Screen);
    }

    [Fact]
    public void Ctrl_U_clears_the_name_being_typed_to_save_the_query()
    {
        using var console = Open();
        console.Type("troops").Press(Key.F5).Type("volcker reagan");

        console.Press(Key.U.WithCtrl);

        Assert.Equal("", console.Window.Search.SaveField.Text);
    }

    [Fact]
    public void The_help_screen_shows_its_own_keys_on_the_key_bar()
    {
        using var console = Open();

        console.Press(Key.F1);

        Assert.Contains("Esc Back", console.Row(29));
        Assert.DoesNotContain("Open", console.Row(29));
        Assert.DoesNotContain("Sort", console.Row(29));
    }

    [Fact]
    public void A_query_is_saved_under_a_name_and_listed()
    {
        using var console = Open();
        console.Type("Kim Jong Un").Press(Key.F5).Type("kim").Press(Key.Enter);

        console.Press(Key.F6);

        Assert.Equal(ConsoleScreen.SavedQueries, console.Window.Screen);
        Assert.Contains("kim  Kim Jong Un", console.Screen);
    }

    [Fact]
    public void Saving_a_query_still_being_typed_shows_and_saves_what_it_finds_as_written()
    {
        using var console = Open();
        var asWritten = seeds.Searcher.Search(new() { QueryText = "Buda" }).Total;
        console.Type("Buda");
        Assert.NotEqual(asWritten, console.Console.Results.Result.Total);

        console.Press(Key.F5);
        Assert.Equal(asWritten, console.Console.Results.Result.Total);
        console.Type("buda").Press(Key.Enter, Key.F6, Key.Enter);

        Assert.Equal(asWritten, console.Console.Results.Result.Total);
    }

    [Fact]
    public void F7_searches_the_query_as_did_you_mean_respells_it()
    {
        using var console = Open();
        console.Type("pyongyagn");

        console.Press(Key.F7);

        Assert.Contains("Search ▸ pyongyang", console.Row(0));
        Assert.Equal(4, console.Console.Results.Result.TotalArticles);
    }

    [Fact]
    public void A_saved_outlet_written_in_another_case_is_picked_in_the_facet_as_the_index_spells_it()
    {
        using var console = Open();
        new SavedQueryStore(console.Saved.FilePath).Add(new SavedQuery
        {
            Name = "wrap", Query = "troops", Filters = FacetFilters.None.With(FacetDimension.Outlet, ["daily wrap"]),
        });

        console.Press(Key.F6, Key.Enter);

        Assert.Contains("[x] Daily Wrap", console.Screen);
        Assert.DoesNotContain("daily wrap", console.Screen);
    }

    [Fact]
    public void Running_a_saved_query_shows_its_hits_and_what_is_new()
    {
        using var console = Open();
        console.Type("Kim Jong Un").Press(Key.F5).Type("kim").Press(Key.Enter);
        console.Press(Key.A.WithCtrl, Key.Backspace);

        console.Press(Key.F6, Key.Enter);

        Assert.Equal(ConsoleScreen.Search, console.Window.Screen);
        Assert.Contains("Search ▸ Kim Jong Un", console.Row(0));
        // Saved from the screen, its four hits were seen then.
        Assert.Contains("4 hits · ", console.Row(28));
        Assert.Contains(" · 0 new · saved query 'kim' last ran ", console.Row(28));
    }

    [Fact]
    public void A_narrow_terminal_hides_the_facets_and_a_wide_one_shows_them_again()
    {
        using var console = Open();

        console.Resize(60, 24);
        Assert.DoesNotContain("Timeline", console.Screen);

        console.Resize(100, 30);
        Assert.Contains("Timeline", console.Screen);
    }

    [Fact]
    public void At_80_by_24_the_hits_facets_status_and_keys_all_show()
    {
        using var console = Open(80, 24);

        console.Type("Kim Jong Un");

        Assert.Contains("Kim Jong Un", console.Row(0));
        Assert.Contains("People", console.Screen);
        Assert.Contains("4 hits", console.Row(22));
        Assert.StartsWith("F1 Help", console.Row(23));
    }

    [Fact]
    public void Matches_are_bold_and_underlined_so_they_read_without_colour()
    {
        using var console = Open(colour: false);
        console.Type("Pyongyang");

        var attribute = console.AttributeAt(console.Find("Pyongyang") with { Y = console.Find("Pyongyang").Y });
        var snippet = console.Screen.Split('\n').Select((line, row) => (line, row)).Skip(2)
            .First(p => p.line.Contains("Pyongyang", StringComparison.Ordinal) && p.line.StartsWith("   ", StringComparison.Ordinal));
        var match = console.AttributeAt(new System.Drawing.Point(snippet.line.IndexOf("Pyongyang", StringComparison.Ordinal), snippet.row));

        Assert.NotNull(attribute);
        Assert.True(match!.Value.Style.HasFlag(TextStyle.Bold | TextStyle.Underline));
        Assert.Equal(Color.None, match.Value.Foreground);
    }
}
