using SearchEngine.Indexing.Dedup;
using SearchEngine.Querying.Cli.Rendering;
using SearchEngine.Querying.Search;

namespace SearchEngine.Tests.Search;

/// <summary>A diff read through keeps its words apart at the edges of every change, in every output.</summary>
public sealed class DiffPiecesTests
{
    private static IReadOnlyList<DiffPiece> Diff(string first, string second) => DiffPieces.Of(first, second, WordDiff.Compute(first, second));

    private static string Plain(string first, string second)
    {
        var hit = new SearchHit { Id = "a", Title = "T", Path = "a.txt" };
        var text = CopiesRenderer.DiffText(new ArticleDiff(hit, hit, Diff(first, second)), colour: false);
        return text.Split('\n')[2];
    }

    [Fact]
    public void A_deletion_is_set_off_by_spaces_from_the_words_around_it() =>
        Assert.Equal("after MPs [-have angrily-] criticised the plan", Plain("after MPs have angrily criticised the plan", "after MPs criticised the plan"));

    [Fact]
    public void An_insertion_is_set_off_by_the_spaces_the_second_text_has() =>
        Assert.Equal("the {+new+} plan", Plain("the plan", "the new plan"));

    [Fact]
    public void A_replacement_shows_the_deleted_then_the_inserted_words_apart() =>
        Assert.Equal("troops arrived on [-Monday-] {+Tuesday+} in Kursk", Plain("troops arrived on Monday in Kursk", "troops arrived on Tuesday in Kursk"));

    [Fact]
    public void A_change_at_the_start_or_end_has_no_stray_space_outside_the_text() =>
        Assert.Equal("{+Update:+} ships sail [-today-]", Plain("ships sail today", "Update: ships sail"));

    [Fact]
    public void A_paragraph_break_between_kept_words_is_kept() =>
        Assert.Equal([new DiffPiece(DiffKind.Kept, "One.\n\nTwo "), new DiffPiece(DiffKind.Inserted, "more")], Diff("One.\n\nTwo", "One.\n\nTwo more"));

    [Fact]
    public void The_kept_and_inserted_pieces_give_the_second_texts_words_and_the_kept_and_deleted_the_firsts()
    {
        const string first = "The ferry firm must pay for the harbour crash";
        const string second = "Ferry firm pays  for the\nharbour crash, court rules";

        var pieces = Diff(first, second);

        Assert.Equal(Words(second), Words(string.Concat(pieces.Where(p => p.Kind != DiffKind.Deleted).Select(p => p.Text))));
        Assert.Equal(Words(first), Words(string.Concat(pieces.Where(p => p.Kind != DiffKind.Inserted).Select(p => p.Text))));
    }

    private static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
