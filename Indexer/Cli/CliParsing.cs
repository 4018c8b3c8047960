using System.CommandLine;
using System.CommandLine.Help;

namespace SearchEngine.Indexing.Cli;

/// <summary>How both programs read their arguments.</summary>
public static class CliParsing
{
    /// <summary>
    /// Response files off: an argument starting with '@' is what the user typed (a query "@/etc/hostname", a handle),
    /// never a file to read arguments from.
    /// </summary>
    public static ParserConfiguration Configuration { get; } = new() { ResponseFileTokenReplacer = null };

    /// <summary>
    /// Readies a program's root: its help is asked for as -h, -? or --help only (the Windows forms /h and /? would be
    /// offered as completions of every word), and it prints completion scripts for the shells.
    /// </summary>
    public static RootCommand Prepared(RootCommand root, string program, TextWriter output)
    {
        foreach (var help in root.Options.OfType<HelpOption>())
        {
            help.Aliases.Remove("/h");
            help.Aliases.Remove("/?");
        }
        root.Add(CompletionCommand.Create(program, output));
        return root;
    }
}
