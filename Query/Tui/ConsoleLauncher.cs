using SearchEngine.Indexing;
using SearchEngine.Indexing.Cli;
using SearchEngine.Indexing.Cluster;
using SearchEngine.Indexing.Reading;
using SearchEngine.Querying.Cli;
using SearchEngine.Querying.FirstRun;
using SearchEngine.Querying.SavedQueries;
using SearchEngine.Querying.Search;
using SearchEngine.Querying.Search.Cluster;
using SearchEngine.Querying.Tui.Models;
using SearchEngine.Querying.Tui.Views;
using Terminal.Gui.App;

namespace SearchEngine.Querying.Tui;

/// <summary>
/// <c>query</c> with no arguments (or only <c>--index DIR</c> or <c>--cluster URL</c>) opens the console; anything else
/// is the command line. With no arguments and <c>SEARCHENGINE_ES_URL</c> set, it searches that cluster.
/// On first run, with no index at the default place, the sample articles shipped beside the program are indexed first.
/// </summary>
public static class ConsoleLauncher
{
    /// <summary>
    /// Turns of Terminal.Gui's main loop per second. Each turn reads the keys, draws, then runs what other threads
    /// posted, and sleeps out the rest of its share: a result posted after a key waits for the next turn to be drawn,
    /// so at the default of 25 a keystroke took up to two 40 ms turns to reach the screen on top of the search.
    /// An idle turn costs microseconds.
    /// </summary>
    public const int LoopTurnsPerSecond = 200;

    public static bool Wants(string[] args) => args.Length == 0 || (args.Length == 2 && args[0] is "--index" or "--cluster");

    public static int Run(string[] args, CliContext context)
    {
        if (Console.IsInputRedirected || !context.OutputIsTerminal)
        {
            context.Error.WriteLine("query: the console needs a terminal; see 'query --help' for the commands.");
            return ExitCodes.Usage;
        }
        if (ClusterAddress(args, context.Environment) is { } address) return RunOnCluster(address, context);
        var indexDirectory = args.Length == 2 ? args[1] : DefaultPaths.IndexDirectory(context.Environment);
        if (SeedIndex.Prepare(indexDirectory, context) is { } problem) return UnusableIndexReport.Print("query", problem, context.Error);

        FollowingSearchSession searcher;
        try
        {
            searcher = FollowingSearchSession.Open(indexDirectory);
        }
        catch (Exception e) when (IndexUnusableException.Of(e, indexDirectory) is { } unusable)
        {
            return UnusableIndexReport.Print("query", unusable, context.Error);
        }
        using (searcher)
            return RunConsole(searcher, context.Environment, warmUp: true, console => searcher.Followed += console.IndexFollowed);
    }

    private static string? ClusterAddress(string[] args, Func<string, string?> environment) =>
        args is ["--cluster", var address] ? address
        : args.Length == 0 && environment(ClusterConnection.UrlVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment
        : null;

    /// <summary>
    /// The console over a cluster. Its first search shows whether the cluster answers; one that does not is reported
    /// where a query problem is, and the next keystroke tries again.
    /// </summary>
    private static int RunOnCluster(string address, CliContext context)
    {
        if (ClusterOption.Connect(address, context) is not { } connection) return ExitCodes.Usage;
        using var session = ClusterSearchSession.Open(connection);
        return RunConsole(session, context.Environment, warmUp: false, _ => { });
    }

    /// <param name="warmUp">Run the first keystrokes' searches before the first key (see <see cref="SearchConsole.WarmUp"/>).</param>
    /// <param name="attach">Hooks the console to what the session reports (a rebuilt index).</param>
    private static int RunConsole(ISearchSession session, Func<string, string?> environment, bool warmUp, Action<SearchConsole> attach)
    {
        Application.MaximumIterationsPerSecond = LoopTurnsPerSecond;
        using var app = Application.Create().Init();
        // Named ANSI colours follow the terminal's theme; 24-bit ones would not.
        app.Driver!.Force16Colors = true;
        var gate = new SemaphoreSlim(1, 1);
        var console = new SearchConsole(session, new NextTurnLane(app.Invoke), new BackgroundLane(app.Invoke, gate));
        attach(console);
        var opener = new PageOpener(session, console, new BackgroundLane(app.Invoke, gate));
        var saved = new SavedQueriesPanel(new SavedQueryStore(DefaultPaths.SavedQueriesFile(environment)), () => DateTimeOffset.UtcNow);
        var history = new QueryHistory(DefaultPaths.HistoryFile(environment));
        using var window = new ConsoleWindow(console, opener, saved, history, Palette.FromEnvironment(environment));
        window.Attach(app);
        console.Start();
        if (warmUp) _ = console.WarmUp();
        app.Run(window);
        return ExitCodes.Success;
    }
}
