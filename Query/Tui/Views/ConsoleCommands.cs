using SearchEngine.Querying.SavedQueries;
using SearchEngine.Querying.Search;
using SearchEngine.Querying.Tui.Models;
using Terminal.Gui.ViewBase;

namespace SearchEngine.Querying.Tui.Views;

/// <summary>
/// What each <see cref="ConsoleCommand"/> does, and what picking in a list or typing in a field does. The models hold
/// the state and the navigator the screens; opening an article, a diff or a saved query's run goes through the
/// <see cref="PageOpener"/>'s lane, and its screen is shown when the lane answers.
/// </summary>
public sealed class ConsoleCommands
{
    /// <summary>The help is laid out this wide once; narrower terminals cut the lines.</summary>
    private const int HelpWidth = 200;

    private readonly View _window;
    private readonly ScreenNavigator _navigator;
    private readonly SearchConsole _console;
    private readonly PageOpener _opener;
    private readonly SavedQueriesPanel _saved;
    private readonly QueryHistory _history;
    private readonly HistoryCursor _historyCursor;
    private readonly ArticleTrail _trail = new();
    private bool _settingQuery;

    public ConsoleCommands(
        View window, ScreenNavigator navigator, SearchConsole console, PageOpener opener, SavedQueriesPanel saved, QueryHistory history)
    {
        _window = window;
        _navigator = navigator;
        _console = console;
        _opener = opener;
        _saved = saved;
        _history = history;
        _historyCursor = new HistoryCursor(history);

        Search.QueryField.ValueChanged += (_, e) => QueryTyped(e.NewValue ?? "");
        Search.SaveField.Accepting += (_, e) =>
        {
            e.Handled = true;
            SaveQuery(Search.SaveField.Text ?? "");
        };
        Search.Results.Opened += item => OpenArticle(console.Results.Hits[item]);
        Search.Results.SelectionChanged += console.LoadMoreNear;
        Search.Results.Scrolled += console.LoadMoreNear;
        Search.Facets.Opened += _ => ToggleSelectedFacet();
        navigator.Article.Related.Opened += _ => ReadRelated();
        navigator.List.List.Opened += PickFromList;
    }

    /// <summary>Set when the user asked to quit (the app is then asked to stop).</summary>
    public bool QuitRequested { get; private set; }

    private SearchScreen Search => _navigator.Search;

