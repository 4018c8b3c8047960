namespace SearchEngine.Querying.Tui.Models;

/// <summary>A rectangle of the terminal, in columns and rows; empty when the pane is hidden.</summary>
public readonly record struct Area(int X, int Y, int Width, int Height)
{
    public bool IsEmpty => Width <= 0 || Height <= 0;
}

/// <summary>Where the search screen's panes go for a terminal size.</summary>
public sealed record SearchLayout(Area Query, Area Criteria, Area Results, Area Facets, Area Status, Area Keys, int SnippetLines, int TimelineRows);

/// <summary>
/// Where the article screen's panes go: the header, the body, and the copies beside it (wide, past a blank column and a
/// rule) or under it (narrow, with no rule).
/// </summary>
public sealed record ArticleLayout(Area Header, Area Body, Area Rule, Area Related, Area Status, Area Keys);

/// <summary>
/// How the console divides the terminal, worked out from its size alone: the views only apply it. Down to 80×24 all
/// panes show; narrower than <see cref="MinWidthForFacets"/> the facets pane hides and the results take the width.
/// </summary>
public static class ConsoleLayout
{
    public const int MinWidthForFacets = 72;
    public const int WideFrom = 110;

    /// <param name="criteriaRows">Rows of the line under the query: more than one while a long query problem is shown.</param>
    public static SearchLayout Search(int width, int height, int criteriaRows = 1)
    {
        var body = Math.Max(1, height - 3 - criteriaRows);
        var facets = width >= WideFrom ? 36 : width >= MinWidthForFacets ? Math.Max(24, width / 3 - 2) : 0;
        return new SearchLayout(
            Query: new Area(0, 0, width, 1),
            Criteria: new Area(0, 1, width, criteriaRows),
            Results: new Area(0, 1 + criteriaRows, width - facets, body),
            Facets: facets == 0 ? default : new Area(width - facets, 1 + criteriaRows, facets, body),
            Status: new Area(0, height - 2, width, 1),
            Keys: new Area(0, height - 1, width, 1),
            SnippetLines: height >= 30 ? 2 : 1,
            TimelineRows: height >= 30 ? 3 : 2);
    }

    /// <param name="hasRelated">Without copies or lineage the body takes their room and only a line under it says there are none.</param>
    public static ArticleLayout Article(int width, int height, int headerLines, bool hasRelated = true)
    {
        var top = Math.Min(headerLines, Math.Max(0, height - 6));
        var rows = Math.Max(1, height - top - 2);
        if (!hasRelated)
        {
            return new ArticleLayout(new Area(0, 0, width, top), new Area(0, top, width, rows - 1), default,
                new Area(0, top + rows - 1, width, 1), new Area(0, height - 2, width, 1), new Area(0, height - 1, width, 1));
        }
        if (width >= WideFrom)
        {
            const int related = 40;
            // The blank column keeps the body's last words off the rule, which keeps them off the related heading.
            return new ArticleLayout(new Area(0, 0, width, top), new Area(0, top, width - related - 2, rows),
                new Area(width - related - 1, top, 1, rows), new Area(width - related, top, related, rows),
                new Area(0, height - 2, width, 1), new Area(0, height - 1, width, 1));
        }
        var below = Math.Clamp(rows / 3, 3, 9);
        return new ArticleLayout(new Area(0, 0, width, top), new Area(0, top, width, rows - below), default,
            new Area(0, top + rows - below, width, below), new Area(0, height - 2, width, 1), new Area(0, height - 1, width, 1));
    }

    /// <summary>A full-width list under a one-line title: saved queries, history, help, and the diff.</summary>
    public static (Area Title, Area Body, Area Status, Area Keys) Page(int width, int height, int titleLines = 1) =>
        (new Area(0, 0, width, titleLines), new Area(0, titleLines, width, Math.Max(1, height - titleLines - 2)),
         new Area(0, height - 2, width, 1), new Area(0, height - 1, width, 1));
}
