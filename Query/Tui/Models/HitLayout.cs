using System.Globalization;
using SearchEngine.Indexing.Cli;
using SearchEngine.Indexing.Extraction;
using SearchEngine.Querying.Display;
using SearchEngine.Querying.Search;

namespace SearchEngine.Querying.Tui.Models;

/// <summary>
/// How one hit reads in the results list: its title, then <c>outlet · date · +N copies · based on PA, 12 Jul 2024, 43 %</c>,
/// then snippet lines with the matches marked, then a blank line. Every hit takes the same number of rows, so the list
/// can scroll by hits.
/// </summary>
public static class HitLayout
{
    private const string Indent = "  ";

    /// <summary>Rows one hit takes with <paramref name="snippetLines"/> snippet lines.</summary>
    public static int Height(int snippetLines) => 3 + snippetLines;

    public static IReadOnlyList<StyledLine> Lines(SearchHit hit, int width, int snippetLines, bool isNew = false)
    {
        var lines = new List<StyledLine>(Height(snippetLines)) { Title(hit, width, isNew), Meta(hit, width) };
        lines.AddRange(Snippets(hit.Snippets, width, snippetLines));
        while (lines.Count < Height(snippetLines)) lines.Add(StyledLine.Empty);
        return lines;
    }

    private static StyledLine Title(SearchHit hit, int width, bool isNew)
    {
        var line = new LineBuilder(width);
        if (isNew) line.Add("● new ", Ink.New);
        var title = hit.Title.Length > 0 ? ArticlePage.Clip(hit.Title) : "(untitled)";
        return line.Add(TerminalText.Cells(new MarkedText(title, hit.Title.Length > 0 ? hit.TitleMarks : [])), Ink.Title, Ink.Match).Build();
    }

    private static StyledLine Meta(SearchHit hit, int width)
    {
        var line = new LineBuilder(width).Add(Indent, Ink.Plain);
        AddSource(line, hit);
        if (ShortDate(hit.Date) is { } date) line.Add(" · ", Ink.Faint).Add(date, Ink.Meta);
        if (hit.SimilarCount > 0)
        {
            line.Add(" · ", Ink.Faint).Add($"+{Counted.Of(hit.SimilarCount, "copy", "copies")}", Ink.Meta);
            if (hit.SimilarOutlets.Count > 0) line.Add($" ({string.Join(", ", hit.SimilarOutlets)})", Ink.Faint);
        }
        if (Lineage.Of(hit) is { } lineage) line.Add(" · ", Ink.Faint).Add(lineage, Ink.Meta);
        return line.Build();
    }

    /// <summary>The outlet; for an article without one, the file it came from, so it can still be told apart and found.</summary>
    public static LineBuilder AddSource(LineBuilder line, SearchHit hit) =>
        hit.Outlet is { Length: > 0 } outlet ? line.Add(outlet, Ink.Meta) : line.Add(FileName(hit.Path), Ink.Faint);

    /// <summary>The last folder and the file name: "business/001.txt".</summary>
    public static string FileName(string path)
    {
        var parts = path.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 0 ? "unknown source" : string.Join('/', parts.TakeLast(2));
    }

    /// <summary>yyyy-MM-dd, with HH:mm when the time is known and the offset when the source stated it.</summary>
    public static string? ShortDate(string? stored)
    {
        if (string.IsNullOrEmpty(stored)) return null;
        if (PublicationDate.Parse(stored) is not { } date) return stored.Length >= 10 ? stored[..10] : stored;
        // The clock time is the page's own, never converted: its offset says where.
        return date.HasTime ? date.Value.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + (date.OffsetText is { } offset ? " " + offset : "") : date.Day;
    }

    /// <summary>One line per snippet when there are enough of them; otherwise the one snippet wraps onto the lines left.</summary>
    private static IEnumerable<StyledLine> Snippets(IReadOnlyList<MarkedText> snippets, int width, int lines)
    {
        if (lines <= 0 || snippets.Count == 0) yield break;
        var inner = Math.Max(1, width - Indent.Length);
        if (snippets.Count >= lines)
        {
            foreach (var snippet in snippets.Take(lines))
                yield return SnippetLines(snippet, inner, 1)[0];
            yield break;
        }
        foreach (var line in SnippetLines(snippets[0], inner, lines)) yield return line;
    }

    /// <summary>
    /// Up to <paramref name="count"/> wrapped lines of a snippet. When the first match would fall off the first line,
    /// the start is cut (shown as "…") so the match is in view.
    /// </summary>
    private static List<StyledLine> SnippetLines(MarkedText snippet, int width, int count)
    {
        var cells = TerminalText.Cells(snippet);
        var start = StartShowingFirstMark(cells, width * count);
        var shown = cells.Skip(start).ToList();
        if (start > 0) shown.Insert(0, new Cell("…", 1, false));
        var wrapped = TerminalText.Wrap(shown, width);
        var result = new List<StyledLine>(count);
        for (var i = 0; i < Math.Min(count, wrapped.Count); i++)
        {
            var line = new LineBuilder(width + Indent.Length).Add(Indent, Ink.Plain).Add(wrapped[i], Ink.Plain, Ink.Match);
            // The last line shown stands for everything after it too.
            if (i == count - 1 && wrapped.Count > count) line.Add(" …", Ink.Faint);
            result.Add(line.Build());
        }
        return result;
    }

    private static int StartShowingFirstMark(IReadOnlyList<Cell> cells, int room)
    {
        var column = 0;
        for (var i = 0; i < cells.Count; i++)
        {
            if (cells[i].Marked)
            {
                // Keep some words before the match for context, about a quarter of the room.
                if (column < room * 2 / 3) return 0;
                var back = column - room / 4;
                var skipped = 0;
                var j = 0;
                while (j < i && skipped < back) skipped += cells[j++].Width;
                while (j < i && !cells[j].IsSpace) j++;
                return Math.Min(j + 1, i);
            }
            column += cells[i].Width;
        }
        return 0;
    }
}
