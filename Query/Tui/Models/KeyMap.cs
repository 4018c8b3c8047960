namespace SearchEngine.Querying.Tui.Models;

/// <summary>Everything a key can ask the console to do.</summary>
public enum ConsoleCommand
{
    Quit,
    Help,
    Back,
    FocusQuery,
    NextPane,
    PreviousPane,
    ToggleSort,
    ToggleCollapse,
    ClearFilters,
    SaveQuery,
    SavedQueries,
    HistorySearch,
    HistoryOlder,
    HistoryNewer,
    AcceptQuery,
    MoveUp,
    MoveDown,
    PageUp,
    PageDown,
    First,
    Last,
    Open,
    ToggleFacet,
    NextMatch,
    PreviousMatch,
    Diff,
    NextHit,
    PreviousHit,
    Delete,
    Redraw,
    UseSuggestion,
}

/// <summary>The screens of the console; Esc goes back from each to the one it was opened from.</summary>
public enum ConsoleScreen { Search, Article, Diff, SavedQueries, History, Help }

/// <summary>Where the keyboard focus is.</summary>
public enum ConsolePane { Query, Results, Facets, Body, Related, List, Prompt }

/// <summary>Where a binding works; the help screen groups bindings by it.</summary>
public enum KeyScope
{
    Anywhere,
    /// <summary>
    /// On the search and article screens, except while typing in the query bar or a prompt, where letters are text; not
    /// on the list screens, where a letter that changed the search out of sight would look like a key that did nothing.
    /// </summary>
    Browsing,
    /// <summary>In a list or the article body: moving and scrolling.</summary>
    Moving,
    QueryBar,
    Facets,
    Article,
    /// <summary>Reading an article (not its diff): what works on its copies.</summary>
    ArticleCopies,
    SavedQueries,
    Lists,
}

/// <summary>What the key handler needs to know to pick a binding.</summary>
public readonly record struct KeyContext(ConsoleScreen Screen, ConsolePane Focus)
{
    public bool IsTyping => Focus is ConsolePane.Query or ConsolePane.Prompt;

    public bool InList => Focus is ConsolePane.Results or ConsolePane.Facets or ConsolePane.Related or ConsolePane.List;

    /// <summary>On a screen that is one full-width list (saved queries, history, help) rather than the search or an article.</summary>
    public bool OnListScreen => Screen is ConsoleScreen.SavedQueries or ConsoleScreen.History or ConsoleScreen.Help;
}

/// <param name="Keys">Key names as Terminal.Gui writes them (<c>Key.ToString()</c>): "Ctrl+Q", "F1", "?", "CursorUp".</param>
/// <param name="Bar">Label on the key bar; null to list the binding only in help.</param>
/// <param name="BarKeys">How the key bar names the keys, when not by the first key (for "n/N").</param>
public sealed record KeyBinding(
    IReadOnlyList<string> Keys, ConsoleCommand Command, KeyScope Scope, string Description, string? Bar = null, string? BarKeys = null);

/// <summary>What a line-editing key does to the text of the query bar.</summary>
public enum LineEdit { Start, End, KillToStart, KillWordBack, WordBack, WordForward }

/// <param name="Key">The key's name as Terminal.Gui writes it.</param>
public sealed record LineEditKey(string Key, LineEdit Edit, string Description);

/// <summary>One label on the key bar and the columns it takes, so a click on it runs its command.</summary>
public sealed record KeyBarItem(KeyBinding Binding, int Start, int End);

