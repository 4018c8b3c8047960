using System.Globalization;
using System.Text;
using SearchEngine.Indexing.Cli;
using SearchEngine.Querying.Display;
using SearchEngine.Querying.Search;

namespace SearchEngine.Querying.Cli.Rendering;

/// <summary>
/// Results for the shell, as <c>notmuch search</c> and <c>rg</c> print theirs: one line per hit, no header or summary,
/// short id first so <c>query similar</c> and <c>diff</c> take it as it stands. Lines are clipped to the terminal's
/// width; in a pipe they are whole.
/// </summary>
public static class LineRenderer
{
    private const int DateWidth = 10;
    private const int MaxOutletWidth = 20;

    public static string Render(SearchResult result, TableLayout layout)
    {
        if (result.Hits.Count == 0) return "";
        var idWidth = result.Hits.Max(h => TerminalText.Width(TerminalText.Cells(h.ShortId)));
        var outletWidth = Math.Min(MaxOutletWidth, result.Hits.Max(h => TerminalText.Width(TerminalText.Cells(h.Outlet ?? "-"))));
        var output = new StringBuilder();
        foreach (var hit in result.Hits)
        {
            var date = hit.Date is { Length: >= DateWidth } d ? d[..DateWidth] : hit.Date ?? "-";
            var start = string.Join("  ", TerminalText.Fit(hit.ShortId, idWidth), TerminalText.Fit(date, DateWidth), TerminalText.Fit(hit.Outlet ?? "-", outletWidth)) + "  ";
            var similar = hit.SimilarCount > 0 ? $" (+{Counted.Of(hit.SimilarCount, "copy", "copies")})" : "";
            var title = TerminalText.Cells(new MarkedText(hit.Title + similar, hit.TitleMarks));
            if (layout.ClipLines)
                title = TerminalText.Truncate(title, Math.Max(1, layout.Width - TerminalText.Width(TerminalText.Cells(start))));
            output.Append(start).AppendLine(TerminalText.Draw(title, layout.Colour));
        }
        return output.ToString();
    }
}
