using System.CommandLine;
using Lucene.Net.Store;
using SearchEngine.Indexing.Extraction;
using SearchEngine.Indexing.Reading;
using SearchEngine.Indexing.Sources;
using SearchEngine.Indexing.Writing;

namespace SearchEngine.Indexing.Cli;

/// <summary>The <c>indexer</c> command line: arguments → options → engine → <see cref="ExitCodes"/>.</summary>
public static class IndexerCli
{
    public static int Run(string[] args, CliContext context)
    {
        var (stdout, stderr, interactive) = (context.Out, context.Error, context.ErrorIsTerminal);
        var root = CliParsing.Prepared(new RootCommand("SearchEngine indexer: reads article files (text, HTML, JSON Lines), cleans and tags them, and writes the search index")
        {
            BuildCommand("rebuild", "Build a fresh index from the sources and swap it in only when complete", rebuild: true, stdout, stderr, interactive),
            BuildCommand("update", "Add new and changed articles and remove those whose files are gone; leave the rest", rebuild: false, stdout, stderr, interactive),
            PushCommand.Create(context),
            StatsCommand(stdout),
            InspectCommand(stdout, stderr),
        }, "indexer", stdout);
        var parse = root.Parse(args, CliParsing.Configuration);
        if (parse.Errors.Count > 0 && parse.Action is not { ClearsParseErrors: true })
            return UsageErrors.Print("indexer", parse, stderr);
        try
        {
            try
            {
                return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
            }
            catch (AggregateException e) when (e.Flatten().InnerExceptions.Count == 1)
            {
                // Parallel.ForEach wraps what a worker threw; the cause is what the user needs to hear.
                throw e.Flatten().InnerExceptions[0];
            }
        }
        catch (IndexUnusableException unusable)
        {
            return UnusableIndexReport.Print("indexer", unusable, stderr);
        }
        catch (Exception e) when (e is IndexLockedException or BuildFailedException or UsageException or IndexSourcesException
                                       or LockObtainFailedException or IOException or UnauthorizedAccessException)
        {
            // Messages name paths and files as given, which may hold escape sequences.
            stderr.WriteLine(PrintableText.Of($"indexer: {Describe(e)}"));
            if (e is BuildFailedException failed)
                BuildReportPrinter.PrintProblems(failed.Report, stderr);
            return ExitCodes.Usage;
        }
    }

    private static string Describe(Exception e) => e switch
    {
        LockObtainFailedException => $"the index is locked by another process ({e.Message}); wait for it to finish and try again",
        _ => e.Message,
    };

    private static Option<string> IndexOption() => new("--index")
    {
        Description = $"The index folder [default: ${DefaultPaths.IndexVariable}, else $XDG_DATA_HOME/searchengine/index]",
        HelpName = "DIR",
    };

    private static string IndexOf(ParseResult parse, Option<string> index) => parse.GetValue(index) ?? DefaultPaths.IndexDirectory();

    /// <summary>What <c>stats</c> and <c>inspect</c> print: text for people, JSON for scripts.</summary>
    private static FormatOption<TextOrJson> JsonOrText() =>
        new(new Dictionary<string, TextOrJson> { ["text"] = TextOrJson.Text, ["json"] = TextOrJson.Json });

    private enum TextOrJson { Text, Json }

    internal static Option<string[]> FieldOption() => new("--field")
    {
        Description = "JSON Lines key for an article field, NAME=KEY (NAME: title, body, outlet, date, author, url, id, people); repeatable",
        HelpName = "NAME=KEY",
        AllowMultipleArgumentsPerToken = false,
    };

