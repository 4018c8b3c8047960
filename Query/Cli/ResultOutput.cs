using SearchEngine.Querying.Cli.Rendering;
using SearchEngine.Querying.Search;

namespace SearchEngine.Querying.Cli;

/// <summary>The one place results reach stdout: rendered in the chosen format, the table fitted to the terminal.</summary>
internal static class ResultOutput
{
    public static void Write(QueryContext context, SearchResult result, OutputFormat format, int firstRank) =>
        context.Out.Write(ResultRenderer.Render(result, format, LayoutFor(context, firstRank)));

    private static TableLayout LayoutFor(QueryContext context, int firstRank) =>
        new(context.OutputWidth, context.UseColour, firstRank) { ClipLines = context.OutputIsTerminal };
}
