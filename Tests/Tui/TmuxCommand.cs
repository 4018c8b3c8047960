using System.Diagnostics;

namespace SearchEngine.Tests.Tui;

/// <summary>One tmux command and what it printed; shared by the end-to-end tests and the <c>console-tmux</c> benchmark.</summary>
internal static class TmuxCommand
{
    /// <exception cref="InvalidOperationException">tmux exited with an error.</exception>
    public static string Run(params string[] args)
    {
        var start = new ProcessStartInfo("tmux") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"tmux {string.Join(' ', args)} failed: {error}");
        return output;
    }
}
