using System.Diagnostics;
using SearchEngine.Indexing.Writing;

namespace SearchEngine.Indexing.Cli;

/// <summary>A bar redrawn in place on a terminal: documents, rate and time left (from bytes read, which a single large file also advances).</summary>
public sealed class TerminalProgressBar(TextWriter output) : IBuildProgress
{
    private const int BarWidth = 30;
    private readonly Stopwatch _clock = new();
    private readonly Lock _gate = new();
    private long _totalBytes;
    private long _lastDrawMs = -1000;

    public void Start(long totalBytes)
    {
        _totalBytes = Math.Max(1, totalBytes);
        _clock.Restart();
    }

    public void Report(int documents, long bytes)
    {
        lock (_gate)
        {
            if (_clock.ElapsedMilliseconds - _lastDrawMs < 100) return;
            _lastDrawMs = _clock.ElapsedMilliseconds;
            Draw(documents, bytes);
        }
    }

    public void Finish()
    {
        lock (_gate)
            output.Write("\r\u001b[2K");
    }

    private void Draw(int documents, long bytes)
    {
        var fraction = Math.Clamp(bytes / (double)_totalBytes, 0, 1);
        var filled = (int)(fraction * BarWidth);
        var seconds = _clock.Elapsed.TotalSeconds;
        var rate = seconds > 0 ? documents / seconds : 0;
        var eta = fraction > 0.01 ? TimeSpan.FromSeconds(seconds / fraction - seconds).ToString(@"m\:ss") : "-:--";
        output.Write($"\r\u001b[2K[{new string('#', filled)}{new string('.', BarWidth - filled)}] {fraction,4:P0}  {documents:N0} articles  {rate:N0}/s  ETA {eta}");
    }
}

/// <summary>Plain log lines, every few seconds, for logs and pipes where a redrawn bar would be noise.</summary>
public sealed class LogProgress(TextWriter output) : IBuildProgress
{
    private readonly Stopwatch _clock = new();
    private readonly Lock _gate = new();
    private long _totalBytes;
    private long _lastLogMs;

    public void Start(long totalBytes)
    {
        _totalBytes = Math.Max(1, totalBytes);
        _clock.Restart();
    }

    public void Report(int documents, long bytes)
    {
        lock (_gate)
        {
            if (_clock.ElapsedMilliseconds - _lastLogMs < 5000) return;
            _lastLogMs = _clock.ElapsedMilliseconds;
            var rate = documents / Math.Max(0.001, _clock.Elapsed.TotalSeconds);
            output.WriteLine($"progress: {documents:N0} articles, {Math.Clamp(bytes / (double)_totalBytes, 0, 1):P0} of the sources read, {rate:N0}/s");
        }
    }

    public void Finish() { }
}
