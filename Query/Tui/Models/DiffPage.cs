using SearchEngine.Querying.Search;

namespace SearchEngine.Querying.Tui.Models;

/// <summary>
/// What a copy, a source or a derived story has that the article being read has not, and the reverse (from
/// <see cref="ISearchSession.Diff"/>): kept words plain, words only in the article as <c>[-deleted-]</c> and words only in
/// the other as <c>{+inserted+}</c>, so the diff reads
/// without colour too. Changes are numbered, so n and N step between them as between matches.
/// </summary>
public sealed class DiffPage
{
    public const string DeletedOpen = "[-";
    public const string DeletedClose = "-]";
    public const string InsertedOpen = "{+";
    public const string InsertedClose = "+}";

    private readonly Relation _relation;

    private DiffPage(ArticleDiff diff, Relation relation)
    {
        Diff = diff;
        _relation = relation;
        Body = new TextScroller(new RichText(Segments(diff.Pieces)));
    }

    public ArticleDiff Diff { get; }

    public TextScroller Body { get; }

    /// <summary>Null when either article is gone from the index.</summary>
    public static DiffPage? Open(ISearchSession searcher, string articleId, string otherId, Relation relation = Relation.Copy) =>
        searcher.Diff(articleId, otherId) is { } diff ? new DiffPage(diff, relation) : null;

    public IReadOnlyList<StyledLine> Header(int width) =>
    [
        new LineBuilder(width).Add("Changes from ", Ink.Faint).Add(Describe(Diff.First), Ink.Meta)
            .Add(" to ", Ink.Faint).Add(Describe(Diff.Second), Ink.Meta).Build(),
        new LineBuilder(width).Add(DeletedOpen + "only in this article" + DeletedClose, Ink.Deleted).Add("  ", Ink.Plain)
            .Add(InsertedOpen + "only in the " + Other(_relation) + InsertedClose, Ink.Inserted).Build(),
    ];

    private static string Other(Relation relation) => relation switch
    {
        Relation.Source => "source",
        Relation.Derived => "story derived from it",
        _ => "copy",
    };

    public string Position() => ArticlePage.Describe(Body, "change", "no changes: the texts are the same");

    private static string Describe(SearchHit hit) =>
        (hit.Outlet is { Length: > 0 } outlet ? outlet : HitLayout.FileName(hit.Path)) + (HitLayout.ShortDate(hit.Date) is { } date ? $", {date}" : "");

    private static IEnumerable<Segment> Segments(IReadOnlyList<DiffPiece> pieces)
    {
        var change = 0;
        DiffKind? previous = null;
        foreach (var piece in pieces)
        {
            // A deletion followed by an insertion is one replacement: one stop for n and N.
            var number = piece.Kind == DiffKind.Kept ? -1 : previous == DiffKind.Deleted && piece.Kind == DiffKind.Inserted ? change - 1 : change++;
            yield return piece.Kind switch
            {
                DiffKind.Deleted => new Segment($" {DeletedOpen}{piece.Text.Trim()}{DeletedClose} ", Ink.Deleted, number),
                DiffKind.Inserted => new Segment($" {InsertedOpen}{piece.Text.Trim()}{InsertedClose} ", Ink.Inserted, number),
                _ => new Segment(piece.Text, Ink.Plain),
            };
            previous = piece.Kind;
        }
    }
}
