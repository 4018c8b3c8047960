using SearchEngine.Querying.SavedQueries;
using SearchEngine.Querying.Search;
using SearchEngine.Querying.Tui.Models;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace SearchEngine.Querying.Tui.Views;

/// <summary>
/// The console: one screen at a time over a status line and a key bar. Every key goes through <see cref="KeyMap"/>
/// first, so what help lists is what keys do; what a command changes lives in the models, and the screens redraw it.
/// </summary>
public sealed class ConsoleWindow : Runnable
{
    private readonly SearchConsole console;
    private readonly SavedQueriesPanel saved;
    private readonly QueryHistory history;
    private readonly HistoryCursor historyCursor;
    private readonly Palette palette;
    private readonly SearchScreen search;
    private readonly ArticleScreen article;
    private readonly DiffScreen diff;
    private readonly ListScreen list;
    private readonly LinesView status;
    private readonly LinesView keys;
    private readonly Stack<ConsoleScreen> screens = new([ConsoleScreen.Search]);
    private readonly Dictionary<ConsoleScreen, View> lastFocus = [];
    private IReadOnlyList<KeyBarItem> barItems = [];
    private bool settingQuery;
    private System.Drawing.Size arrangedFor;

    public ConsoleWindow(SearchConsole console, SavedQueriesPanel saved, QueryHistory history, Palette palette)
    {
        this.console = console;
        this.saved = saved;
        this.history = history;
        this.palette = palette;
        historyCursor = new HistoryCursor(history);
        Width = Dim.Fill();
        Height = Dim.Fill();
        CanFocus = true;
        SetScheme(Palette.Scheme);

        search = new SearchScreen(console, palette);
        article = new ArticleScreen(palette) { Visible = false };
        diff = new DiffScreen(palette) { Visible = false };
        list = new ListScreen(palette) { Visible = false };
        status = new LinesView(palette, (w, _) => [StatusLine(w)], palette.Status);
        keys = new LinesView(palette, (w, _) => [KeyBar(w)]);
        Add(search, article, diff, list, status, keys);

        search.QueryField.ValueChanged += (_, e) => QueryTyped(e.NewValue ?? "");
        search.SaveField.Accepting += (_, e) =>
        {
            e.Handled = true;
            SaveQuery(search.SaveField.Text ?? "");
        };
        search.Results.Opened += item => OpenArticle(console.Results.Hits[item]);
        search.Results.SelectionChanged += console.LoadMoreNear;
        search.Results.Scrolled += console.LoadMoreNear;
        search.Facets.Opened += _ => ToggleSelectedFacet();
        article.Copies.Opened += _ => OpenDiff();
        article.Body.Moved += status.SetNeedsDraw;
        diff.Body.Moved += status.SetNeedsDraw;
        list.List.Opened += PickFromList;
        keys.Clicked += (column, _) => ClickKeyBar(column);
        console.Changed += ModelChanged;
        FrameChanged += (_, e) =>
        {
            if (e.Value.Size == arrangedFor) return;
            arrangedFor = e.Value.Size;
            Arrange();
        };
    }

    /// <summary>The screen on top: what Esc goes back from.</summary>
    public ConsoleScreen Screen => screens.Peek();

    public KeyContext Context => new(Screen, FocusedPane);

    /// <summary>Set when the user asked to quit (the app is then asked to stop).</summary>
    public bool QuitRequested { get; private set; }

    public SearchScreen Search => search;

    public ArticleScreen Article => article;

    public DiffScreen Diff => diff;

    public ListScreen List => list;

    /// <summary>Hooks the key map in ahead of the focused view, so bindings win over the views' own keys.</summary>
    public void Attach(Terminal.Gui.App.IApplication app)
    {
        app.Keyboard.KeyDown += (_, key) =>
        {
            if (!key.Handled && Dispatch(key)) key.Handled = true;
        };
        search.QueryField.SetFocus();
    }

    public bool Dispatch(Key key) => KeyMap.Find(key.ToString(), Context) is { } binding && Execute(binding.Command);

