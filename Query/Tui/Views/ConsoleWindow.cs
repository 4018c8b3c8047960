using SearchEngine.Querying.Tui.Models;
using Terminal.Gui.App;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace SearchEngine.Querying.Tui.Views;

/// <summary>
/// The console: one screen at a time over a status line and a key bar. Every key goes through <see cref="KeyMap"/>
/// first, so what help lists is what keys do; the <see cref="ScreenNavigator"/> keeps which screen is shown, the
/// <see cref="ConsoleCommands"/> do what the keys ask, the models hold the state, and the screens redraw it.
/// </summary>
public sealed class ConsoleWindow : Runnable
{
    private readonly ScreenNavigator _navigator;
    private readonly ConsoleCommands _commands;
    private readonly LinesView _status;
    private readonly LinesView _keys;
    private readonly ConsoleStatus _statusText;
    private IReadOnlyList<KeyBarItem> _barItems = [];
    private int _statusRows = 1;
    private System.Drawing.Size _arrangedFor;

    public ConsoleWindow(SearchConsole console, PageOpener opener, SavedQueriesPanel saved, QueryHistory history, Palette palette)
    {
        Width = Dim.Fill();
        Height = Dim.Fill();
        CanFocus = true;
        SetScheme(Palette.Scheme);

        Search = new SearchScreen(console, palette);
        Article = new ArticleScreen(palette) { Visible = false };
        Diff = new DiffScreen(palette) { Visible = false };
        List = new ListScreen(palette) { Visible = false };
        _navigator = new ScreenNavigator(this, Search, Article, Diff, List);
        _commands = new ConsoleCommands(this, _navigator, console, opener, saved, history);
        _statusText = new ConsoleStatus(console, saved, history);
        _status = new LinesView(palette, (w, _) => StatusLines(w), palette.Status);
        _keys = new LinesView(palette, (w, _) => [KeyBar(w)]);
        Add(Search, Article, Diff, List, _status, _keys);

        _navigator.Showing += screen =>
        {
            _commands.Fill(screen);
            Arrange();
            SetNeedsDraw();
        };
        Article.Body.Moved += _status.SetNeedsDraw;
        Diff.Body.Moved += _status.SetNeedsDraw;
        _keys.Clicked += (column, _) => ClickKeyBar(column);
        console.Changed += () =>
        {
            Search.Refresh();
            if (StatusLines(Math.Max(1, Viewport.Width)).Count != _statusRows) Arrange();
            RedrawLines();
        };
        FrameChanged += (_, e) =>
        {
            if (e.Value.Size == _arrangedFor) return;
            _arrangedFor = e.Value.Size;
            Arrange();
        };
    }

    /// <summary>The screen on top: what Esc goes back from.</summary>
    public ConsoleScreen Screen => _navigator.Screen;

    public KeyContext Context => new(Screen, _navigator.FocusedPane);

    /// <summary>Set when the user asked to quit (the app is then asked to stop).</summary>
    public bool QuitRequested => _commands.QuitRequested;

    public SearchScreen Search { get; }

    public ArticleScreen Article { get; }

    public DiffScreen Diff { get; }

    public ListScreen List { get; }

    /// <summary>
    /// Hooks the key map in ahead of the focused view, so bindings win over the views' own keys; and redraws the key
    /// bar whenever the focus moves, however it moved (a key, a click, a screen closing).
    /// </summary>
    public void Attach(IApplication app)
    {
        if (app.Navigation is { } navigation) navigation.FocusedChanged += (_, _) => RedrawLines();
        app.Keyboard.KeyDown += (_, key) =>
        {
            if (!key.Handled && Dispatch(key)) key.Handled = true;
        };
        Search.QueryField.SetFocus();
    }

    public bool Dispatch(Key key) => KeyMap.Find(key.ToString(), Context) is { } binding && Execute(binding.Command);

    public bool Execute(ConsoleCommand command) => _commands.Execute(command);

    private void RedrawLines()
    {
        _status.SetNeedsDraw();
        _keys.SetNeedsDraw();
    }

    private IReadOnlyList<StyledLine> StatusLines(int width) => _statusText.Lines(width, Screen, Search.IsSaving, Article.Page, Diff.Page);

    /// <summary>
    /// Each screen lays out the whole terminal but leaves the last two rows to the status line and key bar; a status
    /// too long for its row takes up to two rows more from the screen above it.
    /// </summary>
    private void Arrange()
    {
        var width = Math.Max(1, Viewport.Width);
        var fullHeight = Math.Max(3, Viewport.Height);
        _statusRows = Math.Min(StatusLines(width).Count, Math.Max(1, fullHeight - 6));
        var height = fullHeight - (_statusRows - 1);
        foreach (var screen in new View[] { Search, Article, Diff, List }) screen.Place(new Area(0, 0, width, height - 2));
        Search.Visible = Screen == ConsoleScreen.Search;
        Article.Visible = Screen == ConsoleScreen.Article;
        Diff.Visible = Screen == ConsoleScreen.Diff;
        List.Visible = Screen is ConsoleScreen.SavedQueries or ConsoleScreen.History or ConsoleScreen.Help;
        Search.Arrange(width, height);
        Article.Arrange(width, height);
        Diff.Arrange(width, height);
        List.Arrange(width, height);
        _status.Place(new Area(0, height - 2, width, _statusRows));
        _keys.Place(new Area(0, fullHeight - 1, width, 1));
        SetNeedsLayout();
    }

    private StyledLine KeyBar(int width)
    {
        var (line, items) = KeyMap.Bar(Context, width);
        _barItems = items;
        return line;
    }

    private void ClickKeyBar(int column)
    {
        if (_barItems.FirstOrDefault(i => column >= i.Start && column < i.End) is { } item) Execute(item.Binding.Command);
    }
}
