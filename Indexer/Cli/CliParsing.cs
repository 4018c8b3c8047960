using System.CommandLine;

namespace SearchEngine.Indexing.Cli;

/// <summary>How both programs read their arguments.</summary>
public static class CliParsing
{
    /// <summary>
    /// Response files off: an argument starting with '@' is what the user typed (a query "@/etc/hostname", a handle),
    /// never a file to read arguments from.
    /// </summary>
    public static ParserConfiguration Configuration { get; } = new() { ResponseFileTokenReplacer = null };
}
