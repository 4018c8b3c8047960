using System.Drawing;
using SearchEngine.Querying.SavedQueries;
using SearchEngine.Querying.Search;
using SearchEngine.Querying.Tui.Models;
using SearchEngine.Querying.Tui.Views;
using SearchEngine.Tests.Support;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;

namespace SearchEngine.Tests.Tui;

/// <summary>
/// The console window running headless on Terminal.Gui's ANSI driver at a fixed size, with searches run at once so a
/// key's effect is on screen as soon as it is injected. Saved queries and history go to a temp folder.
/// </summary>
public sealed class ConsoleHarness : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly SessionToken? _session;

    /// <param name="opens">The lane articles, diffs and saved-query runs are opened on; by default they open at once.</param>
    public ConsoleHarness(ArticleSearcher searcher, int width = 100, int height = 30, bool colour = true, IWorkLane? opens = null)
    {
        App = Application.Create();
        App.Init(DriverRegistry.Names.ANSI);
        App.Driver!.SetScreenSize(width, height);
        Console = new SearchConsole(searcher, new InlineLane(), new InlineLane());
        Saved = new SavedQueriesPanel(new SavedQueryStore(_folder.Combine("saved-queries.json")), () => DateTimeOffset.UtcNow);
        History = new QueryHistory(_folder.Combine("history"));
        Window = new ConsoleWindow(Console, new PageOpener(searcher, Console, opens ?? new InlineLane()), Saved, History, new Palette(colour));
        Console.Start();
        _session = App.Begin(Window);
        Window.Attach(App);
        App.LayoutAndDraw();
    }

    public IApplication App { get; }

    public ConsoleWindow Window { get; }

    public SearchConsole Console { get; }

    public SavedQueriesPanel Saved { get; }

    public QueryHistory History { get; }

    /// <summary>The screen as text, one line per row.</summary>
    public string Screen
    {
        get
        {
            App.LayoutAndDraw();
            return App.Driver!.ToString()!;
        }
    }

    public string Row(int row) => Screen.Split('\n')[row];

    public ConsoleHarness Type(string text)
    {
        foreach (var c in text) App.InjectKey(c == ' ' ? Key.Space : new Key(c));
        App.LayoutAndDraw();
        return this;
    }

    public ConsoleHarness Press(params Key[] keys)
    {
        foreach (var key in keys) App.InjectKey(key);
        App.LayoutAndDraw();
        return this;
    }

    /// <summary>Searches for <paramref name="query"/>, goes down the results to the first hit <paramref name="which"/> accepts, and opens it.</summary>
    public ConsoleHarness Open(string query, Func<SearchHit, bool> which)
    {
        Type(query).Press(Key.Enter);
        var at = Console.Results.Hits.ToList().FindIndex(hit => which(hit));
        for (var i = 0; i < at; i++) Press(Key.CursorDown);
        return Press(Key.Enter);
    }

    public ConsoleHarness Click(int column, int row, bool twice = false)
    {
        App.InjectMouse(new Mouse { Flags = twice ? MouseFlags.LeftButtonDoubleClicked : MouseFlags.LeftButtonClicked, ScreenPosition = new Point(column, row) });
        App.LayoutAndDraw();
        return this;
    }

    public ConsoleHarness Wheel(int column, int row, bool down = true)
    {
        App.InjectMouse(new Mouse { Flags = down ? MouseFlags.WheeledDown : MouseFlags.WheeledUp, ScreenPosition = new Point(column, row) });
        App.LayoutAndDraw();
        return this;
    }

    public void Resize(int width, int height)
    {
        App.Driver!.SetScreenSize(width, height);
        App.LayoutAndDraw();
    }

    /// <summary>The first screen position of <paramref name="text"/>.</summary>
    public Point Find(string text)
    {
        var rows = Screen.Split('\n');
        for (var row = 0; row < rows.Length; row++)
            if (rows[row].IndexOf(text, StringComparison.Ordinal) is var column and >= 0) return new Point(column, row);
        throw new Xunit.Sdk.XunitException($"'{text}' is not on the screen:\n{Screen}");
    }

    /// <summary>The attribute drawn at a screen position.</summary>
    public Terminal.Gui.Drawing.Attribute? AttributeAt(Point at) => App.Driver!.Contents![at.Y, at.X].Attribute;

    public void Dispose()
    {
        if (_session is not null) App.End(_session);
        Window.Dispose();
        App.Dispose();
        _folder.Dispose();
    }
}
