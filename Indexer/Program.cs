using SearchEngine.Indexing.Cli;

return IndexerCli.Run(args, Console.Out, Console.Error, interactive: !Console.IsErrorRedirected);
