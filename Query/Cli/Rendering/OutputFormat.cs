using SearchEngine.Querying.Search;

namespace SearchEngine.Querying.Cli.Rendering;

public enum OutputFormat
{
    Table,
    Json,
    Csv,
}

public static class ResultRenderer
{
    /// <summary>The text for <paramref name="result"/> in <paramref name="format"/>; the table follows the terminal's width and colour.</summary>
    public static string Render(SearchResult result, OutputFormat format, TableLayout layout) => format switch
    {
        OutputFormat.Json => JsonRenderer.Render(result),
        OutputFormat.Csv => CsvRenderer.Render(result),
        _ => TableRenderer.Render(result, layout),
    };
}
