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
/// A hit's copies and lineage come after the columns of earlier versions, so scripts reading those by position still do:
/// how many other copies it stands for and their outlets, then its sources as parallel lists (ids, outlets, dates,
/// shares), the nth entry of each belonging to the nth source, so one source is read by splitting each cell at the
/// same separator; then how many stories were derived from it.
/// </summary>
public static class CsvRenderer
{
    public static readonly IReadOnlyList<string> Header =
    [
        "id", "title", "outlet", "date", "author", "people", "score", "path", "url", "snippet",
        "copies", "copy_outlets", "source_ids", "source_outlets", "source_dates", "source_shares", "derived_stories",
    ];

    /// <summary>Between the values of one cell that holds several: people, copies' outlets, a hit's sources.</summary>
    public const string ListSeparator = "; ";
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
                string.Join(ListSeparator, hit.People),
                hit.Score.ToString("R", CultureInfo.InvariantCulture),
                hit.Path,
                hit.Url ?? "",
                Snippets(hit.Snippets),
                hit.SimilarCount.ToString(CultureInfo.InvariantCulture),
                string.Join(ListSeparator, hit.SimilarOutlets),
                Sources(hit, source => source.Id),
                Sources(hit, source => source.Outlet ?? ""),
                Sources(hit, source => source.Date ?? ""),
                Sources(hit, source => Math.Round(source.Share, 3).ToString(CultureInfo.InvariantCulture)),
                hit.DerivedStories.ToString(CultureInfo.InvariantCulture),
            ]);
        }
        return output.ToString();
    }

    /// <summary>
    /// One value of each source, in the hit's order (the one holding most of it first); an unknown value is an empty
    /// entry, so the entries of every source column stay in step.
    /// </summary>
    private static string Sources(SearchHit hit, Func<ArticleSource, string> value) =>
        string.Join(ListSeparator, hit.DerivedFrom.Select(value));

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
