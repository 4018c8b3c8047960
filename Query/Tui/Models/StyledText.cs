namespace SearchEngine.Querying.Tui.Models;

/// <summary>What a piece of text is, not how it looks: the views map each ink to colours and styles (or none, under NO_COLOR).</summary>
public enum Ink
{
    Plain,
    Title,
    /// <summary>A query match; drawn bold and underlined, so it reads without colour.</summary>
    Match,
    /// <summary>The match the article view is on.</summary>
    CurrentMatch,
    Meta,
    Faint,
    Heading,
    Error,
    /// <summary>Words only in the first copy of a diff.</summary>
    Deleted,
    /// <summary>Words only in the second copy of a diff.</summary>
    Inserted,
    /// <summary>A key name on the key bar and in help.</summary>
    Key,
    /// <summary>A selected facet value or active filter.</summary>
    Chosen,
    Bar,
    /// <summary>A saved query's hit that its previous run did not return.</summary>
    New,
}

/// <summary>A run of text in one ink. <paramref name="Text"/> is already safe for a terminal; <paramref name="Width"/> is in columns.</summary>
/// <param name="Match">For the article view: which match (0-based, in reading order) this run belongs to; -1 for none.</param>
public readonly record struct Span(string Text, Ink Ink, int Width, int Match = -1);

/// <summary>One screen row of styled text, never wider than the width it was built for.</summary>
public sealed record StyledLine(IReadOnlyList<Span> Spans)
{
    public static readonly StyledLine Empty = new([]);

    public int Width => Spans.Sum(s => s.Width);

    public string PlainText => string.Concat(Spans.Select(s => s.Text));

    public override string ToString() => PlainText;
}

/// <summary>Styled text longer than a row, folded onto a few rows (a notice, a query problem) so it can be read whole.</summary>
public static class Folding
{
    /// <summary>Built this wide, a line holds any notice whole, to be folded after.</summary>
    public const int Unfolded = 1000;

    /// <summary>
    /// <paramref name="line"/> on rows of <paramref name="width"/>, broken after a space where there is one, on at most
    /// <paramref name="maxRows"/> rows; what does not fit even then ends the last in "…".
    /// </summary>
    public static IReadOnlyList<StyledLine> Fold(StyledLine line, int width, int maxRows)
    {
        var cells = line.Spans.SelectMany(span => span.Text.Select(c => (Char: c, span.Ink))).ToList();
        var rows = new List<StyledLine>();
        var at = 0;
        while (at < cells.Count && rows.Count < maxRows)
        {
            var end = Math.Min(cells.Count, at + Math.Max(1, width));
            var last = rows.Count == maxRows - 1;
            if (last && end < cells.Count) end--;
            else if (end < cells.Count && cells.FindLastIndex(end - 1, end - at, cell => cell.Char == ' ') is var space && space > at)
                end = space + 1;
            var row = new LineBuilder(width);
            foreach (var cell in cells.Skip(at).Take(end - at)) row.Add(cell.Char.ToString(), cell.Ink);
            if (last && end < cells.Count) row.Add("…", Ink.Faint);
            rows.Add(row.Build());
            at = end;
        }
        return rows.Count == 0 ? [StyledLine.Empty] : rows;
    }
}
