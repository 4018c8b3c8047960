using System.Diagnostics;
using System.Text;
using SearchEngine.Indexing.Writing;

namespace SearchEngine.Benchmarks;

/// <summary>The two programs, run as users run them: each command a process of its own, which a kill ends at once.</summary>
internal static class Tools
{
    public static string IndexerDll => Path.Combine(AppContext.BaseDirectory, "indexer.dll");
    private static string QueryDll => Path.Combine(AppContext.BaseDirectory, "query.dll");

    public sealed record Result(int Code, string Output, string Error);

    /// <summary>A started process, what it has printed so far, and a signal set when it says it has paused at its step.</summary>
    public sealed class Started(Process process)
    {
        public Process Process { get; } = process;
        public StringBuilder Output { get; } = new();
        public StringBuilder Error { get; } = new();
        public ManualResetEventSlim Paused { get; } = new();
    }

    public static Result Indexer(params string[] args) => Complete(IndexerDll, args);

    public static Result Query(params string[] args) => Complete(QueryDll, args);

    private static Result Complete(string dll, string[] args)
    {
        var started = Start(dll, args, pauseAt: null);
        using var process = started.Process;
        process.WaitForExit();
        return new Result(process.ExitCode, started.Output.ToString(), started.Error.ToString());
    }

    public static Started Start(string dll, IEnumerable<string> args, string? pauseAt)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(dll);
        foreach (var arg in args) info.ArgumentList.Add(arg);
        info.Environment.Remove(PausePoint.Variable);
        if (pauseAt is not null) info.Environment[PausePoint.Variable] = pauseAt;
        var started = new Started(new Process { StartInfo = info });
        started.Process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null) lock (started.Output) started.Output.AppendLine(e.Data);
        };
        started.Process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (started.Error) started.Error.AppendLine(e.Data);
            if (e.Data.StartsWith("paused at ", StringComparison.Ordinal)) started.Paused.Set();
        };
        started.Process.Start();
        started.Process.BeginOutputReadLine();
        started.Process.BeginErrorReadLine();
        return started;
    }
}
