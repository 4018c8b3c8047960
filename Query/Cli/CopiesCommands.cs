using System.CommandLine;
using SearchEngine.Indexing;
using SearchEngine.Indexing.Cli;
using SearchEngine.Querying.Cli.Rendering;
using SearchEngine.Querying.Display;

namespace SearchEngine.Querying.Cli;

/// <summary><c>query similar ID</c> and <c>query diff ID1 ID2</c>: an article's near-identical copies and lineage, and what one copy changed.</summary>
internal static class CopiesCommands
{
    public static Command Similar(QueryContext context)
    {
        var id = new Argument<string>("ID") { Description = "The article's id, as search results show it" };
        var index = CliOptions.Index();
        var json = new Option<bool>("--json") { Description = "Print JSON" };
        var command = new Command("similar", "List an article's near-identical copies with how alike each is, what it was derived from and what was derived from it") { id, index, json };
        command.SetAction(parsed =>
        {
            var article = parsed.GetRequiredValue(id);
            return SearchFailures.Run(context, parsed.GetValue(index) ?? DefaultPaths.IndexDirectory(context.Environment), "", session =>
            {
                if (session.Find(article) is not { } found) return UnknownId(context, article);
                var copies = session.Similar(article);
                var derived = session.DerivedFrom(article);
                context.Out.Write(parsed.GetValue(json) ? CopiesRenderer.SimilarJson(found, copies, derived) : CopiesRenderer.SimilarText(found, copies, derived));
                return ExitCodes.Success;
            });
        });
        return command;
    }

    public static Command Diff(QueryContext context)
    {
        var first = new Argument<string>("ID1") { Description = "The copy to compare against (e.g. the wire original)" };
        var second = new Argument<string>("ID2") { Description = "The copy whose changes to show" };
        var index = CliOptions.Index();
        var json = new Option<bool>("--json") { Description = "Print JSON: the pieces kept, deleted and inserted, in reading order" };
        var command = new Command("diff", "Show, word by word, what one copy of a story changed against another") { first, second, index, json };
        command.SetAction(parsed => SearchFailures.Run(context, parsed.GetValue(index) ?? DefaultPaths.IndexDirectory(context.Environment), "", session =>
        {
            var (a, b) = (parsed.GetRequiredValue(first), parsed.GetRequiredValue(second));
            if (session.Find(a) is null) return UnknownId(context, a);
            if (session.Find(b) is null) return UnknownId(context, b);
            var diff = session.Diff(a, b)!;
            context.Out.Write(parsed.GetValue(json) ? CopiesRenderer.DiffJson(diff) : CopiesRenderer.DiffText(diff, context.UseColour));
            return ExitCodes.Success;
        }));
        return command;
    }

    private static int UnknownId(QueryContext context, string id)
    {
        context.Error.WriteLine($"query: no article with id '{TerminalText.Visible(id)}' in the index (ids are shown by query search)");
        return ExitCodes.Usage;
    }
}