    public bool Execute(ConsoleCommand command)
    {
        switch (command)
        {
            case ConsoleCommand.Quit:
                Quit();
                return true;
            case ConsoleCommand.Help:
                Push(ConsoleScreen.Help);
                return true;
            case ConsoleCommand.Back:
                Back();
                return true;
            case ConsoleCommand.FocusQuery:
                BackTo(ConsoleScreen.Search);
                search.QueryField.SetFocus();
                return true;
            case ConsoleCommand.NextPane:
            case ConsoleCommand.PreviousPane:
                CycleFocus(command == ConsoleCommand.NextPane ? 1 : -1);
                return true;
            case ConsoleCommand.ToggleSort:
                console.ToggleSort();
                return true;
            case ConsoleCommand.ToggleCollapse:
                console.ToggleCollapse();
                return true;
            case ConsoleCommand.ClearFilters:
                console.ClearFilters();
                return true;
            case ConsoleCommand.SaveQuery:
                BackTo(ConsoleScreen.Search);
                search.StartSaving();
                return true;
            case ConsoleCommand.SavedQueries:
                Push(ConsoleScreen.SavedQueries);
                return true;
            case ConsoleCommand.HistorySearch:
                ShowHistory();
                return true;
            case ConsoleCommand.HistoryOlder:
                if (historyCursor.Older(search.QueryField.Text ?? "") is { } older) SetQuery(older);
                return true;
            case ConsoleCommand.HistoryNewer:
                if (historyCursor.Newer() is { } newer) SetQuery(newer);
                else search.Results.SetFocus();
                return true;
            case ConsoleCommand.AcceptQuery:
                history.Add(search.QueryField.Text ?? "");
                search.Results.SetFocus();
                return true;
            case ConsoleCommand.ToggleFacet:
                ToggleSelectedFacet();
                return true;
            case ConsoleCommand.NextMatch:
            case ConsoleCommand.PreviousMatch:
                return CurrentBody()?.Execute(command) ?? false;
            case ConsoleCommand.Diff:
                OpenDiff();
                return true;
            case ConsoleCommand.Delete:
                DeleteSaved();
                return true;
            case ConsoleCommand.Redraw:
                App?.LayoutAndDraw(true);
                return true;
            default:
                return FocusedList()?.Execute(command) ?? CurrentBody()?.Execute(command) ?? false;
        }
    }

    private ConsolePane FocusedPane => Screen switch
    {
        ConsoleScreen.Search => search.PaneOf(search.MostFocused),
        ConsoleScreen.Article => article.PaneOf(article.MostFocused),
        ConsoleScreen.Diff => ConsolePane.Body,
        _ => ConsolePane.List,
    };

    private ItemListView? FocusedList() => FocusedPane switch
    {
        ConsolePane.Results => search.Results,
        ConsolePane.Facets => search.Facets,
        ConsolePane.Copies => article.Copies,
        ConsolePane.List => list.Current,
        _ => null,
    };

    private TextPane? CurrentBody() => Screen switch
    {
        ConsoleScreen.Article => article.Body,
        ConsoleScreen.Diff => diff.Body,
        _ => null,
    };

    private void QueryTyped(string text)
    {
        if (!settingQuery) historyCursor.Reset();
        console.SetQueryText(text);
    }

    private void SetQuery(string text)
    {
        settingQuery = true;
        try
        {
            search.QueryField.Text = text;
            search.QueryField.MoveEnd();
        }
        finally
        {
            settingQuery = false;
        }
    }

    private void ModelChanged()
    {
        search.Refresh();
        status.SetNeedsDraw();
        keys.SetNeedsDraw();
    }

    private void Quit()
    {
        QuitRequested = true;
        history.Add(console.Criteria.QueryText);
        App?.RequestStop();
    }

    /// <summary>Esc: closes the prompt, else the screen on top, else leaves the lists for the query bar, else quits.</summary>
    private void Back()
    {
        if (search.IsSaving)
        {
            search.StopSaving();
            return;
        }
        if (screens.Count > 1)
        {
            screens.Pop();
            ShowTop();
            return;
        }
        if (FocusedPane != ConsolePane.Query) search.QueryField.SetFocus();
        else Quit();
    }

