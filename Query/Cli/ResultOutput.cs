using SearchEngine.Indexing.Cli;
using SearchEngine.Querying.Cli.Rendering;
using SearchEngine.Querying.Display;
using SearchEngine.Querying.Search;

namespace SearchEngine.Querying.Cli;

/// <summary>
/// The one place results reach stdout: rendered in the chosen format, the table fitted to the terminal. What may have
/// gone wrong with the search as asked goes to stderr.
/// </summary>
internal static class ResultOutput
{
    /// <param name="warningsOnly">Only what may have gone wrong: the caller has said what the results are.</param>
    public static void Write(QueryContext context, SearchResult result, OutputFormat format, int firstRank, bool warningsOnly = false)
    {
        if (!warningsOnly) context.Out.Write(ResultRenderer.Render(result, format, LayoutFor(context, firstRank)));
        // A warning, not an error: the search ran as asked (exit 0), but a mistyped name is the likely cause of few hits.
        foreach (var unknown in result.UnknownSelections)
        {
            var option = unknown.Dimension.Option is { } declared ? $"--{declared.Name}" : unknown.Dimension.Label;
            var hint = DidYouMean.Phrase(unknown.Nearest) is { } phrase ? $"; {phrase}" : "";
            context.Error.WriteLine($"query: {option} '{TerminalText.Visible(unknown.Value)}' matches no article in the index{hint}");
        }
        if (result.Suggestion is { } suggestion)
            context.Error.WriteLine($"query: {(result.Total == 0 ? "no article matches" : $"{Counted.Of(result.TotalArticles, "article")} for")} "
                + $"\"{TerminalText.Visible(result.QueryText)}\"; {DidYouMean.Phrase([suggestion.QueryText])} ({Counted.Of(suggestion.Articles, "article")})");
        foreach (var warning in result.Warnings) Warn(context, warning);
    }

    /// <summary>Says what a search's result may lack or why it found nothing (see <see cref="SearchResult.Warnings"/>).</summary>
    public static void Warn(QueryContext context, string warning) => context.Error.WriteLine($"query: warning: {TerminalText.Visible(warning)}");

    private static TableLayout LayoutFor(QueryContext context, int firstRank) =>
        new(context.OutputWidth, context.UseColour, firstRank) { ClipLines = context.OutputIsTerminal };
}
