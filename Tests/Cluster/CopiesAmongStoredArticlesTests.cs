using SearchEngine.Indexing.Cluster;
using SearchEngine.Indexing.Dedup;
using SearchEngine.Tests.Dedup;

namespace SearchEngine.Tests.Cluster;

/// <summary>New articles placed among stored ones through the stored-copy finder, with the stored articles in memory.</summary>
public class CopiesAmongStoredArticlesTests
{
    private readonly MemoryCopyCandidates _stored = new(DedupSettings.Default);
    private readonly StoredCopyFinder _finder;

    public CopiesAmongStoredArticlesTests() => _finder = new StoredCopyFinder(_stored, DedupSettings.Default);

    /// <summary>What an ingest does with a batch: place it, write it, move the stored clusters.</summary>
    private async Task<(CopyFinding Finding, IReadOnlyList<CopyPlacement> Moved)> Ingest(params DedupDocument[] batch)
    {
        var finding = await _finder.FindAsync(batch);
        foreach (var (article, placement) in batch.Zip(finding.Placements)) _stored.Add(article, placement);
        return (finding, _stored.Move(finding.Moves));
    }

    private static CopyPlacement Placed(CopyFinding finding, string id) => finding.Placements.Single(p => p.Id == id);

    [Fact]
    public async Task An_exact_copy_joins_the_stored_articles_cluster()
    {
        await Ingest(Stories.Document("wire", Stories.Wire));
        var (finding, moved) = await Ingest(Stories.Document("copy", Stories.Wire.ToUpperInvariant(), day: 2));
        Assert.Equal(new CopyPlacement("copy", ClusterKey.Of("wire"), false), Placed(finding, "copy"));
        Assert.Equal(LinkKind.ExactCopy, Assert.Single(finding.Links).Kind);
        Assert.Empty(moved);
    }

    [Fact]
    public async Task An_exact_copy_joins_its_original_however_long_after()
    {
        await Ingest(Stories.Document("wire", Stories.Wire));
        var (finding, _) = await Ingest(Stories.Document("resent", Stories.Wire, day: 28));
        Assert.Equal(ClusterKey.Of("wire"), Placed(finding, "resent").Cluster);
    }

    [Fact]
    public async Task A_near_copy_is_found_through_a_shared_band_key()
    {
        await Ingest(Stories.Document("wire", Stories.Wire));
        var edited = Stories.Document("edited", Stories.EditEvery(Stories.Wire, 12, 0, "changed"), day: 2);
        var lookup = Assert.Single(_finder.Lookups([edited]));
        var (finding, _) = await Ingest(edited);
        Assert.Equal(new CopyPlacement("edited", ClusterKey.Of("wire"), false), Placed(finding, "edited"));
        Assert.Equal(LinkKind.NearDuplicate, Assert.Single(finding.Links).Kind);
        var storedKeys = DuplicateKeys.For(Stories.Fingerprint(Stories.Wire), DedupSettings.Default);
        Assert.Contains(lookup.InWindow, storedKeys.Contains);
        Assert.DoesNotContain(lookup.AnyTime, storedKeys.Contains);
    }

    [Fact]
    public async Task A_near_copy_published_outside_the_copy_window_is_not_a_copy()
    {
        await Ingest(Stories.Document("wire", Stories.Wire));
        var (finding, _) = await Ingest(Stories.Document("late", Stories.EditEvery(Stories.Wire, 12, 0, "changed"), day: 10));
        Assert.Equal(new CopyPlacement("late", ClusterKey.Of("late"), true), Placed(finding, "late"));
        Assert.Equal(0, finding.Candidates);
    }

    [Fact]
    public async Task A_new_article_published_before_the_stored_copies_represents_them_and_they_move()
    {
        await Ingest(Stories.Document("wire", Stories.Wire, day: 3), Stories.Document("copy", Stories.Wire, day: 4));
        var (finding, moved) = await Ingest(Stories.Document("earliest", Stories.EditEvery(Stories.Wire, 12, 0, "changed"), day: 2));
        Assert.Equal(new CopyPlacement("earliest", ClusterKey.Of("earliest"), true), Placed(finding, "earliest"));
        Assert.Equal([new ClusterMove(ClusterKey.Of("wire"), ClusterKey.Of("earliest"))], finding.Moves);
        Assert.Equal(
            [new CopyPlacement("copy", ClusterKey.Of("earliest"), false), new CopyPlacement("wire", ClusterKey.Of("earliest"), false)],
            moved.OrderBy(p => p.Id, StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_new_article_resembling_two_stored_clusters_joins_them_under_the_earliest_representative()
    {
        // Each step edits other words: neighbours resemble each other, the two ends too little to be copies.
        var start = Stories.Wire;
        var middle = Stories.EditEvery(start, 12, 0, "first");
        var end = Stories.EditEvery(middle, 12, 6, "second");
        await Ingest(Stories.Document("start", start, day: 1));
        var (apart, _) = await Ingest(Stories.Document("end", end, day: 3));
        Assert.True(Placed(apart, "end").IsRepresentative, "the chain's ends are no copies of each other");

        var (finding, moved) = await Ingest(Stories.Document("middle", middle, day: 2));
        Assert.Equal(new CopyPlacement("middle", ClusterKey.Of("start"), false), Placed(finding, "middle"));
        Assert.Equal([new ClusterMove(ClusterKey.Of("end"), ClusterKey.Of("start"))], finding.Moves);
        Assert.Equal([new CopyPlacement("end", ClusterKey.Of("start"), false)], moved);
    }

    [Fact]
    public async Task Copies_within_one_batch_join_each_other()
    {
        var (finding, _) = await Ingest(
            Stories.Document("wire", Stories.Wire, day: 2),
            Stories.Document("trimmed", Stories.WireParagraphsOf(0, 1), day: 2),
            Stories.Document("other", Stories.OtherStories[0], day: 2));
        Assert.Equal(ClusterKey.Of("wire"), Placed(finding, "trimmed").Cluster);
        Assert.Equal(LinkKind.TrimmedCopy, Assert.Single(finding.Links).Kind);
        Assert.Equal(new CopyPlacement("other", ClusterKey.Of("other"), true), Placed(finding, "other"));
    }

    [Fact]
    public async Task An_article_whose_cluster_representative_was_not_fetched_is_placed_under_that_representative()
    {
        // Long after the window, the exact copy finds the trimmed copy by its exact key, and the cluster's representative by the cluster.
        await Ingest(Stories.Document("wire", Stories.Wire, day: 1), Stories.Document("first-half", Stories.WireParagraphsOf(0, 1), day: 1));
        var (finding, _) = await Ingest(Stories.Document("half-again", Stories.WireParagraphsOf(0, 1), day: 20));
        Assert.Equal(1, finding.Candidates);
        Assert.Equal(ClusterKey.Of("wire"), Placed(finding, "half-again").Cluster);
    }

    [Fact]
    public async Task An_article_twice_in_one_batch_is_refused_by_name()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            _finder.FindAsync([Stories.Document("twice", Stories.Wire), Stories.Document("twice", Stories.OtherStories[1])]));
        Assert.Contains("'twice'", error.Message);
    }
}