    private void BackTo(ConsoleScreen screen)
    {
        if (!screens.Contains(screen)) return;
        while (Screen != screen) screens.Pop();
        ShowTop();
    }

    private void Push(ConsoleScreen screen)
    {
        if (MostFocused is { } focused) lastFocus[Screen] = focused;
        if (Screen == screen && screen is ConsoleScreen.SavedQueries or ConsoleScreen.History or ConsoleScreen.Help) screens.Pop();
        screens.Push(screen);
        console.Notify(null);
        ShowTop(restoreFocus: false);
    }

    private void ShowTop(bool restoreFocus = true)
    {
        if (Screen == ConsoleScreen.SavedQueries) FillSavedList();
        else if (Screen == ConsoleScreen.Help) FillHelp();
        Arrange();
        if (restoreFocus && lastFocus.TryGetValue(Screen, out var focus) && focus.Visible) focus.SetFocus();
        else DefaultFocus().SetFocus();
        status.SetNeedsDraw();
        keys.SetNeedsDraw();
        SetNeedsDraw();
    }

    private View DefaultFocus() => Screen switch
    {
        ConsoleScreen.Search => search.QueryField,
        ConsoleScreen.Article => article.Body,
        ConsoleScreen.Diff => diff.Body,
        _ => list.Current,
    };

    private void CycleFocus(int step)
    {
        IReadOnlyList<View> panes = Screen switch
        {
            ConsoleScreen.Search when search.IsSaving => [search.SaveField],
            ConsoleScreen.Search => search.Panes,
            ConsoleScreen.Article => article.Panes,
            ConsoleScreen.Diff => [diff.Body],
            _ => [list.Current],
        };
        var at = panes.ToList().FindIndex(p => p.HasFocus);
        panes[((at < 0 ? 0 : at + step) % panes.Count + panes.Count) % panes.Count].SetFocus();
        keys.SetNeedsDraw();
    }

    private View[] Screens => [search, article, diff, list];

    /// <summary>Each screen lays out the whole terminal but leaves the last two rows to the status line and key bar.</summary>
    private void Arrange()
    {
        var width = Math.Max(1, Viewport.Width);
        var height = Math.Max(3, Viewport.Height);
        foreach (var screen in Screens) screen.Place(new Area(0, 0, width, height - 2));
        search.Visible = Screen == ConsoleScreen.Search;
        article.Visible = Screen == ConsoleScreen.Article;
        diff.Visible = Screen == ConsoleScreen.Diff;
        list.Visible = Screen is ConsoleScreen.SavedQueries or ConsoleScreen.History or ConsoleScreen.Help;
        search.Arrange(width, height);
        article.Arrange(width, height);
        diff.Arrange(width, height);
        list.Arrange(width, height);
        status.Place(new Area(0, height - 2, width, 1));
        keys.Place(new Area(0, height - 1, width, 1));
        SetNeedsLayout();
    }

    private void OpenArticle(SearchHit hit)
    {
        history.Add(console.Results.Criteria.QueryText);
        try
        {
            article.Show(console.Open(hit));
        }
        catch (QuerySyntaxException e)
        {
            console.Notify($"cannot open the article: {e.Message}", isError: true);
            return;
        }
        Push(ConsoleScreen.Article);
    }

    private void OpenDiff()
    {
        if (article.Page is not { } page || article.Copies.Selection.Selected < 0) return;
        var copy = page.Copies[article.Copies.Selection.Selected];
        DiffPage? opened;
        try
        {
            opened = DiffPage.Open(console.Searcher, page.Hit.Id, copy.Article.Id);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            console.Notify($"cannot compare the copies: {e.Message}", isError: true);
            return;
        }
        if (opened is null)
        {
            console.Notify("one of the copies is no longer in the index", isError: true);
            return;
        }
        diff.Show(opened);
        Push(ConsoleScreen.Diff);
    }

