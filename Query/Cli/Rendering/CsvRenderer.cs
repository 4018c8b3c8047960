using System.Globalization;
using System.Text;
using SearchEngine.Indexing.Cli;
using SearchEngine.Querying.Search;

namespace SearchEngine.Querying.Cli.Rendering;

/// <summary>
/// Results as RFC 4180 CSV: a header row, then one row per hit, CRLF line ends, and fields quoted when they hold a
/// comma, quote or line break. Article text is other people's text, and CSV is opened in spreadsheets and terminals:
/// control characters other than tabs and line breaks go out as their pictures (ESC → ␛), and a cell that would start with = + - or @ (after any
/// tabs or spaces) starts with ' instead, so a spreadsheet shows it as text rather than running it as a formula.
/// </summary>
public static class CsvRenderer
{
    public static readonly IReadOnlyList<string> Header = ["id", "title", "outlet", "date", "author", "people", "score", "path", "url", "snippet"];

    public const string PeopleSeparator = "; ";
    public const string SnippetSeparator = " … ";

    public static string Render(SearchResult result)
    {
        var output = new StringBuilder();
        AppendRow(output, Header);
        foreach (var hit in result.Hits)
        {
            AppendRow(output,
            [
                hit.Id,
                hit.Title,
                hit.Outlet ?? "",
                hit.Date ?? "",
                hit.Author ?? "",
                string.Join(PeopleSeparator, hit.People),
                hit.Score.ToString("R", CultureInfo.InvariantCulture),
                hit.Path,
                hit.Url ?? "",
                Snippets(hit.Snippets),
            ]);
        }
        return output.ToString();
    }

    /// <summary>
    /// The snippets in one cell, "…" between them as a results page shows them; a snippet's own mark of a cut sentence
    /// at the join is left out, so one "…" stands between two.
    /// </summary>
    private static string Snippets(IReadOnlyList<MarkedText> snippets) =>
        string.Join(SnippetSeparator, snippets.Select((snippet, i) =>
        {
            var text = snippet.Text;
            if (i > 0 && text.StartsWith(MarkedText.Cut, StringComparison.Ordinal))
                text = text[MarkedText.Cut.Length..].TrimStart();
            if (i < snippets.Count - 1 && text.EndsWith(MarkedText.Cut, StringComparison.Ordinal))
                text = text[..^MarkedText.Cut.Length].TrimEnd();
            return text;
        }));

    public static string Field(string value)
    {
        var safe = AsText(PrintableText.Of(value, keep: FieldControls));
        return safe.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{safe.Replace("\"", "\"\"")}\"" : safe;
    }

    /// <summary>The controls a quoted field may hold; every other control goes out as its picture.</summary>
    private const string FieldControls = "\t\r\n";

    private static readonly char[] FormulaStarts = ['=', '+', '-', '@'];

    private static string AsText(string value)
    {
        var first = value.AsSpan().TrimStart(" \t").IndexOfAny(FormulaStarts) == 0;
        return first ? "'" + value : value;
    }

    private static void AppendRow(StringBuilder output, IEnumerable<string> fields) =>
        output.Append(string.Join(',', fields.Select(Field))).Append("\r\n");
}
