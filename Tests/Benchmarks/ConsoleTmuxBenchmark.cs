using System.Diagnostics;
using System.Globalization;
using SearchEngine.Tests.Tui;

namespace SearchEngine.Benchmarks;

/// <summary>
/// <c>console-tmux --index DIR --baseline QUERY_DLL [--baseline-index DIR] [--query QUERY_DLL] [--build NAME=QUERY_DLL…]
/// [--queries FILE] [--limit N] [--rounds R] [--width W --height H]</c>: keystroke to redrawn screen through a real terminal. Each build's console runs in its
/// own detached tmux session; every query (one-line queries of the file, no filters) is typed a character at a time
/// with <c>tmux send-keys</c>, and each keystroke is timed from send-keys returning to the first <c>capture-pane</c>
/// that shows the new text in the query bar, the cursor after it, and a status line no longer "searching…": results
/// drawn for what is typed. Builds take turns query by query (order swapped each query), so load hits both alike.
/// The resolution is one capture (a tmux process, a few ms); the keys of one query follow each other as soon as the
/// screen settles. <c>--query</c> defaults to the query.dll built beside this program's repository;
/// <c>--baseline-index</c> is the same articles indexed by the baseline, when the schema version has changed since.
/// </summary>
public static class ConsoleTmuxBenchmark
{
    private const string Prompt = "Search ▸ ";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private sealed record Keystroke(string Build, double Ms);

    public static int Run(string[] args)
    {
        var a = new BenchmarkArgs(args);
        var index = Path.GetFullPath(a.Require("--index"));
        var baselineIndex = Path.GetFullPath(a.Get("--baseline-index") ?? index);
        var builds = new Dictionary<string, string>
        {
            ["baseline"] = Path.GetFullPath(a.Require("--baseline")),
            ["current"] = Path.GetFullPath(a.Get("--query") ?? DefaultQueryDll()),
        };
        foreach (var build in a.GetAll("--build"))
            builds[build.Split('=', 2)[0]] = Path.GetFullPath(build.Split('=', 2)[1]);
        var queries = BenchQueries.Read(a.Get("--queries") ?? DefaultQueries())
            .Where(q => !q.Filters.HasSelections()).Take(a.GetInt("--limit", 24)).ToList();
        var rounds = a.GetInt("--rounds", 1);
        var width = a.GetInt("--width", 120);
        var height = a.GetInt("--height", 35);
        var home = Directory.CreateTempSubdirectory("searchengine-console-tmux-");
        var sessions = new Dictionary<string, TmuxConsole>();
        try
        {
            foreach (var (name, dll) in builds)
                sessions[name] = TmuxConsole.Start(name, dll, name == "baseline" ? baselineIndex : index, home.FullName, width, height);
            Console.WriteLine($"index: {index} (baseline: {baselineIndex}); {queries.Count} queries, {queries.Sum(q => q.Text.Length)} keystrokes a round, {rounds} round(s); " +
                              $"terminal {width}×{height}; builds: {string.Join(", ", builds.Select(b => $"{b.Key}={b.Value}"))}");
            var timed = new List<Keystroke>();
            var turn = 0;
            for (var round = 0; round < rounds; round++)
            {
                foreach (var query in queries)
                {
                    var order = turn++ % 2 == 0 ? sessions.Values.ToList() : [.. sessions.Values.AsEnumerable().Reverse()];
                    foreach (var session in order) timed.AddRange(session.TypeTimed(query.Text).Select(ms => new Keystroke(session.Name, ms)));
                }
            }
            Console.WriteLine($"{"build",-10} {"keys",6}  {"p50 ms",8} {"p95",8} {"p99",8} {"max",8}");
            foreach (var group in timed.GroupBy(k => k.Build))
            {
                var ms = group.Select(k => k.Ms).ToList();
                Console.WriteLine($"{group.Key,-10} {ms.Count,6}  {Stats.Percentile(ms, 0.50),8:0.0} {Stats.Percentile(ms, 0.95),8:0.0} " +
                                  $"{Stats.Percentile(ms, 0.99),8:0.0} {ms.Max(),8:0.0}");
            }
            Console.WriteLine($"one capture (the resolution): median {Stats.Median(sessions["current"].CaptureMs):0.0} ms");
            return 0;
        }
        finally
        {
            foreach (var session in sessions.Values) session.Dispose();
            home.Delete(recursive: true);
        }
    }

