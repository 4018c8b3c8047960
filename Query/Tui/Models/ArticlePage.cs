using System.Globalization;
using SearchEngine.Indexing.Cli;
using SearchEngine.Querying.Display;
using SearchEngine.Querying.Search;

namespace SearchEngine.Querying.Tui.Models;

/// <summary>
/// One article as the article view shows it: title and metadata, the whole body with every match of the query marked
/// (from <see cref="ISearchSession.HighlightArticle"/>), and the articles related to it, to compare it with: its
/// near-identical copies (<see cref="ISearchSession.Similar"/>), the stories it was derived from and those derived from it
/// (<see cref="ISearchSession.DerivedFrom"/>).
/// </summary>
public sealed class ArticlePage
{
    private ArticlePage(SearchHit hit, MarkedText body, RelatedList related)
    {
        Hit = hit;
        Body = new TextScroller(RichText.FromMarked(body));
        Related = related;
    }

    public SearchHit Hit { get; }

    public TextScroller Body { get; }

    public RelatedList Related { get; }

    /// <summary>Loads the body and the related articles; those failing to load leave a note in their place, not an error.</summary>
    /// <param name="filters">The facets picked: the people among them are marked where the body names them.</param>
    /// <param name="inResults">
    /// The ids of the hits the results list holds: the copies among them are marked as shown there. Which copy of a
    /// story the results show follows their sort (the newest, the best match), not which copy came first.
    /// </param>
    public static ArticlePage Open(
        ISearchSession searcher, SearchHit hit, string queryText, bool asTyped = false, FacetFilters? filters = null,
        IReadOnlySet<string>? inResults = null)
    {
        var body = searcher.HighlightArticle(hit.Id, queryText, asTyped, filters) ?? new MarkedText("(this article is no longer in the index)", []);
        var related = new List<RelatedArticle>();
        string? problem = null;
        try
        {
            related.AddRange(searcher.Similar(hit.Id).Select(copy =>
                new RelatedArticle(copy.Article, Relation.Copy, copy.Resemblance, inResults?.Contains(copy.Article.Id) == true)));
            foreach (var source in hit.DerivedFrom)
                if (searcher.Find(source.Id) is { } stored) related.Add(new RelatedArticle(stored, Relation.Source, source.Share));
            related.AddRange(searcher.DerivedFrom(hit.Id).Select(story => new RelatedArticle(story.Article, Relation.Derived, story.Share)));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            problem = $"copies unavailable: {e.Message}";
        }
        return new ArticlePage(hit, body, new RelatedList(related, problem));
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
        if (Lineage.Of(Hit) is { } lineage) lines.Add(new LineBuilder(width).Add(TerminalText.Capitalised(lineage), Ink.Meta).Build());
        var people = new LineBuilder(width).Add("People: ", Ink.Faint);
        people.Add(Hit.People.Count > 0 ? string.Join(", ", Hit.People) : "none found", Hit.People.Count > 0 ? Ink.Plain : Ink.Faint);
        lines.Add(people.Build());
        lines.Add(new LineBuilder(width).Add(new string('─', Math.Max(0, width)), Ink.Faint).Build());
        return lines;
    }

    /// <summary>"match 3 of 12", or that the query does not match the body.</summary>
    public string Position() => Describe(Body, "match", "no match in the body");

    /// <summary>The status line while reading: the match and how many copies there are.</summary>
    public string Status() => $"{Position()} · {Counted.Of(Related.CountOf(Relation.Copy), "copy", "copies")}";

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

/// <summary>How an article in an article's related list stands to it.</summary>
public enum Relation
{
    /// <summary>A near-identical copy; the share is how alike the two are.</summary>
    Copy,
    /// <summary>An earlier story the article was derived from; the share is the article's wording found in it.</summary>
    Source,
    /// <summary>A story derived from the article; the share is its wording found in the article.</summary>
    Derived,
}

/// <summary>An article related to the one being read, how, and by what share.</summary>
public sealed record RelatedArticle(SearchHit Article, Relation Relation, double Share, bool ShownInResults = false);

/// <summary>
/// The articles related to one being read, as a list to pick one to compare it with: its copies, most alike first; the
/// stories it was derived from, the one holding most of it first; then the stories derived from it.
/// </summary>
public sealed class RelatedList(IReadOnlyList<RelatedArticle> related, string? problem) : IItemSource
{
    public IReadOnlyList<RelatedArticle> Items => related;

    /// <summary>Why the list could not be made whole, when it could not.</summary>
    public string? Problem => problem;

    public int Count => related.Count;

    public int CountOf(Relation relation) => related.Count(r => r.Relation == relation);

    /// <summary>What the list holds, by relation, short enough for the narrow pane beside the body: "2 copies · based on 1 · used by 3".</summary>
    public string Summary()
    {
        if (related.Count == 0) return "none: no copies, no sources, nothing derived from it";
        var copies = CountOf(Relation.Copy);
        var parts = new List<string> { copies == 0 ? "no copies" : Counted.Of(copies, "copy", "copies") };
        if (CountOf(Relation.Source) is > 0 and var sources) parts.Add($"based on {sources.ToString(CultureInfo.InvariantCulture)}");
        if (CountOf(Relation.Derived) is > 0 and var derived) parts.Add($"used by {derived.ToString(CultureInfo.InvariantCulture)}");
        return string.Join(" · ", parts);
    }

    public int ItemHeight => 2;

    public bool IsSelectable(int item) => true;

    public RelatedArticle this[int item] => related[item];

    public IReadOnlyList<StyledLine> Render(int item, int width)
    {
        var entry = related[item];
        var first = new LineBuilder(width)
            .Add(entry.Share.ToString("P0", CultureInfo.InvariantCulture).Replace(" ", "", StringComparison.Ordinal).PadLeft(4), Ink.Chosen)
            .Add(" ", Ink.Plain);
        if (Label(entry.Relation) is { } label) first.Add(label, Ink.Faint);
        HitLayout.AddSource(first, entry.Article);
        if (HitLayout.ShortDate(entry.Article.Date) is { } date) first.Add(" · ", Ink.Faint).Add(date, Ink.Meta);
        if (entry.ShownInResults) first.Add(" · shown in results", Ink.Faint);
        var second = new LineBuilder(width).Add("     ", Ink.Plain).Add(ArticlePage.Clip(entry.Article.Title), Ink.Plain);
        return [first.Build(), second.Build()];
    }

    private static string? Label(Relation relation) => relation switch
    {
        Relation.Source => "based on ",
        Relation.Derived => "used by ",
        _ => null,
    };
}
