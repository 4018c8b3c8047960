using SearchEngine.Indexing.Dedup;

namespace SearchEngine.Tests.Dedup;

public class PartialCopyTests
{
    private static readonly DuplicateClusterer Clusterer = new(DedupSettings.Default);

    /// <summary>A fixed text with blanks filled per report, the way agencies file bond issues or earnings.</summary>
    private static string FilledTemplate(int i) =>
        $"Issuer number{i} of city{i} is issuing a {100 + i} mln dlr eurobond due in year{i} paying a coupon of rate{i} percent " +
        $"and priced at price{i} the lead manager said. The selling concession is conc{i} points while management and " +
        $"underwriting combined pay fee{i}. The bonds will be listed in place{i} and sold in denominations of size{i} dlrs.";

    [Fact]
    public void A_rewrite_keeping_a_third_of_its_sources_phrasing_is_derived_from_it_and_not_clustered()
    {
        var rewrite = Stories.WireParagraphsOf(0, 2) + "\n\n" + Stories.IndependentReport;
        var result = Clusterer.Cluster([Stories.Document("wire", Stories.Wire), Stories.Document("rewrite", rewrite, day: 2)]);
        var link = Assert.Single(result.Links);
        Assert.Equal(LinkKind.DerivedFrom, link.Kind);
        Assert.InRange(link.Similarity.Containment, DedupSettings.Default.ContainmentThreshold, 0.6);
        Assert.True(result.ClusterOf("rewrite").IsSingleton);
    }

    [Fact]
    public void A_trimmed_copy_is_clustered_with_its_source_and_its_containment_is_its_share_found_there()
    {
        var result = Clusterer.Cluster([Stories.Document("wire", Stories.Wire), Stories.Document("first half", Stories.WireParagraphsOf(0, 1), day: 2)]);
        var link = Assert.Single(result.Links);
        Assert.Equal((LinkKind.TrimmedCopy, 1.0), (link.Kind, link.Similarity.Containment));
        Assert.Equal(["wire", "first half"], result.ClusterOf("first half").Members);
    }

    [Fact]
    public void Reports_filling_in_one_template_on_the_same_days_stay_apart()
    {
        var reports = Enumerable.Range(0, 24).Select(i => Stories.Document($"report{i}", FilledTemplate(i), day: 1 + i % 3));
        Assert.All(Clusterer.Cluster(reports).Clusters, c => Assert.True(c.IsSingleton));
    }

    [Fact]
    public void A_rewrite_published_after_the_copy_window_stays_apart()
    {
        var rewrite = Stories.WireParagraphsOf(0, 2) + "\n\n" + Stories.IndependentReport;
        var late = 1 + (int)DedupSettings.Default.CopyWindowDays + 1;
        var result = Clusterer.Cluster([Stories.Document("wire", Stories.Wire), Stories.Document("rewrite", rewrite, day: late)]);
        Assert.Empty(result.Links);
    }

    [Fact]
    public void An_undated_rewrite_is_not_matched_with_dated_texts()
    {
        var rewrite = Stories.WireParagraphsOf(0, 2) + "\n\n" + Stories.IndependentReport;
        var undated = Stories.Document("rewrite", rewrite) with { Published = null };
        Assert.Empty(Clusterer.Cluster([Stories.Document("wire", Stories.Wire), undated]).Links);
    }

    [Fact]
    public void Undated_rewrites_are_not_derived_from_each_other_as_no_date_says_which_came_first()
    {
        var rewrite = Stories.WireParagraphsOf(0, 2) + "\n\n" + Stories.IndependentReport;
        var result = Clusterer.Cluster([
            Stories.Document("wire", Stories.Wire) with { Published = null },
            Stories.Document("rewrite", rewrite) with { Published = null }]);
        Assert.Empty(result.Links);
    }

    [Fact]
    public void An_undated_trimmed_copy_is_still_matched_among_the_undated()
    {
        var result = Clusterer.Cluster([
            Stories.Document("wire", Stories.Wire) with { Published = null },
            Stories.Document("first half", Stories.WireParagraphsOf(0, 1)) with { Published = null }]);
        Assert.Equal(LinkKind.TrimmedCopy, Assert.Single(result.Links).Kind);
    }

    [Fact]
    public void Phrasing_that_many_texts_outside_the_copy_window_also_hold_is_no_evidence_of_copying()
    {
        var settings = DedupSettings.Default with { CommonGramTexts = 4 };
        var rewrite = Stories.WireParagraphsOf(0, 2) + "\n\n" + Stories.IndependentReport;
        var laterReusingTheParagraphs = Enumerable.Range(0, 5).Select(k =>
            Stories.Document($"later{k}", Stories.WireParagraphsOf(0, 2) + "\n\n" + Stories.OtherStories[k], day: 12 + 3 * k, settings));
        var result = new DuplicateClusterer(settings).Cluster(
            [Stories.Document("wire", Stories.Wire, settings: settings), Stories.Document("rewrite", rewrite, day: 2, settings), .. laterReusingTheParagraphs]);
        Assert.Empty(result.SourcesOf("rewrite"));
    }

    [Fact]
    public void A_rewrite_of_a_story_syndicated_many_times_is_still_derived_from_it()
    {
        var rewrite = Stories.WireParagraphsOf(0, 2) + "\n\n" + Stories.IndependentReport;
        var syndicated = Enumerable.Range(0, 2 * DedupSettings.Default.CommonGramTexts).Select(k => Stories.Document($"outlet{k}", Stories.Wire, day: 1 + k % 2));
        var result = Clusterer.Cluster([Stories.Document("wire", Stories.Wire), .. syndicated, Stories.Document("rewrite", rewrite, day: 3)]);
        Assert.Contains(Assert.Single(result.SourcesOf("rewrite")).Source, result.ClusterOf("wire").Members);
    }

    private static DedupDocument[] TwoTakesAndAStory(string firstTakeOutlet, string secondTakeOutlet, string? storyOutlet) =>
    [
        Stories.Document("first take", Stories.FirstTake, outlet: firstTakeOutlet),
        Stories.Document("second take", Stories.SecondTake, outlet: secondTakeOutlet),
        Stories.Document("story", Stories.WrittenFromTakes, day: 2, outlet: storyOutlet),
    ];

    [Fact]
    public void A_story_written_from_two_takes_of_another_outlet_is_derived_from_each_the_one_holding_most_first()
    {
        var result = Clusterer.Cluster(TwoTakesAndAStory("PA", "PA", "The Sun"));
        var sources = result.SourcesOf("story");
        Assert.Equal(["second take", "first take"], sources.Select(s => s.Source));
        Assert.All(sources, s => Assert.InRange(s.Share, DedupSettings.Default.TakeShare, DedupSettings.Default.ContainmentThreshold));
        Assert.InRange(sources.Sum(s => s.Share), DedupSettings.Default.TakesContainment, 0.5);
    }

    [Fact]
    public void Takes_do_not_count_together_when_the_story_has_no_known_outlet()
    {
        Assert.Empty(Clusterer.Cluster(TwoTakesAndAStory("PA", "PA", storyOutlet: null)).Links);
    }

    [Fact]
    public void Texts_of_the_storys_own_outlet_do_not_count_together_as_takes()
    {
        Assert.Empty(Clusterer.Cluster(TwoTakesAndAStory("PA", "PA", "PA")).Links);
    }

    [Fact]
    public void Texts_of_two_different_outlets_do_not_count_together_as_takes()
    {
        Assert.Empty(Clusterer.Cluster(TwoTakesAndAStory("PA", "Reuters", "The Sun")).Links);
    }
}
