namespace SearchEngine.Indexing.Cli;

/// <summary>
/// Everything a command takes from the process: streams, environment, terminal and clock. Both programs start the same
/// way, <c>Run(args, context)</c>, so tests run either in-process with captured output.
/// </summary>
public record CliContext
{
    public required TextWriter Out { get; init; }
    public required TextWriter Error { get; init; }
    public required Func<string, string?> Environment { get; init; }
    /// <summary>True when stdout is a terminal rather than a pipe or file.</summary>
    public bool OutputIsTerminal { get; init; }
    /// <summary>True when stderr is a terminal: progress may redraw one line instead of logging.</summary>
    public bool ErrorIsTerminal { get; init; }
    /// <summary>Columns available for table output.</summary>
    public int OutputWidth { get; init; } = DefaultWidth;
    public Func<DateTimeOffset> Clock { get; init; } = () => DateTimeOffset.UtcNow;
    /// <summary>Zone for showing times to the user; times are stored in UTC.</summary>
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Local;

    /// <summary>
    /// Width used when the output is not a terminal, or the terminal will not say: a table piped to <c>head</c> or
    /// <c>less</c> still fits the narrowest common terminal.
    /// </summary>
    public const int DefaultWidth = 80;

    /// <summary>Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org) or the terminal is dumb.</summary>
    public bool UseColour =>
        OutputIsTerminal
        && string.IsNullOrEmpty(Environment("NO_COLOR"))
        && Environment("TERM") != "dumb";

    public static CliContext FromConsole()
    {
        var terminal = !Console.IsOutputRedirected;
        return new CliContext
        {
            Out = Console.Out,
            Error = Console.Error,
            Environment = System.Environment.GetEnvironmentVariable,
            OutputIsTerminal = terminal,
            ErrorIsTerminal = !Console.IsErrorRedirected,
            OutputWidth = terminal ? TerminalWidth() : DefaultWidth,
        };
    }

    private static int TerminalWidth()
    {
        try
        {
            return Console.WindowWidth > 0 ? Console.WindowWidth : DefaultWidth;
        }
        catch (IOException)
        {
            return DefaultWidth;
        }
    }
}
