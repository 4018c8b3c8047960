using SearchEngine.Querying.Tui.Models;
using Terminal.Gui.Input;

namespace SearchEngine.Tests.Tui;

public class KeyMapTests
{
    private static readonly KeyContext Typing = new(ConsoleScreen.Search, ConsolePane.Query);
    private static readonly KeyContext InResults = new(ConsoleScreen.Search, ConsolePane.Results);
    private static readonly KeyContext InFacets = new(ConsoleScreen.Search, ConsolePane.Facets);
    private static readonly KeyContext Reading = new(ConsoleScreen.Article, ConsolePane.Body);

    [Fact]
    public void Every_key_is_one_Terminal_Gui_knows_by_that_name()
    {
        foreach (var name in KeyMap.Bindings.SelectMany(b => b.Keys))
        {
            Assert.True(Key.TryParse(name, out var key), name);
            Assert.Equal(name, key.ToString());
        }
    }

    [Fact]
    public void Letters_are_text_while_typing_a_query()
    {
        Assert.Null(KeyMap.Find("n", Typing));
        Assert.Null(KeyMap.Find("/", Typing));
        Assert.Null(KeyMap.Find("?", Typing));
    }

    [Fact]
    public void Quit_help_and_back_work_even_while_typing()
    {
        Assert.Equal(ConsoleCommand.Quit, KeyMap.Find("Ctrl+Q", Typing)?.Command);
        Assert.Equal(ConsoleCommand.Help, KeyMap.Find("F1", Typing)?.Command);
        Assert.Equal(ConsoleCommand.Back, KeyMap.Find("Esc", Typing)?.Command);
    }

    [Fact]
    public void Up_and_down_recall_history_in_the_query_bar_and_move_in_lists()
    {
        Assert.Equal(ConsoleCommand.HistoryOlder, KeyMap.Find("CursorUp", Typing)?.Command);
        Assert.Equal(ConsoleCommand.MoveUp, KeyMap.Find("CursorUp", InResults)?.Command);
        Assert.Equal(ConsoleCommand.MoveDown, KeyMap.Find("j", InResults)?.Command);
    }

    [Fact]
    public void Slash_goes_back_to_the_query_bar_from_a_list()
    {
        Assert.Equal(ConsoleCommand.FocusQuery, KeyMap.Find("/", InResults)?.Command);
    }

    [Fact]
    public void Enter_picks_a_facet_value_but_opens_a_hit()
    {
        Assert.Equal(ConsoleCommand.ToggleFacet, KeyMap.Find("Enter", InFacets)?.Command);
        Assert.Equal(ConsoleCommand.Open, KeyMap.Find("Enter", InResults)?.Command);
    }

    [Fact]
    public void N_steps_between_matches_only_in_an_article()
    {
        Assert.Equal(ConsoleCommand.NextMatch, KeyMap.Find("n", Reading)?.Command);
        Assert.Equal(ConsoleCommand.PreviousMatch, KeyMap.Find("N", Reading)?.Command);
        Assert.Null(KeyMap.Find("n", InResults));
    }

    [Fact]
    public void The_key_bar_always_shows_help_and_quit()
    {
        foreach (var context in new[] { Typing, InResults, InFacets, Reading })
        {
            var bar = KeyMap.Bar(context, 80).Line.PlainText;
            Assert.StartsWith("F1 Help  ^Q Quit", bar);
        }
    }

    [Fact]
    public void The_key_bar_fits_the_width()
    {
        Assert.True(KeyMap.Bar(Reading, 40).Line.Width <= 40);
    }

    [Fact]
    public void The_key_bar_shows_what_matters_where_the_user_is_first()
    {
        Assert.Contains("n/N Match", KeyMap.Bar(Reading, 80).Line.PlainText);
        Assert.Contains("Space Pick", KeyMap.Bar(InFacets, 80).Line.PlainText);
    }

    [Fact]
    public void The_key_bar_never_shows_a_key_that_does_something_else_here()
    {
        var bar = KeyMap.Bar(InFacets, 200).Items;

        Assert.All(bar, item => Assert.Equal(item.Binding, KeyMap.Find(item.Binding.Keys[0], InFacets)));
    }

    [Fact]
    public void On_the_help_screen_the_key_bar_shows_how_to_read_and_leave_it_not_the_results_keys()
    {
        var bar = KeyMap.Bar(new KeyContext(ConsoleScreen.Help, ConsolePane.List), 120).Line.PlainText;

        Assert.Contains("Esc Back", bar);
        Assert.Contains("PgDn", bar);
        Assert.DoesNotContain("Enter Open", bar);
        Assert.DoesNotContain("/ Query", bar);
    }

    [Fact]
    public void Letters_run_no_commands_in_the_history_list()
    {
        var history = new KeyContext(ConsoleScreen.History, ConsolePane.List);

        Assert.Null(KeyMap.Find("s", history));
        Assert.Null(KeyMap.Find("c", history));
        Assert.Null(KeyMap.Find("x", history));
    }

    [Fact]
    public void Help_lists_every_binding()
    {
        var help = string.Join('\n', KeyMap.Help(120).Select(l => l.PlainText));

        Assert.All(KeyMap.Bindings, binding => Assert.Contains(binding.Description, help));
    }
}
