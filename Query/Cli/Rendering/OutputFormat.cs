using SearchEngine.Querying.Search;

namespace SearchEngine.Querying.Cli.Rendering;

public enum OutputFormat
{
    Table,
    /// <summary>One line per hit, for the shell: short id, date, outlet, title.</summary>
    Line,
    /// <summary>Running text, as a diff reads.</summary>
    Text,
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
        OutputFormat.Line => LineRenderer.Render(result, layout),
        _ => TableRenderer.Render(result, layout),
    };
}
