using SearchEngine.Indexing.Dedup;

namespace SearchEngine.Tests.Dedup;

public class ReclusterTests
{
    private static readonly DedupSettings NearDuplicatesOnly = DedupSettings.Default with { ContainmentThreshold = 1 };
    private static readonly DuplicateClusterer Clusterer = new(NearDuplicatesOnly);

    private static DedupDocument Doc(string id, string text) => Stories.Document(id, text, settings: NearDuplicatesOnly);

    private static readonly DedupDocument Start = Doc("a", Stories.Wire);
    private static readonly DedupDocument Middle = Doc("b", Stories.EditEvery(Stories.Wire, 12, 0, "first"));
    private static readonly DedupDocument End = Doc("c", Stories.EditEvery(Stories.EditEvery(Stories.Wire, 12, 0, "first"), 12, 6, "second"));
    private static readonly DedupDocument Other = Doc("d", Stories.IndependentReport);

    private static bool Together(DedupResult result, string a, string b) => result.ClusterOf(a) == result.ClusterOf(b);

    [Fact]
    public void An_added_copy_joins_the_cluster_of_its_original()
    {
        var result = Clusterer.Recluster([Start, Other], [Middle], []);
        Assert.True(Together(result, "a", "b"));
        Assert.False(Together(result, "a", "d"));
    }

    [Fact]
    public void A_copy_changed_into_another_story_leaves_the_cluster()
    {
        var result = Clusterer.Recluster([Start, Middle], [Doc("b", Stories.OtherStories[2])], []);
        Assert.False(Together(result, "a", "b"));
    }

    [Fact]
    public void A_text_changed_into_a_copy_joins_the_cluster()
    {
        var result = Clusterer.Recluster([Start, Other], [Doc("d", Stories.Wire)], []);
        Assert.True(Together(result, "a", "d"));
    }

    [Fact]
    public void Removing_the_link_of_a_chain_splits_its_cluster()
    {
        Assert.True(Together(Clusterer.Cluster([Start, Middle, End]), "a", "c"));
        var result = Clusterer.Recluster([Start, Middle, End], [], ["b"]);
        Assert.False(Together(result, "a", "c"));
        Assert.Throws<KeyNotFoundException>(() => result.ClusterOf("b"));
    }

    [Fact]
    public void Removing_the_representative_hands_the_cluster_to_the_next_copy()
    {
        var result = Clusterer.Recluster([Start, Doc("copy", Stories.Wire)], [], ["a"]);
        Assert.Equal("copy", result.ClusterOf("copy").Representative);
    }
}
