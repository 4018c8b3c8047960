using SearchEngine.Indexing.Dedup;

namespace SearchEngine.Tests.Dedup;

public class DuplicateClustererTests
{
    private static readonly DuplicateClusterer Clusterer = new(DedupSettings.Default);

    /// <summary>Partial copies off, so only exact copies and near-duplicates can join texts.</summary>
    private static readonly DedupSettings NearDuplicatesOnly = DedupSettings.Default with { ContainmentThreshold = 1 };

    // Each step edits a different set of words: neighbours resemble each other, the ends of the chain much less.
    private static readonly string ChainStart = Stories.Wire;
    private static readonly string ChainMiddle = Stories.EditEvery(ChainStart, 12, 0, "first");
    private static readonly string ChainEnd = Stories.EditEvery(ChainMiddle, 12, 6, "second");

    private static string[] Sorted(IEnumerable<string> ids) => ids.Order(StringComparer.Ordinal).ToArray();

    private static string[][] CopyGroups(DedupResult result) =>
        result.Clusters.Where(c => !c.IsSingleton).Select(c => Sorted(c.Members)).OrderBy(c => c[0], StringComparer.Ordinal).ToArray();

    [Fact]
    public void Exact_copies_are_one_cluster()
    {
        var result = Clusterer.Cluster([Stories.Document("a", Stories.Wire), Stories.Document("b", Stories.Wire.ToUpperInvariant())]);
        Assert.Equal([["a", "b"]], CopyGroups(result));
        Assert.Equal(LinkKind.ExactCopy, Assert.Single(result.Links).Kind);
    }