    private ListScreen List => _navigator.List;

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
                _navigator.BackTo(ConsoleScreen.Search);
                Search.QueryField.SetFocus();
                return true;
            case ConsoleCommand.NextPane:
            case ConsoleCommand.PreviousPane:
                _navigator.CycleFocus(command == ConsoleCommand.NextPane ? 1 : -1);
                return true;
            case ConsoleCommand.ToggleSort:
                _console.ToggleSort();
                return true;
            case ConsoleCommand.ToggleCollapse:
                _console.ToggleCollapse();
                return true;
            case ConsoleCommand.ClearFilters:
                _console.ClearFilters();
                return true;
            case ConsoleCommand.SaveQuery:
                _navigator.BackTo(ConsoleScreen.Search);
                // A saved query is run as written (F6, the command line); settled first, as Enter settles it, the
                // screen shows what the saved query will find before it is named.
                _console.Settle();
                Search.StartSaving();
                return true;
            case ConsoleCommand.SavedQueries:
                Push(ConsoleScreen.SavedQueries);
                return true;
            case ConsoleCommand.HistorySearch:
                ShowHistory();
                return true;
            case ConsoleCommand.HistoryOlder:
                if (_historyCursor.Older(Search.QueryField.Text ?? "") is { } older) SetQuery(older);
                return true;
            case ConsoleCommand.HistoryNewer:
                if (_historyCursor.Newer() is { } newer) SetQuery(newer);
                else Search.Results.SetFocus();
                return true;
            case ConsoleCommand.AcceptQuery:
                _history.Add(Search.QueryField.Text ?? "");
                _console.Settle();
                Search.Results.SetFocus();
                return true;
            case ConsoleCommand.ToggleFacet:
                ToggleSelectedFacet();
                return true;
            case ConsoleCommand.NextMatch:
            case ConsoleCommand.PreviousMatch:
                return _navigator.CurrentBody?.Execute(command) ?? false;
            case ConsoleCommand.Last when _navigator.Screen == ConsoleScreen.Search && Search.Results.HasFocus && _console.Results.HasMore:
                // The last hit, not the last of the pages loaded so far.
                _console.LoadRest(() => Search.Results.Selection.Last());
                return true;
            case ConsoleCommand.Diff:
                OpenDiff();
                return true;
            case ConsoleCommand.NextHit:
            case ConsoleCommand.PreviousHit:
                ReadNeighbour(command == ConsoleCommand.NextHit ? 1 : -1);
                return true;
            case ConsoleCommand.Delete:
                DeleteSaved();
                return true;
            case ConsoleCommand.UseSuggestion:
                if (_console.Results.Result.Suggestion is not { } suggestion) return false;
                _navigator.BackTo(ConsoleScreen.Search);
                SetQuery(suggestion.QueryText);
                _console.Settle();
                return true;
            case ConsoleCommand.Redraw:
                _console.SearchAgain();
                _window.App?.LayoutAndDraw(true);
                return true;
            default:
                return _navigator.FocusedList?.Execute(command) ?? _navigator.CurrentBody?.Execute(command) ?? false;
        }
    }

    /// <summary>Fills the list of a list screen coming to the top: saved queries are read again, in case they changed.</summary>
    public void Fill(ConsoleScreen screen)
    {
        if (screen == ConsoleScreen.SavedQueries)
        {
            _saved.Reload();
            List.Show("Saved queries", "Enter runs and shows what is new · d deletes · Esc back", _saved, pickable: true);
        }
        else if (screen == ConsoleScreen.Help)
        {
            List.Show("Keys", "Esc back", new StaticLines(KeyMap.Help(HelpWidth)), pickable: false);
        }
    }

    private void Push(ConsoleScreen screen)
    {
        _console.Notify(null);
        _navigator.Push(screen);
    }

    private void QueryTyped(string text)
    {
        if (!_settingQuery) _historyCursor.Reset();
        _console.SetQueryText(text);
    }

    private void SetQuery(string text)
    {
        _settingQuery = true;
        try
        {
            Search.QueryField.Text = text;
            Search.QueryField.MoveEnd();
        }
        finally
        {
            _settingQuery = false;
        }
    }

    private void Quit()
    {
        QuitRequested = true;
        _history.Add(_console.Criteria.QueryText);
        _window.App?.RequestStop();
    }

    /// <summary>Esc: closes the prompt, else the screen on top, else leaves the lists for the query bar, else quits.</summary>
    private void Back()
    {
        if (Search.IsSaving)
        {
            Search.StopSaving();
            return;
        }
        if (_navigator.Screen == ConsoleScreen.Article && _trail.Back())
        {
            _navigator.Article.Show(_trail.Current!);
            return;
        }
        if (_navigator.Pop()) return;
        if (_navigator.FocusedPane != ConsolePane.Query) Search.QueryField.SetFocus();
        else Quit();
    }

    private void OpenArticle(SearchHit hit)
    {
        _history.Add(_console.Results.Criteria.QueryText);
        OpenPage(hit, page =>
        {
            _trail.Start(page);
            _navigator.Article.Show(page);
            Push(ConsoleScreen.Article);
        });
    }

    /// <summary>
    /// Opens an article with the matches of the query that found the results (the bar may hold one that cannot run),
    /// and shows it when it comes, unless the user has moved on meanwhile.
    /// </summary>
    private void OpenPage(SearchHit hit, Action<ArticlePage> show)
    {
        var waiting = StillWaiting();
        _opener.Article(hit, _console.Results.Criteria, page =>
        {
            if (waiting()) show(page);
        });
    }

    /// <summary>Shows a page on the article screen already open, in place of the one read there.</summary>
    private void ShowInPlace(ArticlePage page)
    {
        _navigator.Article.Show(page);
        _navigator.Article.Body.SetFocus();
    }

    /// <summary>Enter in the related list: reads that article in place of this one; Esc comes back.</summary>
    private void ReadRelated()
    {
        var article = _navigator.Article;
        if (article.Page is not { } page || article.Related.Selection.Selected < 0) return;
        OpenPage(page.Related[article.Related.Selection.Selected].Article, next =>
        {
            _trail.Follow(next);
            ShowInPlace(next);
        });
    }

    /// <summary>] and [: reads the hit after or before the one the article was opened from, and selects it in the results.</summary>
    private void ReadNeighbour(int step)
    {
        if (_trail.Opened is not { } opened) return;
        if (_console.Results.Neighbour(opened.Hit.Id, step) is not { } item)
        {
            var loading = step > 0 && _console.Results.HasMore;
            if (loading) _console.LoadMoreNear(_console.Results.Hits.Count - 1);
            _console.Notify(loading ? "loading more hits: ] again reads the next" : step > 0 ? "this is the last hit" : "this is the first hit");
            return;
        }
        Search.Results.Selection.Select(item);
        OpenPage(_console.Results.Hits[item], page =>
        {
            _trail.Start(page);
            ShowInPlace(page);
        });
    }

    private void OpenDiff()
    {
        var article = _navigator.Article;
        if (article.Page is not { } page || article.Related.Selection.Selected < 0) return;
        var other = page.Related[article.Related.Selection.Selected];
        var waiting = StillWaiting();
        _opener.Diff(page.Hit.Id, other.Article.Id, other.Relation, diff =>
        {
            if (!waiting()) return;
            _navigator.Diff.Show(diff);
            Push(ConsoleScreen.Diff);
        });
    }

    private void ToggleSelectedFacet()
    {
        var selected = Search.Facets.Selection.Selected;
        if (selected < 0 || selected >= _console.Facets.Count) return;
        var entry = _console.Facets[selected];
        if (entry.Value is { } value) _console.ToggleFacet(entry.Dimension, value);
    }

    private void SaveQuery(string name)
    {
        if (_saved.Save(name, _console.Criteria, (_console.Results.Hits, _console.Results.Result.Total)) is { } problem)
        {
            _console.Notify(problem, isError: true);
            return;
        }
        Search.StopSaving();
        _console.RecordShownHits(hits => _saved.RecordShown(name.Trim(), hits));
        _console.Notify($"saved '{name.Trim()}': F6 lists saved queries");
    }

    private void ShowHistory()
    {
        var filter = Search.QueryField.Text ?? "";
        Push(ConsoleScreen.History);
        List.Show("Query history", filter.Length > 0 ? $"containing '{filter}' · Enter uses one · Esc back" : "latest first · Enter uses one · Esc back",
            new HistoryList(_history.Matching(filter), filter), pickable: true);
    }

    private void PickFromList(int item)
    {
        if (_navigator.Screen == ConsoleScreen.SavedQueries && _saved[item] is { } query) RunSaved(query);
        else if (_navigator.Screen == ConsoleScreen.History && List.List.Selection.Source is HistoryList entries && entries[item] is { } entry)
        {
            // A finished query, run as a saved one is: as written, with the focus on its hits (where Esc leaves for
            // the query bar rather than quitting).
            _navigator.BackTo(ConsoleScreen.Search);
            SetQuery(entry);
            _console.Settle();
            Search.Results.SetFocus();
        }
    }

    // Shown even when the user has moved on meanwhile: the run is recorded as seen, so its hits must show.
    private void RunSaved(SavedQuery query) => _opener.SavedQuery(_saved, query, summary =>
    {
        // As the search read the file's values, so a hand-written "reuters" is the facet's "Reuters", picked.
        var criteria = _console.Criteria with { QueryText = query.Query, AsTyped = false, Filters = summary.Shown.Filters ?? query.Filters, Sort = query.Sort };
        _console.Show(criteria, summary.Shown, summary.SeenBefore, summary.NewCount);
        _console.RecordShownHits(hits => _saved.RecordShown(query.Name, hits));
        _navigator.BackTo(ConsoleScreen.Search);
        SetQuery(query.Query);
        Search.Results.SetFocus();
        _console.Notify(summary.Describe(), isError: summary.RecordProblem is not null);
    });

    /// <summary>
    /// Whether the user is still where they asked for a page: on the same screen, over the same search. A page that
    /// comes after they moved on (back, to another screen, to another search) is dropped, not shown over what they
    /// turned to.
    /// </summary>
    private Func<bool> StillWaiting()
    {
        var screen = _navigator.Screen;
        var search = _console.Results.Criteria;
        return () => _navigator.Screen == screen && _console.Results.Criteria == search;
    }

    private void DeleteSaved()
    {
        if (_saved[List.List.Selection.Selected] is not { } query) return;
        var message = _saved.Delete(query);
        List.List.Show(_saved, keepSelection: true);
        _console.Notify(message);
    }
}
