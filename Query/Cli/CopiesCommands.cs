using System.CommandLine;
using SearchEngine.Indexing;
using SearchEngine.Indexing.Cli;
using SearchEngine.Querying.Cli.Rendering;
using SearchEngine.Querying.Display;

namespace SearchEngine.Querying.Cli;

/// <summary><c>query similar ID</c> and <c>query diff ID1 ID2</c>: an article's near-identical copies and lineage, and what one copy changed.</summary>
internal static class CopiesCommands
{
    private const string IdHelp = "as search results show it, or any start of it that no other id begins with";

    public static Command Similar(QueryContext context)
    {
        var id = new Argument<string>("ID") { Description = $"The article's id, {IdHelp}" };
        var index = CliOptions.Index();
        var format = new FormatOption<OutputFormat>(new Dictionary<string, OutputFormat>
        {
            ["table"] = OutputFormat.Table,
            ["json"] = OutputFormat.Json,
        });
        var cluster = new ClusterOption();
        var command = new Command("similar", "List an article's near-identical copies with how alike each is, what it was derived from and what was derived from it") { id, index };
        format.AddTo(command);
        cluster.AddTo(command);
        command.SetAction(parsed => SearchFailures.Run(context, IndexOf(parsed, index, context), cluster.AddressOf(parsed, index, context.Environment), "", session =>
        {
            if (session.Find(parsed.GetRequiredValue(id)) is not { } article) return UnknownId(context, parsed.GetRequiredValue(id));
            var copies = session.Similar(article.Id);
            var derived = session.DerivedFrom(article.Id);
            context.Out.Write(format.ValueOf(parsed) == OutputFormat.Json
                ? CopiesRenderer.SimilarJson(article, copies, derived)
                : CopiesRenderer.SimilarText(article, copies, derived, session.Find));
            return ExitCodes.Success;
        }));
        return command;
    }

    public static Command Diff(QueryContext context)
    {
        var first = new Argument<string>("ID1") { Description = $"The copy to compare against (e.g. the wire original), {IdHelp}" };
        var second = new Argument<string>("ID2") { Description = "The copy whose changes to show" };
        var index = CliOptions.Index();
        var format = new FormatOption<OutputFormat>(new Dictionary<string, OutputFormat>
        {
            ["text"] = OutputFormat.Text,
            ["json"] = OutputFormat.Json,
        });
        var cluster = new ClusterOption();
        var command = new Command("diff", "Show, word by word, what one copy of a story changed against another") { first, second, index };
        format.AddTo(command);
        cluster.AddTo(command);
        command.SetAction(parsed => SearchFailures.Run(context, IndexOf(parsed, index, context), cluster.AddressOf(parsed, index, context.Environment), "", session =>
        {
            var (a, b) = (parsed.GetRequiredValue(first), parsed.GetRequiredValue(second));
            if (session.Find(a) is not { } original) return UnknownId(context, a);
            if (session.Find(b) is not { } copy) return UnknownId(context, b);
            var diff = session.Diff(original.Id, copy.Id)!;
            context.Out.Write(format.ValueOf(parsed) == OutputFormat.Json
                ? CopiesRenderer.DiffJson(diff)
                : CopiesRenderer.DiffText(diff, context.UseColour));
            return ExitCodes.Success;
        }));
        return command;
    }

    private static string IndexOf(ParseResult parsed, Option<string?> index, QueryContext context) =>
        parsed.GetValue(index) ?? DefaultPaths.IndexDirectory(context.Environment);

    private static int UnknownId(QueryContext context, string id)
    {
        context.Error.WriteLine($"query: no article with id '{TerminalText.Visible(id)}' in the index (ids are shown by query search)");
        return ExitCodes.Usage;
    }
}
