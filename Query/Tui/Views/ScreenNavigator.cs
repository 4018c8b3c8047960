using SearchEngine.Querying.Tui.Models;
using Terminal.Gui.ViewBase;

namespace SearchEngine.Querying.Tui.Views;

/// <summary>
/// Which screen is shown and where the focus is: screens stack up as they are opened and Esc closes the top one, and a
/// screen shown again gets back the focus it had when another was opened over it.
/// </summary>
public sealed class ScreenNavigator
{
    private readonly View _window;
    private readonly Stack<ConsoleScreen> _screens = new([ConsoleScreen.Search]);
    private readonly Dictionary<ConsoleScreen, View> _lastFocus = [];

    public ScreenNavigator(View window, SearchScreen search, ArticleScreen article, DiffScreen diff, ListScreen list)
    {
        _window = window;
        Search = search;
        Article = article;
        Diff = diff;
        List = list;
    }

    /// <summary>Raised when a screen comes to the top, before it takes the focus: to fill and lay it out.</summary>
    public event Action<ConsoleScreen>? Showing;

    /// <summary>The screen on top: what Esc goes back from.</summary>
    public ConsoleScreen Screen => _screens.Peek();

    public SearchScreen Search { get; }

    public ArticleScreen Article { get; }

    public DiffScreen Diff { get; }

    public ListScreen List { get; }

    public ConsolePane FocusedPane => Screen switch
    {
        ConsoleScreen.Search => Search.PaneOf(Search.MostFocused),
        ConsoleScreen.Article => Article.PaneOf(Article.MostFocused),
        ConsoleScreen.Diff => ConsolePane.Body,
        _ => ConsolePane.List,
    };

    public ItemListView? FocusedList => FocusedPane switch
    {
        ConsolePane.Results => Search.Results,
        ConsolePane.Facets => Search.Facets,
        ConsolePane.Related => Article.Related,
        ConsolePane.List => List.Current,
        _ => null,
    };

    /// <summary>The text being read, on the screens that have one.</summary>
    public TextPane? CurrentBody => Screen switch
    {
        ConsoleScreen.Article => Article.Body,
        ConsoleScreen.Diff => Diff.Body,
        _ => null,
    };

    /// <summary>Opens <paramref name="screen"/> over the one shown; a list opened over itself replaces it.</summary>
    public void Push(ConsoleScreen screen)
    {
        if (_window.MostFocused is { } focused) _lastFocus[Screen] = focused;
        if (Screen == screen && screen is ConsoleScreen.SavedQueries or ConsoleScreen.History or ConsoleScreen.Help) _screens.Pop();
        _screens.Push(screen);
        ShowTop(restoreFocus: false);
    }

    /// <summary>Closes the screen on top; false when only the search screen is left.</summary>
    public bool Pop()
    {
        if (_screens.Count == 1) return false;
        _screens.Pop();
        ShowTop();
        return true;
    }

    /// <summary>Closes the screens over <paramref name="screen"/>, if it is open.</summary>
    public void BackTo(ConsoleScreen screen)
    {
        if (!_screens.Contains(screen)) return;
        while (Screen != screen) _screens.Pop();
        ShowTop();
    }

    /// <summary>Tab and Shift+Tab: the next or previous pane of the screen shown, round the end.</summary>
    public void CycleFocus(int step)
    {
        IReadOnlyList<View> panes = Screen switch
        {
            ConsoleScreen.Search when Search.IsSaving => [Search.SaveField],
            ConsoleScreen.Search => Search.Panes,
            ConsoleScreen.Article => Article.Panes,
            ConsoleScreen.Diff => [Diff.Body],
            _ => [List.Current],
        };
        var at = panes.ToList().FindIndex(p => p.HasFocus);
        panes[((at < 0 ? 0 : at + step) % panes.Count + panes.Count) % panes.Count].SetFocus();
    }

    private void ShowTop(bool restoreFocus = true)
    {
        Showing?.Invoke(Screen);
        if (restoreFocus && _lastFocus.TryGetValue(Screen, out var focus) && focus.Visible) focus.SetFocus();
        else DefaultFocus().SetFocus();
    }

    private View DefaultFocus() => Screen switch
    {
        ConsoleScreen.Search => Search.QueryField,
        ConsoleScreen.Article => Article.Body,
        ConsoleScreen.Diff => Diff.Body,
        _ => List.Current,
    };
}
