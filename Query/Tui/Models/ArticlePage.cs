using System.Globalization;
using SearchEngine.Indexing.Cli;
using SearchEngine.Querying.Display;
using SearchEngine.Querying.Search;

namespace SearchEngine.Querying.Tui.Models;

/// <summary>
/// One article as the article view shows it: title and metadata, the whole body with every match of the query marked
/// (from <see cref="ISearchSession.HighlightArticle"/>), and its near-identical copies (from <see cref="ISearchSession.Similar"/>).
/// </summary>
public sealed class ArticlePage
{
    private ArticlePage(SearchHit hit, MarkedText body, CopyList copies)
    {
        Hit = hit;
        Body = new TextScroller(RichText.FromMarked(body));
        Copies = copies;
    }

    public SearchHit Hit { get; }

    public TextScroller Body { get; }

    public CopyList Copies { get; }

    /// <summary>Loads the body and the copies; the copies failing to load leaves a note in their place, not an error.</summary>
    /// <param name="filters">The facets picked: the people among them are marked where the body names them.</param>
    public static ArticlePage Open(ISearchSession searcher, SearchHit hit, string queryText, bool asTyped = false, FacetFilters? filters = null)
    {
        var body = searcher.HighlightArticle(hit.Id, queryText, asTyped, filters) ?? new MarkedText("(this article is no longer in the index)", []);
        CopyList copies;
        try
        {
            copies = new CopyList(searcher.Similar(hit.Id), null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            copies = new CopyList([], $"copies unavailable: {e.Message}");
        }
        return new ArticlePage(hit, body, copies);
    }

    /// <summary>
    /// Title (up to two lines), then outlet · date · author, the web address when known, its lineage when it has one,
    /// the people named, then a rule.
    /// </summary>
    public IReadOnlyList<StyledLine> Header(int width)
    {
        var title = TerminalText.Wrap(TerminalText.Cells(new MarkedText(Clip(Hit.Title), Hit.TitleMarks)), Math.Max(1, width));
        var lines = new List<StyledLine>();
        for (var i = 0; i < Math.Min(2, title.Count); i++)
        {
            var line = new LineBuilder(width).Add(title[i], Ink.Title, Ink.Match);
            if (i == 1 && title.Count > 2) line.Add(" …", Ink.Title);
            lines.Add(line.Build());
        }
        var meta = HitLayout.AddSource(new LineBuilder(width), Hit);
        if (HitLayout.ShortDate(Hit.Date) is { } date) meta.Add(" · ", Ink.Faint).Add(date, Ink.Meta);
        if (!string.IsNullOrEmpty(Hit.Author)) meta.Add(" · by ", Ink.Faint).Add(Hit.Author, Ink.Meta);
        lines.Add(meta.Build());
        if (!string.IsNullOrEmpty(Hit.Url)) lines.Add(new LineBuilder(width).Add(Hit.Url, Ink.Meta).Build());
        if (Lineage.Of(Hit) is { } lineage) lines.Add(new LineBuilder(width).Add(char.ToUpperInvariant(lineage[0]) + lineage[1..], Ink.Meta).Build());
        var people = new LineBuilder(width).Add("People: ", Ink.Faint);
        people.Add(Hit.People.Count > 0 ? string.Join(", ", Hit.People) : "none found", Hit.People.Count > 0 ? Ink.Plain : Ink.Faint);
        lines.Add(people.Build());
        lines.Add(new LineBuilder(width).Add(new string('─', Math.Max(0, width)), Ink.Faint).Build());
        return lines;
    }

    /// <summary>"match 3 of 12", or that the query does not match the body.</summary>
    public string Position() => Describe(Body, "match", "no match in the body");

    /// <summary>The status line while reading: the match and how many copies there are.</summary>
    public string Status() => $"{Position()} · {Counted.Of(Copies.Count, "copy", "copies")}";

    internal static string Describe(TextScroller text, string noun, string none)
    {
        var line = $"line {(text.Top + 1).ToString(CultureInfo.InvariantCulture)}";
        if (text.MatchCount == 0) return $"{none} · {line}";
        var at = text.CurrentMatch < 0 ? "-" : (text.CurrentMatch + 1).ToString(CultureInfo.InvariantCulture);
        return $"{noun} {at} of {text.MatchCount.ToString(CultureInfo.InvariantCulture)} · {line}";
    }

    /// <summary>Titles are short; a pathological one is cut before it is measured, so drawing stays cheap.</summary>
    internal static string Clip(string text) => text.Length > 1000 ? text[..1000] : text;
}

/// <summary>An article's near-identical copies, most alike first, as a list to pick one to compare with.</summary>
public sealed class CopyList(IReadOnlyList<SimilarArticle> copies, string? problem) : IItemSource
{
    public IReadOnlyList<SimilarArticle> Items => copies;

    /// <summary>Why the copies could not be listed, when they could not.</summary>
    public string? Problem => problem;

    public int Count => copies.Count;

    public int ItemHeight => 2;

    public bool IsSelectable(int item) => true;

    public SimilarArticle this[int item] => copies[item];

    public IReadOnlyList<StyledLine> Render(int item, int width)
    {
        var copy = copies[item];
        var first = new LineBuilder(width)
            .Add(copy.Resemblance.ToString("P0", CultureInfo.InvariantCulture).Replace(" ", "", StringComparison.Ordinal).PadLeft(4), Ink.Chosen)
            .Add(" ", Ink.Plain);
        HitLayout.AddSource(first, copy.Article);
        if (HitLayout.ShortDate(copy.Article.Date) is { } date) first.Add(" · ", Ink.Faint).Add(date, Ink.Meta);
        if (copy.IsRepresentative) first.Add(" · shown in results", Ink.Faint);
        var second = new LineBuilder(width).Add("     ", Ink.Plain).Add(ArticlePage.Clip(copy.Article.Title), Ink.Plain);
        return [first.Build(), second.Build()];
    }
}
