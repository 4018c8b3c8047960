using System.CommandLine;
using SearchEngine.Indexing.Cli;

namespace SearchEngine.Querying.Cli;

/// <summary>The <c>query</c> command line: arguments in, exit code out.</summary>
public static class QueryCli
{
    public static RootCommand Build(QueryContext context) =>
        new("Search an index of news articles built by the indexer")
        {
            SearchCommand.Create(context),
            SavedCommands.Create(context),
            CopiesCommands.Similar(context),
            CopiesCommands.Diff(context),
        };

    public static int Run(string[] args, QueryContext context)
    {
        // The program opens the console when it has no arguments; called here without any, say what the commands are.
        var parsed = Build(context).Parse(args.Length == 0 ? ["--help"] : args, CliParsing.Configuration);
        if (parsed.Errors.Count > 0 && parsed.Action is not { ClearsParseErrors: true })
        {
            foreach (var error in parsed.Errors) context.Error.WriteLine($"query: {error.Message}");
            context.Error.WriteLine($"Run '{CommandPath(parsed)} --help' for usage.");
            return ExitCodes.Usage;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = context.Out, Error = context.Error });
    }

    private static string CommandPath(ParseResult parsed)
    {
        var names = new List<string>();
        for (var result = parsed.CommandResult; result.Parent is System.CommandLine.Parsing.CommandResult parent; result = parent)
            names.Insert(0, result.Command.Name);
        return string.Join(' ', names.Prepend("query"));
    }
}
