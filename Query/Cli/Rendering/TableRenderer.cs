using System.Globalization;
using System.Text;
using SearchEngine.Indexing.Cli;
using SearchEngine.Querying.Display;
using SearchEngine.Querying.Search;

namespace SearchEngine.Querying.Cli.Rendering;

/// <summary>How to lay out a table: total columns, whether to draw matches in colour, and the rank of the first hit.</summary>
public sealed record TableLayout(int Width, bool Colour, int FirstRank = 1)
{
    /// <summary>Whether one-line-per-hit output is cut at the width: on a terminal, not in a pipe.</summary>
    public bool ClipLines { get; init; }
}

/// <summary>
/// Results as a table for people: a summary line, one row per hit (rank, title, outlet, date) with its short id (and
/// its near-identical copies) and its snippets wrapped beneath, and the facet counts at the end.
/// </summary>
public static class TableRenderer
{
    private const int Gap = 2;
    private const int DateWidth = 10;
    private const int MinTitleWidth = 10;
    // Enough of a cut-short query to recognise it by when the rest of the summary leaves little room.
    private const int MinQueryWidth = 12;
    private const int MaxOutletWidth = 20;
    private const string SnippetBullet = "· ";
    private const string Bold = "\e[1m";
    private const string Reset = "\e[0m";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Render(SearchResult result, TableLayout layout)
    {
        var output = new StringBuilder();
        output.AppendLine(Summary(result, layout.FirstRank, layout.Width));
        if (result.Hits.Count > 0)
        {
            var columns = Columns.For(result.Hits, layout);
            output.AppendLine();
            output.AppendLine(Styled(HeaderRow(columns), Bold, layout.Colour));
            for (var i = 0; i < result.Hits.Count; i++)
            {
                if (i > 0) output.AppendLine();
                AppendHit(output, result.Hits[i], layout.FirstRank + i, columns, layout);
            }
        }
        AppendFacets(output, result, layout.Width);
        return output.ToString();
    }

    /// <summary>What was found, with the query cut short when the whole line would not fit the width.</summary>
    private static string Summary(SearchResult result, int firstRank, int width)
    {
        var took = $"{result.TookMs.ToString("0.#", Invariant)} ms";
        Func<string, string> line;
        if (result.Total == 0)
            line = query => $"No results for {query} · {took}";
        else
        {
            var count = ResultCounts.Of(result);
            var shown = result.Hits.Count == 0
                ? $"none from rank {firstRank}"
                : $"showing {firstRank}–{firstRank + result.Hits.Count - 1}";
            line = query => $"{count} for {query} · {shown} · {took}";
        }
        var room = Math.Max(MinQueryWidth, width - TerminalText.Width(TerminalText.Cells(line(Quoted(result.QueryText, "")))));
        var cut = TerminalText.Draw(TerminalText.Truncate(TerminalText.Cells(result.QueryText), room), colour: false);
        return line(Quoted(result.QueryText, cut));
    }

    /// <summary>
    /// The query as shown, in double quotes, or in single quotes when the query holds a phrase, so its own quotes do
    /// not double up.
    /// </summary>
    private static string Quoted(string query, string shown) => query.Contains('"') ? $"'{shown}'" : $"\"{shown}\"";

    private static string HeaderRow(Columns columns) => Row(
        columns, "#".PadLeft(columns.Rank), TerminalText.Fit("Title", columns.Title), "Outlet", "Date");

    /// <summary>A line under the title, indented like the snippets and cut to the width.</summary>
    private static void AppendNote(StringBuilder output, string note, Columns columns, TableLayout layout)
    {
        var cells = TerminalText.Truncate(TerminalText.Cells(TerminalText.Visible(note)), layout.Width - columns.SnippetIndent);
        output.Append(new string(' ', columns.SnippetIndent)).AppendLine(TerminalText.Draw(cells, colour: false));
    }