    private static Command BuildCommand(string name, string description, bool rebuild, TextWriter stdout, TextWriter stderr, bool interactive)
    {
        var sources = new SourceArguments();
        var index = IndexOption();
        var command = new Command(name, description);
        sources.AddTo(command, after: index);
        var allowEmpty = new Option<bool>("--allow-empty")
        {
            Description = rebuild
                ? "Replace the live index even when the sources hold no articles"
                : "Remove the articles of the sources even when they hold none now (an emptied folder); refused without it",
        };
        command.Add(allowEmpty);
        var removeUnlisted = rebuild
            ? null
            : new Option<bool>("--remove-unlisted") { Description = "Also remove the articles of sources the index was built from that are not given here" };
        if (removeUnlisted is not null) command.Add(removeUnlisted);
        var verbose = rebuild
            ? null
            : new Option<bool>("--verbose")
            {
                Description = "List every file added, changed or removed "
                              + $"(without it, the first {BuildReportPrinter.ChangedFilesShown} of each)",
            };
        if (verbose is not null) command.Add(verbose);
        command.SetAction(parse =>
        {
            var paths = sources.Sources(parse);
            var options = sources.Options(parse) with
            {
                AllowEmpty = parse.GetValue(allowEmpty),
                RemoveUnlisted = removeUnlisted is not null && parse.GetValue(removeUnlisted),
            };
            var store = new IndexStore(IndexOf(parse, index));
            var builder = new IndexBuilder(ArticlePipeline.Default, options);
            var progress = Progress(stderr, interactive);
            var report = rebuild ? builder.Rebuild(paths, store, progress) : builder.Update(paths, store, progress);
            BuildReportPrinter.Print(report, rebuild, store, stdout, everyFile: verbose is not null && parse.GetValue(verbose));
            return report.Failed.Count > 0 ? ExitCodes.Failure : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>A bar on a terminal, log lines elsewhere.</summary>
    internal static IBuildProgress Progress(TextWriter stderr, bool interactive) => interactive ? new TerminalProgressBar(stderr) : new LogProgress(stderr);

    private static Command StatsCommand(TextWriter stdout)
    {
        var index = IndexOption();
        var format = JsonOrText();
        var all = new Option<bool>("--all")
        {
            Description = $"List every value of each facet, not the first {StatsPrinter.TopValues} (JSON always lists every value)",
        };
        var command = new Command("stats",
            "Documents, index size, when it was built and from which sources, and each facet's first values with their counts: "
            + "outlets and people the most frequent, dates the newest") { index, all };
        format.AddTo(command);
        command.SetAction(parse =>
        {
            var stats = IndexStatistics.Read(new IndexStore(IndexOf(parse, index)));
            var top = parse.GetValue(all) ? int.MaxValue : StatsPrinter.TopValues;
            stdout.Write(format.ValueOf(parse) == TextOrJson.Json ? StatsPrinter.Json(stats) : StatsPrinter.Text(stats, top));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command InspectCommand(TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<string[]>("FILE") { Description = "Article files to run through the pipeline", Arity = ArgumentArity.OneOrMore };
        var format = JsonOrText();
        var fields = FieldOption();
        var command = new Command("inspect", "Show what the pipeline makes of files, without indexing: title, outlet, date, author, people, removed furniture and the cleaned body") { files, fields };
        format.AddTo(command);
        command.SetAction(parse =>
        {
            var options = new SourceOptions { FieldMap = ParseFieldMap(parse.GetValue(fields) ?? []) };
            var results = Inspection.Run(parse.GetValue(files)!, ArticlePipeline.Default, options);
            stdout.Write(format.ValueOf(parse) == TextOrJson.Json ? Inspection.Json(results) : Inspection.Text(results));
            foreach (var problem in results.Problems)
                stderr.WriteLine(PrintableText.Of($"{problem.Kind.ToString().ToLowerInvariant()}: {problem.Location}: {problem.Reason}"));
            return results.Problems.Any(p => p.IsFailure) ? ExitCodes.Failure : ExitCodes.Success;
        });
        return command;
    }

    public static IReadOnlyDictionary<string, string> ParseFieldMap(IEnumerable<string> specs)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var spec in specs)
        {
            var eq = spec.IndexOf('=');
            var name = eq > 0 ? spec[..eq].Trim().ToLowerInvariant() : "";
            var key = eq > 0 ? spec[(eq + 1)..].Trim() : "";
            if (name.Length == 0 || key.Length == 0)
                throw new UsageException($"--field {spec}: expected NAME=KEY, e.g. --field title=headline_text");
            if (!JsonLinesReader.Aliases.ContainsKey(name))
                throw new UsageException($"--field {spec}: unknown field '{name}'; one of {string.Join(", ", JsonLinesReader.Aliases.Keys)}");
            map[name] = key;
        }
        return map;
    }
}

/// <summary>The user asked for something that cannot be done as asked.</summary>
public sealed class UsageException(string message) : Exception(message);
