using System.Globalization;
using System.Text;
using SearchEngine.Querying.Search;

namespace SearchEngine.Querying.Cli.Rendering;

/// <summary>
/// Results as RFC 4180 CSV: a header row, then one row per hit, CRLF line ends, and fields quoted when they hold a
/// comma, quote or line break. Text is written as indexed; nothing is altered for spreadsheets.
/// </summary>
public static class CsvRenderer
{
    public static readonly IReadOnlyList<string> Header = ["id", "title", "outlet", "date", "author", "people", "score", "path", "snippet"];

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
                string.Join(SnippetSeparator, hit.Snippets.Select(s => s.Text)),
            ]);
        }
        return output.ToString();
    }

    public static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;

    private static void AppendRow(StringBuilder output, IEnumerable<string> fields) =>
        output.Append(string.Join(',', fields.Select(Field))).Append("\r\n");
}