    [Fact]
    public void Near_duplicate_links_chain_into_one_cluster()
    {
        var clusterer = new DuplicateClusterer(NearDuplicatesOnly);
        var result = clusterer.Cluster([
            Stories.Document("a", ChainStart, settings: NearDuplicatesOnly),
            Stories.Document("b", ChainMiddle, day: 2, settings: NearDuplicatesOnly),
            Stories.Document("c", ChainEnd, day: 3, settings: NearDuplicatesOnly)]);
        Assert.Equal([["a", "b", "c"]], CopyGroups(result));
        Assert.Equal([("a", "b"), ("b", "c")], result.Links.Select(l => (l.Source, l.Copy)).Order());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Near_duplicates_are_linked_whatever_the_rows_per_band(int rows)
    {
        var settings = NearDuplicatesOnly with { HashCount = 96, BandRows = rows };
        var result = new DuplicateClusterer(settings).Cluster([
            Stories.Document("a", ChainStart, settings: settings),
            Stories.Document("b", ChainMiddle, day: 2, settings: settings),
            Stories.Document("other", Stories.OtherStories[0], day: 2, settings: settings)]);
        Assert.Equal(("a", "b", LinkKind.NearDuplicate), result.Links.Select(l => (l.Source, l.Copy, l.Kind)).Single());
    }

    [Fact]
    public void A_copy_trimmed_to_its_first_half_joins_its_original()
    {
        var result = Clusterer.Cluster([Stories.Document("full", Stories.Wire), Stories.Document("trimmed", Stories.WireParagraphsOf(0, 1), day: 2)]);
        Assert.Equal([["full", "trimmed"]], CopyGroups(result));
    }

    [Fact]
    public void Different_stories_stay_apart()
    {
        var docs = Stories.OtherStories.Select((text, i) => Stories.Document($"other{i}", text)).Append(Stories.Document("wire", Stories.Wire));
        Assert.All(Clusterer.Cluster(docs).Clusters, c => Assert.True(c.IsSingleton));
    }

    [Fact]
    public void The_earliest_copy_represents_the_cluster()
    {
        var result = Clusterer.Cluster([
            Stories.Document("later", Stories.Wire, day: 3),
            Stories.Document("earliest", Stories.WireParagraphsOf(0, 1, 2, 3), day: 2)]);
        Assert.Equal("earliest", result.ClusterOf("later").Representative);
    }

    [Fact]
    public void Among_copies_of_the_same_day_the_longest_represents_the_cluster()
    {
        var result = Clusterer.Cluster([
            Stories.Document("short", Stories.WireParagraphsOf(0, 1, 2, 3)),
            Stories.Document("complete", Stories.Wire)]);
        Assert.Equal("complete", result.ClusterOf("short").Representative);
    }

    [Fact]
    public void Between_equal_copies_the_smaller_id_represents_the_cluster()
    {
        var result = Clusterer.Cluster([Stories.Document("b", Stories.Wire), Stories.Document("a", Stories.Wire)]);
        Assert.Equal(["a", "b"], result.ClusterOf("b").Members);
    }

    [Fact]
    public void An_undated_copy_does_not_represent_a_dated_one()
    {
        var undated = Stories.Document("undated", Stories.Wire) with { Published = null };
        var result = Clusterer.Cluster([undated, Stories.Document("dated", Stories.WireParagraphsOf(0, 1, 2, 3), day: 9)]);
        Assert.Equal("dated", result.ClusterOf("undated").Representative);
    }

    [Fact]
    public void An_article_quoting_two_stories_is_derived_from_one_of_them_and_clustered_with_neither()
    {
        var otherStory = Stories.OtherStories[1] + " " + Stories.OtherStories[3] + " " + Stories.OtherStories[5];
        var roundup = Stories.WireParagraphsOf(0, 1, 2) + "\n\n" + Stories.OtherStories[1] + " " + Stories.OtherStories[3];
        var result = Clusterer.Cluster([
            Stories.Document("wire", Stories.Wire),
            Stories.Document("other", otherStory),
            Stories.Document("roundup", roundup, day: 2)]);
        Assert.NotEqual(result.ClusterOf("wire"), result.ClusterOf("other"));
        var link = Assert.Single(result.Links);
        Assert.Equal(LinkKind.DerivedFrom, link.Kind);
        Assert.True(result.ClusterOf("roundup").IsSingleton);
    }

    [Fact]
    public void A_near_duplicate_of_an_earlier_text_is_not_attached_to_another_story_it_quotes()
    {
        var otherStory = Stories.OtherStories[0] + " " + Stories.OtherStories[2] + " " + Stories.OtherStories[4];
        var rewrite = Stories.EditEvery(Stories.Wire, 30, 3, "edited") + "\n\n" + Stories.OtherStories[0];
        var result = Clusterer.Cluster([
            Stories.Document("wire", Stories.Wire),
            Stories.Document("other", otherStory),
            Stories.Document("rewrite", rewrite, day: 2)]);
        Assert.Equal("wire", result.ClusterOf("rewrite").Representative);
        Assert.NotEqual(result.ClusterOf("wire"), result.ClusterOf("other"));
        Assert.Empty(result.SourcesOf("rewrite"));
    }

    [Fact]
    public void Many_copies_of_one_story_are_compared_a_few_times_each_not_with_every_other_copy()
    {
        var copies = Enumerable.Range(0, 60).Select(i => Stories.Document($"copy{i:d2}", Stories.EditEvery(Stories.Wire, 40, i % 40, $"v{i}"))).ToList();
        var result = Clusterer.Cluster(copies);
        Assert.Equal(60, Assert.Single(result.Clusters).Members.Count);
        Assert.True(result.ComparedPairs < 60 * 4, $"{result.ComparedPairs} pairs compared for 60 copies (all pairs: {60 * 59 / 2})");
    }

    [Fact]
    public void Copies_of_two_stories_that_share_a_paragraph_are_compared_a_few_times_each_not_with_every_copy_of_the_other()
    {
        // One sentence: a fifth of each text, well below a partial copy's share.
        var shared = Stories.OtherStories[1].Split(". ")[0] + ".";
        var other = Stories.OtherStories[0] + " " + Stories.OtherStories[2] + " " + Stories.OtherStories[4];
        // A day apart, so in every bucket the shared paragraph fills, the two stories' copies alternate.
        var copies = Enumerable.Range(0, 20).SelectMany(i => new[]
        {
            Stories.Document($"wire{i:d2}", Stories.EditEvery(Stories.Wire, 40, i % 40, $"v{i}") + "\n\n" + shared, day: i + 1),
            Stories.Document($"other{i:d2}", Stories.EditEvery(other, 40, i % 40, $"w{i}") + "\n\n" + shared, day: i + 1),
        }).ToList();
        var result = Clusterer.Cluster(copies);
        Assert.Equal(2, result.Clusters.Count);
        Assert.True(result.ComparedPairs < 40 * 4, $"{result.ComparedPairs} pairs compared for 2 × 20 copies (all pairs: {40 * 39 / 2})");
    }

    [Fact]
    public void A_partial_copy_published_long_after_its_source_stays_apart()
    {
        var result = Clusterer.Cluster([
            Stories.Document("wire", Stories.Wire, day: 1),
            Stories.Document("recycled", Stories.WireParagraphsOf(0, 1) + "\n\n" + Stories.OtherStories[0], day: 20)]);
        Assert.All(result.Clusters, c => Assert.True(c.IsSingleton));
    }

    [Fact]
    public void A_near_duplicate_published_weeks_later_stays_apart()
    {
        var result = Clusterer.Cluster([
            Stories.Document("wire", Stories.Wire, day: 1),
            Stories.Document("rerun", Stories.EditEvery(Stories.Wire, 25, 10, "changed"), day: 25)]);
        Assert.All(result.Clusters, c => Assert.True(c.IsSingleton));
    }

    [Fact]
    public void An_exact_copy_joins_its_original_whatever_its_date()
    {
        var result = Clusterer.Cluster([Stories.Document("wire", Stories.Wire, day: 1), Stories.Document("rerun", Stories.Wire, day: 25)]);
        Assert.Equal("wire", result.ClusterOf("rerun").Representative);
    }

    [Fact]
    public void A_text_too_short_to_judge_joins_only_an_exact_copy()
    {
        const string adjourned = "The hearing was adjourned until tomorrow.";
        var result = Clusterer.Cluster([
            Stories.Document("a", adjourned),
            Stories.Document("b", adjourned + " <"),
            Stories.Document("c", "The hearing was adjourned until Monday.")]);
        Assert.Equal([["a", "b"]], CopyGroups(result));
    }

    [Fact]
    public void The_clusters_do_not_depend_on_the_order_documents_arrive_in()
    {
        var docs = new[]
        {
            Stories.Document("a", ChainStart), Stories.Document("b", ChainMiddle, day: 2), Stories.Document("c", ChainEnd, day: 2),
            Stories.Document("d", Stories.IndependentReport), Stories.Document("e", Stories.OtherStories[0]),
        };
        var forward = Clusterer.Cluster(docs);
        var backward = Clusterer.Cluster(docs.Reverse());
        Assert.Equal(forward.Clusters.Select(c => c.Members), backward.Clusters.Select(c => c.Members));
    }

    [Fact]
    public void The_same_id_twice_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Clusterer.Cluster([Stories.Document("a", Stories.Wire), Stories.Document("a", Stories.IndependentReport)]));
    }
}
