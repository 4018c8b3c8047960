using SearchEngine.Indexing.Sources;
using SearchEngine.Indexing.Writing;

namespace SearchEngine.Tests.Writing;

public class IndexedArticleTableTests
{
    private static readonly string WireHash = SourceText.Hash("wire story");
    private static readonly ClusterPlacement Alone = new(7, true, 7, "", 0);

    private static IndexedArticleTable TableOf(params (string Id, string Hash, string File)[] articles)
    {
        var table = new IndexedArticleTable(articles.Length);
        foreach (var (id, hash, file) in articles)
            table.Add(id, hash, file, Alone);
        return table;
    }

    [Fact]
    public void An_article_with_the_same_content_hash_is_recognised_as_unchanged()
    {
        var table = TableOf(("a", WireHash, "feed.jsonl"));
        Assert.True(table.TryFind("a", out var ordinal));
        Assert.True(table.HasContentHash(ordinal, SourceText.Hash("wire story")));
    }

    [Fact]
    public void An_article_with_another_content_hash_is_recognised_as_changed()
    {
        var table = TableOf(("a", WireHash, "feed.jsonl"));
        table.TryFind("a", out var ordinal);
        Assert.False(table.HasContentHash(ordinal, SourceText.Hash("wire story, corrected")));
    }

    [Fact]
    public void A_stored_hash_that_is_not_32_hex_digits_never_matches_so_its_article_is_written_again()
    {
        var table = TableOf(("a", "not-a-hash", "feed.jsonl"));
        table.TryFind("a", out var ordinal);
        Assert.False(table.HasContentHash(ordinal, "not-a-hash"));
    }

    [Fact]
    public void Each_article_keeps_its_own_source_file_and_placement()
    {
        var table = new IndexedArticleTable(3);
        table.Add("a", WireHash, "one.jsonl", new ClusterPlacement(1, true, 1, "", 0));
        table.Add("b", WireHash, "two.jsonl", new ClusterPlacement(1, false, 1, "", 0));
        table.Add("c", WireHash, "one.jsonl", new ClusterPlacement(3, true, 3, "", 0));
        Assert.Equal(["one.jsonl", "two.jsonl", "one.jsonl"], table.Ids.Select(id => { table.TryFind(id, out var o); return table.SourceFile(o); }));
        Assert.Equal(new ClusterPlacement(1, false, 1, "", 0), table.Placement("b"));
    }

    [Fact]
    public void A_repeated_id_replaces_the_earlier_article_rather_than_adding_one()
    {
        var table = new IndexedArticleTable(2);
        table.Add("a", WireHash, "old.jsonl", Alone);
        table.Add("a", WireHash, "new.jsonl", Alone);
        Assert.Equal(1, table.Count);
        table.TryFind("a", out var ordinal);
        Assert.Equal("new.jsonl", table.SourceFile(ordinal));
    }

    [Fact]
    public void An_id_the_index_does_not_hold_is_not_found()
    {
        var table = TableOf(("a", WireHash, "feed.jsonl"));
        Assert.False(table.TryFind("b", out _));
        Assert.Throws<KeyNotFoundException>(() => table.Placement("b"));
    }
}
