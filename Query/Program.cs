using SearchEngine.Querying.Cli;
using SearchEngine.Querying.Tui;

return ConsoleLauncher.Wants(args)
    ? ConsoleLauncher.Run(args, Environment.GetEnvironmentVariable)
    : QueryCli.Run(args, CliContext.FromConsole());
