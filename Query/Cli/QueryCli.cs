using System.CommandLine;
using SearchEngine.Indexing.Cli;

namespace SearchEngine.Querying.Cli;

/// <summary>The <c>query</c> command line: arguments in, exit code out.</summary>
public static class QueryCli
{
    public const string Program = "query";

    public static RootCommand Build(QueryContext context) => CliParsing.Prepared(
        new RootCommand(
            "Search an index of news articles built by the indexer. Without a command (or with only --index DIR or "
            + "--cluster URL) it opens the interactive console.")
        {
            SearchCommand.Create(context),
            SavedCommands.Create(context),
            CopiesCommands.Similar(context),
            CopiesCommands.Diff(context),
        },
        Program,
        context.Out);

    public static int Run(string[] args, QueryContext context)
    {
        // The program opens the console when it has no arguments; called here without any, say what the commands are.
        var parsed = Build(context).Parse(args.Length == 0 ? ["--help"] : args, CliParsing.Configuration);
        if (parsed.Errors.Count > 0 && parsed.Action is not { ClearsParseErrors: true })
            return UsageErrors.Print(Program, parsed, context.Error);
        return parsed.Invoke(new InvocationConfiguration { Output = context.Out, Error = context.Error });
    }
}