    /// <summary>Query/bin/Release/net10.0/query.dll of the repository this program was built in.</summary>
    private static string DefaultQueryDll() => Path.Combine(RepositoryRoot(), "Query", "bin", "Release", "net10.0", "query.dll");

    private static string DefaultQueries() => Path.Combine(RepositoryRoot(), "..", "shared", "bench", "queries-reuters.txt");

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "SearchEngine.sln"))) return folder.FullName;
        throw new InvalidOperationException("cannot find the repository root; give --query");
    }

    /// <summary>One console in a detached tmux session, typed into and read back.</summary>
    private sealed class TmuxConsole : IDisposable
    {
        private readonly string _session;
        private readonly int _height;

        private TmuxConsole(string name, string session, int height)
        {
            Name = name;
            _session = session;
            _height = height;
        }

        public string Name { get; }

        public List<double> CaptureMs { get; } = [];

        public static TmuxConsole Start(string name, string dll, string index, string home, int width, int height)
        {
            var session = $"console-tmux-{name}-{Environment.ProcessId}";
            // A clean environment, as the end-to-end test uses; history and saved queries go to a scratch home. The
            // pane outlives a program that fails to start, so the timeout shows why.
            var command = $"env -i HOME='{home}' PATH='{Environment.GetEnvironmentVariable("PATH")}' LANG=C.UTF-8 " +
                          $"XDG_DATA_HOME='{home}/{name}-data' XDG_STATE_HOME='{home}/{name}-state' XDG_CONFIG_HOME='{home}/{name}-config' " +
                          $"dotnet '{dll}' --index '{index}'; sleep 60";
            Tmux("new-session", "-d", "-s", session, "-x", width.ToString(CultureInfo.InvariantCulture),
                "-y", height.ToString(CultureInfo.InvariantCulture), command);
            var console = new TmuxConsole(name, session, height);
            try
            {
                console.WaitUntil(s => s.Shows(""), "the first screen");
                return console;
            }
            catch
            {
                console.Dispose();
                throw;
            }
        }

        /// <summary>Types <paramref name="text"/> a key at a time, each once the last one's results are drawn; then clears the bar.</summary>
        public IEnumerable<double> TypeTimed(string text)
        {
            var times = new List<double>();
            for (var length = 1; length <= text.Length; length++)
            {
                Tmux("send-keys", "-t", _session, "-l", text[(length - 1)..length]);
                var clock = Stopwatch.StartNew();
                var typed = text[..length];
                WaitUntil(s => s.Shows(typed), $"'{typed}' settled");
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
            Tmux(["send-keys", "-t", _session, .. Enumerable.Repeat("BSpace", text.Length)]);
            WaitUntil(s => s.Shows(""), "an empty query bar");
            return times;
        }

        private Screen WaitUntil(Func<Screen, bool> settled, string what)
        {
            var clock = Stopwatch.StartNew();
            while (true)
            {
                var capture = Stopwatch.StartNew();
                // One tmux process for the screen and the cursor, which tells "oil" from "oil " in the query bar.
                var output = Tmux("capture-pane", "-p", "-t", _session, ";", "display-message", "-p", "-t", _session, "#{cursor_x}");
                CaptureMs.Add(capture.Elapsed.TotalMilliseconds);
                var screen = new Screen(output, _height);
                if (settled(screen)) return screen;
                if (clock.Elapsed > Timeout) throw new TimeoutException($"{Name}: waited {Timeout.TotalSeconds:0} s for {what}; the screen was:\n{output}");
            }
        }

        public void Dispose()
        {
            try { Tmux("kill-session", "-t", _session); }
            catch (InvalidOperationException) { /* already gone */ }
        }
    }

    /// <summary>A capture: the rows of the pane, then the cursor's column.</summary>
    private sealed class Screen(string output, int height)
    {
        private readonly string[] _rows = output.Split('\n');

        public string Status => _rows.Length > height - 2 ? _rows[height - 2] : "";

        private string QueryRow => _rows[0];

        private int CursorX => _rows.Length > height && int.TryParse(_rows[height], out var x) ? x : -1;

        /// <summary>The query bar holds <paramref name="typed"/> with the cursor after it, and its search has been drawn.</summary>
        public bool Shows(string typed) =>
            QueryRow.TrimEnd() == (Prompt + typed).TrimEnd()
            && CursorX == Prompt.Length + typed.Length
            && Status.Contains(" ms", StringComparison.Ordinal)
            && !Status.Contains("searching", StringComparison.Ordinal);
    }

    private static string Tmux(params string[] args) => TmuxCommand.Run(args);
}
