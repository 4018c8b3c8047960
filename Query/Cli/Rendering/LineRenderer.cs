using System.Text;
using SearchEngine.Querying.Display;
using SearchEngine.Querying.Search;

namespace SearchEngine.Querying.Cli.Rendering;

/// <summary>
/// Results for the shell, as <c>notmuch search</c> and <c>rg</c> print theirs: one line per hit, no header or summary,
/// short id first so <c>query similar</c> and <c>diff</c> take it as it stands. The fields are the short id, date,
/// outlet and title and nothing else (a hit's copies and sources are given in the table, JSON and CSV): a script
/// splitting a line must get the title as the article gives it. In a pipe the fields are whole and separated by tabs, which no field holds
/// (runs of whitespace in a value are one space), so <c>cut -f</c> and <c>awk -F'\t'</c> read them; on a terminal
/// they are lined up for reading and the line is clipped to the width.
/// </summary>
public static class LineRenderer
{
    private const int DateWidth = 10;
    private const int MaxOutletWidth = 20;
    private const string Gap = "  ";

    public static string Render(SearchResult result, TableLayout layout) =>
        result.Hits.Count == 0 ? "" : layout.ClipLines ? Lined(result.Hits, layout) : Separated(result.Hits);

    private static string Separated(IReadOnlyList<SearchHit> hits)
    {
        var output = new StringBuilder();
        foreach (var hit in hits)
        {
            var fields = new[] { hit.ShortId, DateOf(hit), hit.Outlet ?? "-", hit.Title }
                .Select(f => TerminalText.Draw(TerminalText.Cells(f), colour: false))
                .Select(f => f.Length == 0 ? "-" : f);
            output.AppendJoin('\t', fields).AppendLine();
        }
        return output.ToString();
    }

    private static string Lined(IReadOnlyList<SearchHit> hits, TableLayout layout)
    {
        var idWidth = hits.Max(h => TerminalText.Width(TerminalText.Cells(h.ShortId)));
        var outletWidth = Math.Min(MaxOutletWidth, hits.Max(h => TerminalText.Width(TerminalText.Cells(h.Outlet ?? "-"))));
        // Measured from the columns, not from the padded text: cells collapse the padding's runs of spaces.
        var startWidth = idWidth + DateWidth + outletWidth + 3 * Gap.Length;
        var output = new StringBuilder();
        foreach (var hit in hits)
        {
            var start = string.Join(Gap, TerminalText.Fit(hit.ShortId, idWidth), TerminalText.Fit(DateOf(hit), DateWidth),
                TerminalText.Fit(hit.Outlet ?? "-", outletWidth)) + Gap;
            var title = TerminalText.Truncate(
                TerminalText.Cells(new MarkedText(hit.Title, hit.TitleMarks)), Math.Max(1, layout.Width - startWidth));
            output.Append(start).AppendLine(TerminalText.Draw(title, layout.Colour));
        }
        return output.ToString();
    }

    private static string DateOf(SearchHit hit) => hit.Date is { Length: >= DateWidth } d ? d[..DateWidth] : hit.Date ?? "-";
}
