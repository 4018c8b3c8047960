using SearchEngine.Indexing.Extraction;
using SearchEngine.Querying.Search;

namespace SearchEngine.Querying.Tui.Models;

/// <summary>
/// What a copy, a source or a derived story has that the article being read has not, and the reverse (from
/// <see cref="ISearchSession.Diff"/>), read from the earlier text to the later, as an editor changed it: from a source to
/// the story derived from it, from the earlier of two copies (the article first when neither is earlier). Kept words
/// are plain, words only in the earlier as <c>[-deleted-]</c> and words only in the later as <c>{+inserted+}</c>, so the
/// diff reads without colour too. Changes are numbered, so n and N step between them as between matches.
/// </summary>
public sealed class DiffPage
{
    public const string DeletedOpen = "[-";
    public const string DeletedClose = "-]";
    public const string InsertedOpen = "{+";
    public const string InsertedClose = "+}";

    private readonly string _deleted;
    private readonly string _inserted;

    private DiffPage(ArticleDiff diff, string deleted, string inserted)
    {
        Diff = diff;
        (_deleted, _inserted) = (deleted, inserted);
        Body = new TextScroller(new RichText(Segments(diff.Pieces)));
    }

    public ArticleDiff Diff { get; }

    public TextScroller Body { get; }

    /// <summary>Null when either article is gone from the index.</summary>
    public static DiffPage? Open(ISearchSession searcher, string articleId, string otherId, Relation relation = Relation.Copy)
    {
        var (article, other) = ("this article", "the " + Other(relation));
        if (relation == Relation.Source) return searcher.Diff(otherId, articleId) is { } fromSource ? new DiffPage(fromSource, other, article) : null;
        if (searcher.Diff(articleId, otherId) is not { } diff) return null;
        if (relation == Relation.Copy && IsEarlier(diff.Second, diff.First) && searcher.Diff(otherId, articleId) is { } fromEarlier)
            return new DiffPage(fromEarlier, other, article);
        return new DiffPage(diff, article, other);
    }

    public IReadOnlyList<StyledLine> Header(int width) =>
    [
        new LineBuilder(width).Add("Changes from ", Ink.Faint).Add(Describe(Diff.First), Ink.Meta)
            .Add(" to ", Ink.Faint).Add(Describe(Diff.Second), Ink.Meta).Build(),
        new LineBuilder(width).Add(DeletedOpen + "only in " + _deleted + DeletedClose, Ink.Deleted).Add("  ", Ink.Plain)
            .Add(InsertedOpen + "only in " + _inserted + InsertedClose, Ink.Inserted).Build(),
    ];

    /// <summary>Published at an earlier moment (offsets taken into account); an undated article is earlier than none.</summary>
    private static bool IsEarlier(SearchHit one, SearchHit other) =>
        PublicationDate.Parse(one.Date) is { } date && PublicationDate.Parse(other.Date) is { } otherDate && date.Instant < otherDate.Instant;

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
