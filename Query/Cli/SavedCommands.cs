using System.Globalization;
using SearchEngine.Indexing.Cli;
using SearchEngine.Indexing;
using System.CommandLine;
using SearchEngine.Querying.Cli.Rendering;
using SearchEngine.Querying.Display;
using SearchEngine.Querying.SavedQueries;
using SearchEngine.Querying.Search;
using SearchEngine.Querying.Search.Parsing;

namespace SearchEngine.Querying.Cli;

public sealed record SavedAddOptions(string SavedFile, SavedQuery Query, bool Replace);
public sealed record SavedListOptions(string SavedFile, OutputFormat Format = OutputFormat.Table);
public sealed record SavedRunOptions(string SavedFile, string IndexDirectory, string Name, OutputFormat Format, bool OnlyNew, int Offset, int Limit)
{
    /// <summary>The cluster to search instead of the index folder, when one was chosen.</summary>
    public string? ClusterAddress { get; init; }
}
public sealed record SavedRemoveOptions(string SavedFile, string Name);

/// <summary><c>query saved add|list|run|remove</c>: searches kept under a name in the saved-queries file.</summary>
internal static class SavedCommands
{
    public static Command Create(QueryContext context) =>
        new("saved", "Keep searches under a name and run them again, optionally showing only what is new")
        {
            Add(context),
            List(context),
            Run(context),
            Remove(context),
        };

    private static Command Add(QueryContext context)
    {
        var name = NameArgument();
        var query = new Argument<string>("QUERY") { Description = "The search, as for query search" };
        var filters = new FilterOptions();
        var replace = new Option<bool>("--replace") { Description = "Overwrite a saved query of the same name (and forget its last run)" };
        var savedFile = CliOptions.SavedFile();

        var command = new Command("add", "Save a search under a name") { name, query };
        filters.AddTo(command);
        command.Add(replace);
        command.Add(savedFile);
        command.SetAction(parsed => ExecuteAdd(
            new SavedAddOptions(
                SavedFilePath(parsed.GetValue(savedFile), context),
                new SavedQuery
                {
                    Name = parsed.GetRequiredValue(name),
                    Query = parsed.GetRequiredValue(query),
                    Filters = filters.Filters(parsed),
                    Sort = filters.Sort.ValueOf(parsed),
                    CreatedAt = context.Clock(),
                },
                parsed.GetValue(replace)),
            context));
        return command;
    }

    private static Command List(QueryContext context)
    {
        var savedFile = CliOptions.SavedFile();
        var format = new FormatOption<OutputFormat>(new Dictionary<string, OutputFormat>
        {
            ["table"] = OutputFormat.Table,
            ["json"] = OutputFormat.Json,
        });
        var command = new Command("list", "List saved queries with when each last ran; JSON has the saved-queries file's shape") { savedFile };
        format.AddTo(command);
        command.SetAction(parsed => ExecuteList(
            new SavedListOptions(SavedFilePath(parsed.GetValue(savedFile), context), format.ValueOf(parsed)),
            context));
        return command;
    }

    private static Command Run(QueryContext context)
    {
        var name = NameArgument();
        var format = CliOptions.ResultFormat();
        var onlyNew = new Option<bool>("--new")
        {
            Description = string.Create(CultureInfo.InvariantCulture,
                $"Show only hits no earlier run of this query has shown (it remembers the last {SavedQueryRun.MaxHitIds:N0})"),
        };
        var limit = CliOptions.Limit();
        var offset = CliOptions.Offset();
        var index = CliOptions.Index();
        var savedFile = CliOptions.SavedFile();
        var cluster = new ClusterOption();

        var command = new Command("run", "Run a saved query and remember which hits it returned") { name, onlyNew, limit, offset, index, savedFile };
        format.AddTo(command);
        cluster.AddTo(command);
        command.SetAction(parsed => ExecuteRun(
            new SavedRunOptions(
                SavedFilePath(parsed.GetValue(savedFile), context),
                parsed.GetValue(index) ?? DefaultPaths.IndexDirectory(context.Environment),
                parsed.GetRequiredValue(name),
                format.ValueOf(parsed),
                parsed.GetValue(onlyNew),
                parsed.GetValue(offset),
                parsed.GetValue(limit))
            {
                ClusterAddress = cluster.AddressOf(parsed, index, context.Environment),
            },
            context));
        return command;
    }

    private static Command Remove(QueryContext context)
    {
        var name = NameArgument();
        var savedFile = CliOptions.SavedFile();
        var command = new Command("remove", "Delete a saved query") { name, savedFile };
        command.SetAction(parsed => ExecuteRemove(
            new SavedRemoveOptions(SavedFilePath(parsed.GetValue(savedFile), context), parsed.GetRequiredValue(name)),
            context));
        return command;
    }