/// <summary>
/// Every key of the console, in one list that the key handler, the key bar and the help screen all read: a key does
/// what help says it does. Earlier bindings win, so specific scopes come before general ones.
/// </summary>
public static class KeyMap
{
    public static readonly IReadOnlyList<KeyBinding> Bindings =
    [
        new(["F1"], ConsoleCommand.Help, KeyScope.Anywhere, "Show this help", "Help"),
        new(["Ctrl+Q"], ConsoleCommand.Quit, KeyScope.Anywhere, "Quit", "Quit"),
        new(["Esc"], ConsoleCommand.Back, KeyScope.Anywhere, "Back one level; in the query bar of the search screen, quit", "Back"),
        new(["Tab"], ConsoleCommand.NextPane, KeyScope.Anywhere, "Next pane (query, results, facets; body, related)"),
        new(["Shift+Tab"], ConsoleCommand.PreviousPane, KeyScope.Anywhere, "Previous pane"),
        new(["F2"], ConsoleCommand.ToggleSort, KeyScope.Anywhere, "Sort by relevance or newest first", "Sort"),
        new(["F3"], ConsoleCommand.ToggleCollapse, KeyScope.Anywhere, "One hit per cluster of copies (+N copies), or every copy", "Copies"),
        new(["F4"], ConsoleCommand.ClearFilters, KeyScope.Anywhere, "Clear all facet filters", "Clear"),
        new(["F5"], ConsoleCommand.SaveQuery, KeyScope.Anywhere, "Save the query, filters and sort under a name", "Save"),
        new(["F6"], ConsoleCommand.SavedQueries, KeyScope.Anywhere, "Saved queries: run, see what is new, delete", "Saved"),
        new(["Ctrl+R"], ConsoleCommand.HistorySearch, KeyScope.Anywhere, "Earlier queries containing what is typed", "History"),
        new(["F7"], ConsoleCommand.UseSuggestion, KeyScope.Anywhere, "Search the query respelled as \"Did you mean\" offers it (when nothing or very little matched)"),
        new(["Ctrl+L"], ConsoleCommand.Redraw, KeyScope.Anywhere,
            "Redraw the screen and search again (a rebuilt or updated index is searched from then on)"),

        new(["CursorUp"], ConsoleCommand.HistoryOlder, KeyScope.QueryBar, "Older query from history"),
        new(["CursorDown"], ConsoleCommand.HistoryNewer, KeyScope.QueryBar, "Newer query from history; past the newest, to the results"),
        new(["Enter"], ConsoleCommand.AcceptQuery, KeyScope.QueryBar, "Remember the query and go to the results", "Results"),

        new(["?"], ConsoleCommand.Help, KeyScope.Browsing, "Show this help"),
        new(["/"], ConsoleCommand.FocusQuery, KeyScope.Browsing, "Back to the query bar", "Query"),
        new(["s"], ConsoleCommand.ToggleSort, KeyScope.Browsing, "Same as F2"),
        new(["c"], ConsoleCommand.ToggleCollapse, KeyScope.Browsing, "Same as F3"),
        new(["x"], ConsoleCommand.ClearFilters, KeyScope.Browsing, "Same as F4"),

        new(["Space", "Enter"], ConsoleCommand.ToggleFacet, KeyScope.Facets, "Pick or drop the value (OR within a facet, AND across)", "Pick"),

        new(["n"], ConsoleCommand.NextMatch, KeyScope.Article, "Next match (next change in a diff)", "Match", "n/N"),
        new(["N"], ConsoleCommand.PreviousMatch, KeyScope.Article, "Previous match (previous change in a diff)"),
        new(["d"], ConsoleCommand.Diff, KeyScope.ArticleCopies, "Compare with the copy, source or derived story selected in the related list", "Diff"),
        new(["]"], ConsoleCommand.NextHit, KeyScope.ArticleCopies, "Read the next hit of the results", "Hit", "]/["),
        new(["["], ConsoleCommand.PreviousHit, KeyScope.ArticleCopies, "Read the previous hit of the results"),

        new(["d", "Delete"], ConsoleCommand.Delete, KeyScope.SavedQueries, "Delete the saved query (press twice)", "Delete"),

        new(["CursorUp", "k"], ConsoleCommand.MoveUp, KeyScope.Moving, "Up"),
        new(["CursorDown", "j"], ConsoleCommand.MoveDown, KeyScope.Moving, "Down"),
        new(["PageUp", "b"], ConsoleCommand.PageUp, KeyScope.Moving, "Page up"),
        new(["PageDown", "Space"], ConsoleCommand.PageDown, KeyScope.Moving, "Page down", "Scroll", "PgUp/PgDn"),
        new(["Home", "g"], ConsoleCommand.First, KeyScope.Moving, "First"),
        new(["End", "G"], ConsoleCommand.Last, KeyScope.Moving, "Last"),
        new(["Enter"], ConsoleCommand.Open, KeyScope.Lists, "Open the hit, run the saved query, use the history entry, read the related story", "Open"),
    ];

    /// <summary>Readline's keys in the query bar and the name prompt, as in a shell and fzf; the text field does the editing.</summary>
    public static readonly IReadOnlyList<LineEditKey> LineEditing =
    [
        new("Ctrl+A", LineEdit.Start, "Start of the line"),
        new("Ctrl+E", LineEdit.End, "End of the line"),
        new("Ctrl+U", LineEdit.KillToStart, "Delete to the start of the line"),
        new("Ctrl+W", LineEdit.KillWordBack, "Delete the word before the cursor"),
        new("Alt+B", LineEdit.WordBack, "Back a word"),
        new("Alt+F", LineEdit.WordForward, "Forward a word"),
    ];

    public static bool Applies(KeyScope scope, KeyContext context) => scope switch
    {
        KeyScope.Anywhere => true,
        KeyScope.Browsing => !context.IsTyping && !context.OnListScreen,
        KeyScope.Moving => !context.IsTyping,
        // The help screen's list has nothing to open.
        KeyScope.Lists => context.InList && context.Screen != ConsoleScreen.Help,
        KeyScope.QueryBar => context.Focus == ConsolePane.Query,
        KeyScope.Facets => context.Focus == ConsolePane.Facets,
        KeyScope.Article => !context.IsTyping && context.Screen is ConsoleScreen.Article or ConsoleScreen.Diff,
        KeyScope.ArticleCopies => !context.IsTyping && context.Screen == ConsoleScreen.Article,
        KeyScope.SavedQueries => !context.IsTyping && context.Screen == ConsoleScreen.SavedQueries,
        _ => false,
    };

