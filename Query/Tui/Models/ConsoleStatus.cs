using SearchEngine.Indexing.Cli;

namespace SearchEngine.Querying.Tui.Models;

/// <summary>The status line: what the screen on top has to report, then the console's notice, if there is one.</summary>
public sealed class ConsoleStatus(SearchConsole console, SavedQueriesPanel saved, QueryHistory history)
{
    public const string SavingHint = "Type a name (letters, digits, - _ .) · Enter saves · Esc cancels";

    public const string HelpHint = "Tab moves between panes · Esc goes back · Ctrl+Q quits";

    /// <param name="saving">The search screen is asking for a name to save the query under.</param>
    /// <param name="article">The article last opened, if any.</param>
    /// <param name="diff">The diff last opened, if any.</param>
    public string Text(ConsoleScreen screen, bool saving, ArticlePage? article, DiffPage? diff) => screen switch
    {
        ConsoleScreen.Search when saving => SavingHint,
        ConsoleScreen.Search => console.Summary(),
        ConsoleScreen.Article => article?.Status() ?? "",
        ConsoleScreen.Diff => diff?.Position() ?? "",
        ConsoleScreen.SavedQueries => saved.Problem is null ? $"{saved.Queries.Count} saved in {saved.FilePath}" : "the file has not been changed",
        ConsoleScreen.History => history.Problem ?? $"{Counted.Of(history.Entries.Count, "query", "queries")} remembered",
        _ => HelpHint,
    };

    /// <summary>Rows the status area may grow to, so a long notice (a file's path, a parse error) is read whole.</summary>
    public const int MaxRows = 3;

    /// <summary>The status line, folded onto up to <see cref="MaxRows"/> rows when it does not fit one.</summary>
    public IReadOnlyList<StyledLine> Lines(int width, ConsoleScreen screen, bool saving, ArticlePage? article, DiffPage? diff) =>
        Folding.Fold(Line(Folding.Unfolded, screen, saving, article, diff), width, MaxRows);

    public StyledLine Line(int width, ConsoleScreen screen, bool saving, ArticlePage? article, DiffPage? diff)
    {
        var line = new LineBuilder(width).Add(" ", Ink.Plain).Add(Text(screen, saving, article, diff), Ink.Plain);
        if (console.Notice is { } notice) line.Add(" · ", Ink.Plain).Add(notice, console.NoticeIsError ? Ink.Error : Ink.Chosen);
        return line.Build();
    }
}