    private static void AppendHit(StringBuilder output, SearchHit hit, int rank, Columns columns, TableLayout layout)
    {
        var title = TerminalText.Truncate(TerminalText.Cells(new MarkedText(hit.Title, hit.TitleMarks)), columns.Title);
        var paddedTitle = TerminalText.Draw(title, layout.Colour) + new string(' ', columns.Title - TerminalText.Width(title));
        var date = hit.Date is { Length: >= DateWidth } d ? d[..DateWidth] : hit.Date ?? "";
        output.AppendLine(Row(columns, rank.ToString(Invariant).PadLeft(columns.Rank), paddedTitle, hit.Outlet ?? "", date));

        var from = hit.SimilarOutlets.Count > 0 ? $": {string.Join(", ", hit.SimilarOutlets)}" : "";
        var copies = hit.SimilarCount > 0 ? $" · +{Counted.Of(hit.SimilarCount, "copy", "copies")}{from}" : "";
        AppendNote(output, $"id {hit.ShortId}{copies}", columns, layout);
        if (Lineage.Of(hit) is { } lineage) AppendNote(output, lineage, columns, layout);

        // Each snippet starts with a bullet and hangs under it, so where one ends and the next begins stays clear.
        var indent = new string(' ', columns.SnippetIndent);
        foreach (var snippet in hit.Snippets)
        {
            var lines = TerminalText.Wrap(TerminalText.Cells(snippet), layout.Width - columns.SnippetIndent - SnippetBullet.Length);
            for (var i = 0; i < lines.Count; i++)
                output.Append(indent).Append(i == 0 ? SnippetBullet : "  ").AppendLine(TerminalText.Draw(lines[i], layout.Colour));
        }
    }

    private static string Row(Columns columns, string rank, string paddedTitle, string outlet, string date)
    {
        var gap = new string(' ', Gap);
        var row = $" {rank}{gap}{paddedTitle}{gap}{TerminalText.Fit(outlet, columns.Outlet)}{gap}{TerminalText.Fit(date, DateWidth)}";
        return row.TrimEnd(' ');
    }

    private static void AppendFacets(StringBuilder output, SearchResult result, int width)
    {
        var facets = result.Facets;
        var labels = result.Dimensions.ToDictionary(d => d.Field, d => d.Label, StringComparer.Ordinal);
        var fields = result.Dimensions.Select(d => d.Field)
            .Concat(facets.Keys.Except(labels.Keys))
            .Where(f => facets.TryGetValue(f, out var values) && values.Count > 0)
            .ToList();
        if (fields.Count == 0) return;
        output.AppendLine();
        foreach (var field in fields)
        {
            var items = facets[field].Select(f => $"{TerminalText.Fit(f.Value, MaxOutletWidth * 2).TrimEnd()} ({f.Count.ToString(Invariant)})");
            AppendFilled(output, $"{labels.GetValueOrDefault(field) ?? TerminalText.Visible(field)}: ", items, width);
        }
    }

    /// <summary>Items joined by " · ", filled into lines of <paramref name="width"/> with a hanging indent under the label.</summary>
    private static void AppendFilled(StringBuilder output, string label, IEnumerable<string> items, int width)
    {
        var line = new StringBuilder(label);
        var hanging = new string(' ', label.Length);
        var lineHasItem = false;
        foreach (var item in items)
        {
            var separator = lineHasItem ? " · " : "";
            if (lineHasItem && line.Length + separator.Length + item.Length > width)
            {
                output.AppendLine(line.ToString());
                line.Clear().Append(hanging);
                separator = "";
            }
            line.Append(separator).Append(item);
            lineHasItem = true;
        }
        output.AppendLine(line.ToString());
    }

    private static string Styled(string text, string style, bool colour) => colour ? style + text + Reset : text;

    /// <summary>Column widths: outlet as wide as its longest value (within limits), title gets the rest.</summary>
    private sealed record Columns(int Rank, int Title, int Outlet)
    {
        public int SnippetIndent => 1 + Rank + Gap;

        public static Columns For(IReadOnlyList<SearchHit> hits, TableLayout layout)
        {
            var rank = (layout.FirstRank + hits.Count - 1).ToString(Invariant).Length;
            var longestOutlet = hits.Max(h => TerminalText.Width(TerminalText.Cells(h.Outlet ?? "")));
            var outlet = Math.Clamp(longestOutlet, "Outlet".Length, Math.Max("Outlet".Length, Math.Min(MaxOutletWidth, layout.Width / 5)));
            var title = layout.Width - (1 + rank + Gap) - Gap - outlet - Gap - DateWidth;
            return new Columns(rank, Math.Max(title, MinTitleWidth), outlet);
        }
    }
}