    /// <summary>The binding <paramref name="key"/> (as <c>Key.ToString()</c>) has in <paramref name="context"/>, if any.</summary>
    public static KeyBinding? Find(string key, KeyContext context) =>
        Bindings.FirstOrDefault(b => b.Keys.Contains(key, StringComparer.Ordinal) && Applies(b.Scope, context));

    /// <summary>How help and the key bar write a key.</summary>
    public static string Display(string key) => key switch
    {
        "CursorUp" => "↑",
        "CursorDown" => "↓",
        "PageUp" => "PgUp",
        "PageDown" => "PgDn",
        _ when key.StartsWith("Ctrl+", StringComparison.Ordinal) => "^" + key["Ctrl+".Length..],
        _ => key,
    };

    /// <summary>The key bar for <paramref name="context"/>: the labelled bindings that work there, as many as fit.</summary>
    public static (StyledLine Line, IReadOnlyList<KeyBarItem> Items) Bar(KeyContext context, int width)
    {
        var line = new LineBuilder(width);
        var items = new List<KeyBarItem>();
        var shown = new HashSet<ConsoleCommand>();
        // Help and quit first, then what is particular to where the user is, then the rest while room lasts; scrolling,
        // which every list and page has, last.
        var ordered = Bindings.Where(b => b.Command is ConsoleCommand.Help or ConsoleCommand.Quit)
            .Concat(Bindings.Where(b => b.Scope is not (KeyScope.Anywhere or KeyScope.Moving)))
            .Concat(Bindings.Where(b => b.Scope == KeyScope.Anywhere))
            .Concat(Bindings.Where(b => b.Scope == KeyScope.Moving));
        foreach (var binding in ordered)
        {
            // A binding another one shadows here would be a lie on the bar.
            if (binding.Bar is null || Find(binding.Keys[0], context) != binding || !shown.Add(binding.Command)) continue;
            if (context.Screen == ConsoleScreen.Help && !ReadsHelp(binding)) continue;
            if (binding.Command == ConsoleCommand.Back && context is { Screen: ConsoleScreen.Search, Focus: ConsolePane.Query }) continue;
            var keys = binding.BarKeys ?? Display(binding.Keys[0]);
            var needed = (line.Width == 0 ? 0 : 2) + keys.Length + 1 + binding.Bar.Length;
            if (line.Width + needed > width) continue;
            if (line.Width > 0) line.Add("  ", Ink.Plain);
            var start = line.Width;
            line.Add(keys, Ink.Key).Add(" ", Ink.Plain).Add(binding.Bar, Ink.Plain);
            items.Add(new KeyBarItem(binding, start, line.Width));
        }
        return (line.Build(), items);
    }

    /// <summary>
    /// What the help screen's key bar offers: reading it, leaving it, quitting. The keys that act on the search work
    /// there too, but what they change is out of sight, and the bar would read as if the help had those commands.
    /// </summary>
    private static bool ReadsHelp(KeyBinding binding) =>
        binding.Scope == KeyScope.Moving || binding.Command is ConsoleCommand.Back or ConsoleCommand.Quit;

    /// <summary>The help screen: every binding, grouped by where it works.</summary>
    public static IReadOnlyList<StyledLine> Help(int width)
    {
        var lines = new List<StyledLine>();
        foreach (var group in Bindings.GroupBy(b => b.Scope))
        {
            if (lines.Count > 0) lines.Add(StyledLine.Empty);
            lines.Add(new LineBuilder(width).Add(ScopeHeading(group.Key), Ink.Heading).Build());
            foreach (var binding in group)
            {
                var keys = string.Join(", ", binding.Keys.Select(Display));
                lines.Add(HelpLine(width, keys, binding.Description));
            }
            if (group.Key == KeyScope.QueryBar)
                lines.AddRange(LineEditing.Select(edit => HelpLine(width, Display(edit.Key), edit.Description)));
        }
        lines.Add(StyledLine.Empty);
        lines.Add(new LineBuilder(width).Add("The mouse works too: click a hit or a facet value, double-click to open, wheel to scroll.", Ink.Faint).Build());
        lines.Add(new LineBuilder(width).Add("Query syntax: words (all must match), \"a phrase\", OR, -word, title:, outlet:, people:, date:2024-10.", Ink.Faint).Build());
        return lines;
    }

    private static StyledLine HelpLine(int width, string keys, string description) =>
        new LineBuilder(width).Add("  ", Ink.Plain).Add(keys, Ink.Key).PadTo(18).Add(description, Ink.Plain).Build();

    private static string ScopeHeading(KeyScope scope) => scope switch
    {
        KeyScope.Anywhere => "Anywhere",
        KeyScope.Browsing => "Outside the query bar and the lists of saved queries, history and help",
        KeyScope.QueryBar => "In the query bar",
        KeyScope.Facets => "In the facets pane",
        KeyScope.Article => "Reading an article or a diff",
        KeyScope.ArticleCopies => "Reading an article",
        KeyScope.SavedQueries => "In the saved queries list",
        KeyScope.Moving => "Moving in lists and the article",
        _ => "In lists",
    };
}