    public static int ExecuteAdd(SavedAddOptions options, QueryContext context) => Guard(context, () =>
    {
        string? notice;
        try
        {
            notice = ArticleQueryParser.CheckSyntax(options.Query.Query);
        }
        catch (QuerySyntaxException e)
        {
            return SearchFailures.QueryError(context, options.Query.Query, e);
        }
        new SavedQueryStore(options.SavedFile).Add(options.Query, options.Replace);
        context.Out.WriteLine($"Saved '{options.Query.Name}' in {options.SavedFile}");
        // Saved all the same, as search runs it all the same: the words are the user's to choose.
        if (notice is not null) ResultOutput.Warn(context, notice);
        return ExitCodes.Success;
    });

    public static int ExecuteList(SavedListOptions options, QueryContext context) => Guard(context, () =>
    {
        var queries = new SavedQueryStore(options.SavedFile).Load();
        if (options.Format == OutputFormat.Json) context.Out.Write(SavedQueryStore.ToJson(queries));
        else if (queries.Count == 0) context.Error.WriteLine($"No saved queries in {TerminalText.Visible(options.SavedFile)}");
        else context.Out.Write(SavedQueryListRenderer.Render(queries, context.TimeZone));
        return ExitCodes.Success;
    });

    public static int ExecuteRun(SavedRunOptions options, QueryContext context) => Guard(context, () =>
    {
        var store = new SavedQueryStore(options.SavedFile);
        var saved = store.Get(options.Name);
        return SearchFailures.Run(context, options.IndexDirectory, options.ClusterAddress, saved.Query, session =>
        {
            // Pages shown carry snippets and short ids; the search for the ids of every hit (no snippets) needs neither.
            SearchResult Search(SearchRequest request) => session.Search(request with { ShortIds = request.SnippetsPerHit > 0 });
            var outcome = SavedQueryRunner.Run(Search, saved, options.OnlyNew, options.Offset, options.Limit, context.Clock());
            // A table's "No results for" would read as a query that matches nothing, when it is the new hits that are none.
            var nothingNew = options is { OnlyNew: true, Format: OutputFormat.Table }
                             && outcome.Shown.Total == 0 && saved.LastRun is not null;
            if (nothingNew) context.Out.WriteLine(NothingNew(saved, outcome.Run.Total, context.TimeZone));
            ResultOutput.Write(context, outcome.Shown, options.Format, firstRank: options.Offset + 1, warningsOnly: nothingNew);
            // Recorded only after the results are out, so a run that failed half way does not hide its hits from the next --new.
            return Record(context, store, saved, outcome.Run);
        });
    });

    /// <summary>
    /// Records the run whose results are out. When it cannot be, the results stand (they are complete) and the exit code
    /// is 1 all the same: a script running <c>--new</c> every day must learn that its next run will show these hits again.
    /// </summary>
    private static int Record(QueryContext context, SavedQueryStore store, SavedQuery saved, SavedQueryRun run)
    {
        try
        {
            store.RecordRun(saved.Name, run);
            return ExitCodes.Success;
        }
        catch (SavedQueryFileException e)
        {
            context.Error.WriteLine(TerminalText.Visible(
                $"query: the results above are complete, but the record of the hits this run showed (for --new) could not be " +
                $"saved in {store.FilePath}, so the next run will show them as new again: {e.Message}"));
            return ExitCodes.Failure;
        }
    }

    private static string NothingNew(SavedQuery saved, int total, TimeZoneInfo timeZone)
    {
        var lastRun = TimeZoneInfo.ConvertTime(saved.LastRun!.At, timeZone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var hits = total == 0 ? "no hits now" : $"{Counted.Of(total, "hit")}, all shown before";
        return $"Nothing new for '{TerminalText.Visible(saved.Query)}' since the last run, {lastRun} ({hits})";
    }

    public static int ExecuteRemove(SavedRemoveOptions options, QueryContext context) => Guard(context, () =>
    {
        var removed = new SavedQueryStore(options.SavedFile).Remove(options.Name);
        context.Out.WriteLine($"Removed '{removed}' from {options.SavedFile}");
        return ExitCodes.Success;
    });

    private static Argument<string> NameArgument() => new("NAME")
    {
        Description = $"1 to {SavedQueryName.MaxLength} letters, digits, '-', '_' or '.', not starting with a dot",
    };

    private static string SavedFilePath(string? given, QueryContext context) => given ?? DefaultPaths.SavedQueriesFile(context.Environment);

    private static int Guard(QueryContext context, Func<int> work)
    {
        try
        {
            return work();
        }
        catch (SavedQueryFileException e)
        {
            context.Error.WriteLine($"query: {TerminalText.Visible(e.Message)}");
            return ExitCodes.Failure;
        }
        catch (SavedQueryExistsException e)
        {
            context.Error.WriteLine($"query: {e.Message}; add --replace to overwrite it");
            return ExitCodes.Usage;
        }
        catch (SavedQueryException e)
        {
            context.Error.WriteLine($"query: {TerminalText.Visible(e.Message)}");
            return ExitCodes.Usage;
        }
    }
}
