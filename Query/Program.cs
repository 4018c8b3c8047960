using SearchEngine.Indexing;
using SearchEngine.Indexing.Cli;
using SearchEngine.Indexing.Writing;
using SearchEngine.Querying.Cli;
using SearchEngine.Querying.FirstRun;

if (args.Length == 0)
{
    // First run: index the sample articles so there is something to search, then say how to search it.
    var store = new IndexStore(DefaultPaths.IndexDirectory());
    if (SeedIndex.EnsureBuilt(store, Console.IsErrorRedirected ? new LogProgress(Console.Error) : new TerminalProgressBar(Console.Error)) is { } report)
        Console.Error.WriteLine($"Indexed {report.Indexed} sample articles from {SeedIndex.SeedsFolder} into {store.Root}.");
}
return QueryCli.Run(args, CliContext.FromConsole());
