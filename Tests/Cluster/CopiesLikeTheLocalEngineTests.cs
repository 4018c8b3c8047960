using SearchEngine.Indexing.Cluster;
using SearchEngine.Indexing.Dedup;
using SearchEngine.Tests.Dedup;

namespace SearchEngine.Tests.Cluster;

/// <summary>The stored-copy finder, fed a collection in batches, against the local clusterer over the whole collection.</summary>
public class CopiesLikeTheLocalEngineTests
{
    /// <summary>
    /// A wire story with exact, near, trimmed and late copies, a chain of edits over three days, a story written
    /// independently from the same event, and unrelated stories; days 1 to 20.
    /// </summary>
    private static readonly DedupDocument[] Collection =
    [
        Stories.Document("wire", Stories.Wire, day: 1),
        Stories.Document("exact", Stories.Wire, day: 1),
        Stories.Document("near", Stories.EditEvery(Stories.Wire, 15, 3, "paper"), day: 2),
        Stories.Document("trimmed", Stories.WireParagraphsOf(0, 1, 2), day: 3),
        Stories.Document("independent", Stories.IndependentReport, day: 2),
        Stories.Document("near-too-late", Stories.EditEvery(Stories.Wire, 15, 3, "weekly"), day: 9),
        Stories.Document("exact-much-later", Stories.Wire, day: 20),
        Stories.Document("chain-start", Stories.OtherStories[3], day: 5),
        Stories.Document("chain-middle", Stories.EditEvery(Stories.OtherStories[3], 12, 0, "first"), day: 6),
        Stories.Document("chain-end", Stories.EditEvery(Stories.EditEvery(Stories.OtherStories[3], 12, 0, "first"), 12, 6, "second"), day: 7),
        .. Stories.OtherStories.Take(3).Select((text, i) => Stories.Document($"other{i}", text, day: 2 + i)),
        Stories.Document("other0-again", Stories.OtherStories[0] + " The council will meet again next month.", day: 4),
    ];

    private static string[][] Groups(IEnumerable<(string Id, long Cluster)> placements) =>
        [.. placements.GroupBy(p => p.Cluster)
            .Select(g => g.Select(p => p.Id).Order(StringComparer.Ordinal).ToArray())
            .Where(g => g.Length > 1)
            .OrderBy(g => g[0], StringComparer.Ordinal)];

    private static async Task<MemoryCopyCandidates> StoreInBatches(IEnumerable<DedupDocument> articles, int batchSize)
    {
        var stored = new MemoryCopyCandidates(DedupSettings.Default);
        var finder = new StoredCopyFinder(stored, DedupSettings.Default);
        foreach (var batch in articles.Chunk(batchSize))
        {
            var finding = await finder.FindAsync(batch);
            foreach (var (article, placement) in batch.Zip(finding.Placements)) stored.Add(article, placement);
            stored.Move(finding.Moves);
        }
        return stored;
    }

    private static string[][] LocalGroups() =>
        Groups(new DuplicateClusterer(DedupSettings.Default).Cluster(Collection).Placements().Select(p => (p.Id, ClusterKey.Of(p.Representative))));

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(20)]
    public async Task Articles_stored_in_batches_by_date_form_the_local_engines_clusters(int batchSize)
    {
        var stored = await StoreInBatches(Collection.OrderBy(a => a.Published), batchSize);
        Assert.Equal(LocalGroups(), Groups(stored.Placements().Select(p => (p.Id, p.Cluster))));
    }

    [Fact]
    public async Task Articles_stored_latest_first_form_the_local_engines_clusters_under_the_same_representatives()
    {
        var stored = await StoreInBatches(Collection.OrderByDescending(a => a.Published), batchSize: 2);
        var local = new DuplicateClusterer(DedupSettings.Default).Cluster(Collection).Placements()
            .Select(p => (p.Id, ClusterKey.Of(p.Representative)));
        Assert.Equal(local.Order(), stored.Placements().Select(p => (p.Id, p.Cluster)).Order());
    }

    [Fact]
    public void The_collection_holds_copies_of_every_kind()
    {
        var kinds = new DuplicateClusterer(DedupSettings.Default).Cluster(Collection).Links.Select(l => l.Kind).ToHashSet();
        Assert.Superset(new HashSet<LinkKind> { LinkKind.ExactCopy, LinkKind.NearDuplicate, LinkKind.TrimmedCopy }, kinds);
    }
}
