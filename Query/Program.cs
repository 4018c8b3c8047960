using SearchEngine.Querying.Cli;
using SearchEngine.Querying.Tui;

// No arguments (or only --index DIR) opens the console, which indexes the sample articles first when there is no index.
var context = QueryContext.FromConsole();
return ConsoleLauncher.Wants(args) ? ConsoleLauncher.Run(args, context) : QueryCli.Run(args, context);
