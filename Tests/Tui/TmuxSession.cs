using System.Diagnostics;

namespace SearchEngine.Tests.Tui;

/// <summary>
/// A real terminal for end-to-end tests: a detached tmux session of a fixed size running one command, read back with
/// <c>capture-pane</c>. Waits poll the screen until a deadline rather than sleeping, and fail with the screen in the message.
/// </summary>
public sealed class TmuxSession : IDisposable
{
    /// <summary>Printed when the command exits, so a test can see that it did and how.</summary>
    public const string ExitMarker = "EXITED rc=";

    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    private readonly string _name = $"searchengine-test-{Guid.NewGuid():N}";

    public TmuxSession(int width, int height, IReadOnlyDictionary<string, string> environment, params string[] command)
    {
        // A clean environment, as a user's login shell would give: what the test host sets for itself (and, when this
        // test starts the tmux server, hands to every window) has made the program hang before its first paint.
        var clean = new Dictionary<string, string>
        {
            ["HOME"] = Environment.GetEnvironmentVariable("HOME") ?? "/tmp",
            ["PATH"] = Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin",
            ["LANG"] = "C.UTF-8",
        };
        foreach (var (key, value) in environment) clean[key] = value;
        var variables = string.Join(' ', clean.Select(e => $"{e.Key}={Quote(e.Value)}"));
        var line = $"env -i {variables} {string.Join(' ', command.Select(Quote))}; echo {ExitMarker}$?; sleep 600";
        Tmux("new-session", "-d", "-s", _name, "-x", width.ToString(), "-y", height.ToString(), line);
    }

    public string Screen() => Tmux("capture-pane", "-p", "-t", _name);

    public void Send(params string[] keys) => Tmux(["send-keys", "-t", _name, .. keys]);

    /// <summary>Sends text literally (no key names), as typed.</summary>
    public void Type(string text) => Tmux("send-keys", "-t", _name, "-l", text);

    /// <summary>Waits until the screen satisfies <paramref name="condition"/>; returns that screen.</summary>
    public string WaitFor(Func<string, bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        var screen = Screen();
        while (!condition(screen))
        {
            if (clock.Elapsed > Deadline)
                throw new Xunit.Sdk.XunitException($"waited {Deadline.TotalSeconds:0} s for {what}; the screen was:\n{screen}");
            Thread.Sleep(100);
            screen = Screen();
        }
        return screen;
    }

    public string WaitFor(string text) => WaitFor(s => s.Contains(text, StringComparison.Ordinal), $"'{text}'");

    public void Dispose()
    {
        try { Tmux("kill-session", "-t", _name); }
        catch (InvalidOperationException) { /* already gone */ }
    }

    public static bool IsInstalled()
    {
        try
        {
            Tmux("-V");
            return true;
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static string Tmux(params string[] args) => TmuxCommand.Run(args);

    private static string Quote(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
