using SearchEngine.Indexing.Dedup;

namespace SearchEngine.Tests.Dedup;

public class WordDiffTests
{
    private static string[] Render(string a, string b, IReadOnlyList<DiffSpan> spans) => spans.Select(s => s.Operation switch
    {
        DiffOperation.Kept => "=" + a[s.StartA..s.EndA],
        DiffOperation.Deleted => "-" + a[s.StartA..s.EndA],
        _ => "+" + b[s.StartB..s.EndB],
    }).ToArray();

    private static string[] Diff(string a, string b) => Render(a, b, WordDiff.Compute(a, b));

    [Fact]
    public void Identical_texts_are_one_kept_span()
    {
        Assert.Equal(["=The ferry hit a boat."], Diff("The ferry hit a boat.", "The ferry hit a boat."));
    }

    [Fact]
    public void An_added_word_is_an_insertion_between_kept_spans()
    {
        Assert.Equal(["=The ferry hit a", "+moored", "=fishing boat."], Diff("The ferry hit a fishing boat.", "The ferry hit a moored fishing boat."));
    }

    [Fact]
    public void A_changed_word_is_a_deletion_followed_by_an_insertion()
    {
        Assert.Equal(["=The", "-harbour", "+harbor", "=master spoke."], Diff("The harbour master spoke.", "The harbor master spoke."));
    }

    [Fact]
    public void A_trimmed_ending_is_one_deletion()
    {
        Assert.Equal(["=It sank.", "-Nobody was hurt."], Diff("It sank. Nobody was hurt.", "It sank."));
    }

    [Fact]
    public void Offsets_point_into_each_text_and_ignore_changes_in_spacing()
    {
        const string a = "one  two three";
        const string b = "zero one two\nthree";
        var spans = WordDiff.Compute(a, b);
        Assert.Equal([
            new DiffSpan(DiffOperation.Inserted, 0, 0, 0, 4),
            new DiffSpan(DiffOperation.Kept, 0, 14, 5, 18),
        ], spans);
    }

    [Fact]
    public void Against_an_empty_text_everything_is_inserted()
    {
        Assert.Equal(["+A new story."], Diff("", "A new story."));
        Assert.Empty(WordDiff.Compute(" ", ""));
    }

    [Fact]
    public void The_diff_keeps_as_many_words_as_the_longest_common_subsequence()
    {
        var random = new Random(17);
        for (var round = 0; round < 300; round++)
        {
            var a = RandomWords(random, random.Next(0, 25));
            var b = RandomWords(random, random.Next(0, 25));
            var kept = WordDiff.Compute(string.Join(' ', a), string.Join(' ', b))
                .Where(s => s.Operation == DiffOperation.Kept)
                .Sum(s => string.Join(' ', a).Substring(s.StartA, s.EndA - s.StartA).Split(' ').Length);
            Assert.Equal(LongestCommonSubsequence(a, b), kept);
        }
    }

    [Fact]
    public void Kept_and_deleted_words_rebuild_the_first_text_and_kept_and_inserted_ones_the_second()
    {
        var a = string.Join(' ', Enumerable.Range(0, 20_000).Select(i => "w" + i % 997));
        var b = Stories.EditEvery(Stories.EditEvery(a, 37, 5, "new"), 101, 50, "other").Replace(" w3 ", " ");
        var spans = WordDiff.Compute(a, b);
        Assert.Equal(Words(a), spans.Where(s => s.Operation != DiffOperation.Inserted).SelectMany(s => Words(a[s.StartA..s.EndA])));
        Assert.Equal(Words(b), spans.Where(s => s.Operation != DiffOperation.Deleted).SelectMany(s => Words(b[s.StartB..s.EndB])));
    }

    [Fact]
    public void Texts_that_differ_more_than_the_edit_budget_are_still_fully_accounted_for()
    {
        var random = new Random(3);
        var a = string.Join(' ', RandomWords(random, 3000));
        var b = string.Join(' ', RandomWords(random, 3000));
        var spans = WordDiff.Compute(a, b, maxEdits: 10);
        Assert.Equal(Words(a), spans.Where(s => s.Operation != DiffOperation.Inserted).SelectMany(s => Words(a[s.StartA..s.EndA])));
        Assert.Equal(Words(b), spans.Where(s => s.Operation != DiffOperation.Deleted).SelectMany(s => Words(b[s.StartB..s.EndB])));
    }

    private static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static string[] RandomWords(Random random, int count) =>
        Enumerable.Range(0, count).Select(_ => ((char)('a' + random.Next(4))).ToString()).ToArray();

    private static int LongestCommonSubsequence(string[] a, string[] b)
    {
        var table = new int[a.Length + 1, b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
                table[i, j] = a[i - 1] == b[j - 1] ? table[i - 1, j - 1] + 1 : Math.Max(table[i - 1, j], table[i, j - 1]);
        return table[a.Length, b.Length];
    }
}
