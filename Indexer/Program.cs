using SearchEngine.Indexing.Cli;

return IndexerCli.Run(args, CliContext.FromConsole());
