using SearchEngine.Querying.Cli;

return QueryCli.Run(args, CliContext.FromConsole());
