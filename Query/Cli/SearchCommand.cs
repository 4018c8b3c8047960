using SearchEngine.Indexing.Cli;
using SearchEngine.Indexing;
using System.CommandLine;
using SearchEngine.Querying.Cli.Rendering;
using SearchEngine.Querying.Search;

namespace SearchEngine.Querying.Cli;

/// <summary>Everything <c>query search</c> was asked to do, read from the arguments.</summary>
public sealed record SearchCommandOptions(string IndexDirectory, SearchRequest Request, OutputFormat Format)
{
    /// <summary>The cluster to search instead of the index folder, when one was chosen.</summary>
    public string? ClusterAddress { get; init; }
}

/// <summary><c>query search "QUERY"</c>: one page of results in the chosen format.</summary>
internal static class SearchCommand
{
    public static Command Create(QueryContext context)
    {
        var query = new Argument<string>("QUERY") { Description = "What to search for: words, \"phrases\", AND/OR/NOT, field:value" };
        var index = CliOptions.Index();
        var filters = new FilterOptions();
        var limit = CliOptions.Limit();
        var offset = CliOptions.Offset();
        var format = CliOptions.ResultFormat();
        var all = CliOptions.All();
        var cluster = new ClusterOption();

        var command = new Command("search", "Search the index and print one page of results") { query, index };
        filters.AddTo(command);
        command.Add(limit);
        command.Add(offset);
        format.AddTo(command);
        command.Add(all);
        cluster.AddTo(command);

        command.SetAction(parsed => Execute(
            new SearchCommandOptions(
                parsed.GetValue(index) ?? DefaultPaths.IndexDirectory(context.Environment),
                new SearchRequest
                {
                    QueryText = parsed.GetRequiredValue(query),
                    Filters = filters.Filters(parsed),
                    Sort = filters.Sort.ValueOf(parsed),
                    Limit = parsed.GetValue(limit),
                    Offset = parsed.GetValue(offset),
                    Collapse = !parsed.GetValue(all),
                    ShortIds = true,
                },
                format.ValueOf(parsed))
            {
                ClusterAddress = cluster.AddressOf(parsed, index, context.Environment),
            },
            context));
        return command;
    }

    public static int Execute(SearchCommandOptions options, QueryContext context) =>
        SearchFailures.Run(context, options.IndexDirectory, options.ClusterAddress, options.Request.QueryText, session =>
        {
            var result = session.Search(options.Request);
            ResultOutput.Write(context, result, options.Format, firstRank: options.Request.Offset + 1);
            return ExitCodes.Success;
        });
}
