using System.Diagnostics;
using SearchEngine.Indexing.Cli;

namespace SearchEngine.Indexing.Writing;

/// <summary>
/// Progress written at most once per <paramref name="interval"/>, whatever the number of threads reporting: the shared
/// clock, throttle and measures of the bar and the log. Beside the build, not in the indexer's command line, because
/// the query program's first run builds the sample index and shows the same progress.
/// </summary>
public abstract class ThrottledProgress(TimeSpan interval) : IBuildProgress
{
    private readonly Stopwatch _clock = new();
    private readonly Lock _gate = new();
    private long _totalBytes = 1;
    private TimeSpan _lastWritten = -interval;

    public void Start(long totalBytes)
    {
        _totalBytes = Math.Max(1, totalBytes);
        _clock.Restart();
    }

    public void Report(int documents, long bytes)
    {
        lock (_gate)
        {
            if (_clock.Elapsed - _lastWritten < interval) return;
            _lastWritten = _clock.Elapsed;
            Write(documents, Math.Clamp(bytes / (double)_totalBytes, 0, 1), _clock.Elapsed);
        }
    }

    public virtual void Finish() { }

    /// <param name="fraction">Share of the source bytes read: a single large file advances it too.</param>
    protected abstract void Write(int documents, double fraction, TimeSpan elapsed);

    protected void Locked(Action write)
    {
        lock (_gate) write();
    }
}

/// <summary>A bar redrawn in place on a terminal: documents, rate and time left.</summary>
public sealed class TerminalProgressBar(TextWriter output) : ThrottledProgress(TimeSpan.FromMilliseconds(100))
{
    private const int BarWidth = 30;

    public override void Finish() => Locked(() => output.Write("\r\u001b[2K"));

    protected override void Write(int documents, double fraction, TimeSpan elapsed)
    {
        var filled = (int)(fraction * BarWidth);
        var seconds = elapsed.TotalSeconds;
        var eta = fraction > 0.01 ? TimeSpan.FromSeconds(seconds / fraction - seconds).ToString(@"m\:ss") : "-:--";
        output.Write($"\r\u001b[2K[{new string('#', filled)}{new string('.', BarWidth - filled)}] {fraction,4:P0}  "
                     + $"{Counted.Of(documents, "article")}{Rate.After("  ", documents, elapsed)}  ETA {eta}");
    }
}

/// <summary>Plain log lines, every few seconds, for logs and pipes where a redrawn bar would be noise.</summary>
public sealed class LogProgress(TextWriter output) : ThrottledProgress(TimeSpan.FromSeconds(5))
{
    protected override void Write(int documents, double fraction, TimeSpan elapsed) =>
        output.WriteLine($"progress: {Counted.Of(documents, "article")}, {fraction:P0} of the sources read"
                         + Rate.After(", ", documents, elapsed));
}