    private void ToggleSelectedFacet()
    {
        var selected = search.Facets.Selection.Selected;
        if (selected < 0 || selected >= console.Facets.Count) return;
        var entry = console.Facets[selected];
        if (entry.Value is { } value) console.ToggleFacet(entry.Dimension, value);
    }

    private void SaveQuery(string name)
    {
        if (saved.Save(name, console.Criteria) is { } problem)
        {
            console.Notify(problem, isError: true);
            return;
        }
        search.StopSaving();
        console.Notify($"saved '{name.Trim()}': F6 lists saved queries");
    }

    private void FillSavedList()
    {
        saved.Reload();
        list.Show("Saved queries", "Enter runs and shows what is new · d deletes · Esc back", saved, pickable: true);
    }

    private void ShowHistory()
    {
        var filter = search.QueryField.Text ?? "";
        Push(ConsoleScreen.History);
        list.Show("Query history", filter.Length > 0 ? $"containing '{filter}' · Enter uses one · Esc back" : "latest first · Enter uses one · Esc back",
            new HistoryList(history.Matching(filter), filter), pickable: true);
    }

    /// <summary>Laid out wide once; narrower terminals cut the lines.</summary>
    private void FillHelp() => list.Show("Keys", "Esc back", new StaticLines(KeyMap.Help(HelpWidth)), pickable: false);

    private const int HelpWidth = 200;

    private void PickFromList(int item)
    {
        if (Screen == ConsoleScreen.SavedQueries && saved[item] is { } query) RunSaved(query);
        else if (Screen == ConsoleScreen.History && list.List.Selection.Source is HistoryList entries && entries[item] is { } entry)
        {
            BackTo(ConsoleScreen.Search);
            SetQuery(entry);
            search.QueryField.SetFocus();
        }
    }

    private void RunSaved(SavedQuery query)
    {
        SavedQueryRunSummary summary;
        try
        {
            summary = saved.Run(query, console.SearchAsShown, SearchConsole.PageSize);
        }
        catch (QuerySyntaxException e)
        {
            console.Notify($"saved query '{query.Name}' cannot run: {e.Message}", isError: true);
            return;
        }
        var criteria = console.Criteria with { QueryText = query.Query, Filters = query.Filters, Sort = query.Sort };
        console.Show(criteria, summary.Shown, summary.SeenBefore);
        BackTo(ConsoleScreen.Search);
        SetQuery(query.Query);
        search.Results.SetFocus();
        console.Notify(summary.Describe(), isError: summary.RecordProblem is not null);
    }

    private void DeleteSaved()
    {
        if (saved[list.List.Selection.Selected] is not { } query) return;
        var message = saved.Delete(query);
        list.List.Show(saved, keepSelection: true);
        console.Notify(message);
    }

    private StyledLine StatusLine(int width)
    {
        var line = new LineBuilder(width).Add(" ", Ink.Plain);
        var text = Screen switch
        {
            ConsoleScreen.Search when search.IsSaving => "Type a name (letters, digits, - _ .) · Enter saves · Esc cancels",
            ConsoleScreen.Search => console.Summary(),
            ConsoleScreen.Article => article.Status(),
            ConsoleScreen.Diff => diff.Status(),
            ConsoleScreen.SavedQueries => saved.Problem is null ? $"{saved.Queries.Count} saved in {saved.FilePath}" : "the file has not been changed",
            ConsoleScreen.History => history.Problem ?? $"{history.Entries.Count} queries remembered",
            _ => "Tab moves between panes · Esc goes back · Ctrl+Q quits",
        };
        line.Add(text, Ink.Plain);
        if (console.Notice is { } notice) line.Add(" · ", Ink.Plain).Add(notice, console.NoticeIsError ? Ink.Error : Ink.Chosen);
        return line.Build();
    }

    private StyledLine KeyBar(int width)
    {
        var (line, items) = KeyMap.Bar(Context, width);
        barItems = items;
        return line;
    }

    private void ClickKeyBar(int column)
    {
        if (barItems.FirstOrDefault(i => column >= i.Start && column < i.End) is { } item) Execute(item.Binding.Command);
    }
}
