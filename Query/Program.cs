using SearchEngine.Querying.Cli;
using SearchEngine.Querying.Tui;

// No arguments (or only --index DIR) opens the console, which indexes the sample articles first when there is no index.
return ConsoleLauncher.Wants(args)
    ? ConsoleLauncher.Run(args, Environment.GetEnvironmentVariable)
    : QueryCli.Run(args, CliContext.FromConsole());
