using SearchEngine.Indexing.Dedup;

namespace SearchEngine.Tests.Dedup;

/// <summary>The two relations: copies are clustered (and collapsed by a search); derived stories are linked to their sources.</summary>
public class LineageTests
{
    private static readonly DuplicateClusterer Clusterer = new(DedupSettings.Default);

    /// <summary>A paper's story from two wire paragraphs and its own reporting.</summary>
    private static readonly string Rewrite = Stories.WireParagraphsOf(0, 2) + "\n\n" + Stories.IndependentReport;

    /// <summary>What a witness said at the hearing, which every reporter there wrote down.</summary>
    private const string Testimony =
        "\"I saw the ferry come out of the fog at a terrible speed and there was nothing any of us could do to get clear of it " +
        "before it hit the bow of our boat,\"";

    [Fact]
    public void A_trimmed_copy_is_clustered_with_the_wire_story_and_a_derived_story_is_linked_to_it_but_kept_apart()
    {
        var result = Clusterer.Cluster([
            Stories.Document("wire", Stories.Wire),
            Stories.Document("copy", Stories.WireParagraphsOf(0, 1, 2), day: 2),
            Stories.Document("rewrite", Rewrite, day: 2)]);
        Assert.Equal(["wire", "copy"], result.ClusterOf("copy").Members);
        Assert.True(result.ClusterOf("rewrite").IsSingleton);
        var source = Assert.Single(result.SourcesOf("rewrite"));
        Assert.Equal("wire", source.Source);
        Assert.InRange(source.Share, DedupSettings.Default.ContainmentThreshold, DedupSettings.Default.CopyContainment);
    }

    [Fact]
    public void Two_papers_written_from_one_wire_story_are_each_linked_to_it_and_not_to_each_other()
    {
        var second = Stories.WireParagraphsOf(0, 2) + "\n\n" + Stories.OtherStories[3];
        var result = Clusterer.Cluster([
            Stories.Document("wire", Stories.Wire),
            Stories.Document("first paper", Rewrite, day: 2),
            Stories.Document("second paper", second, day: 3)]);
        Assert.Equal("wire", Assert.Single(result.SourcesOf("first paper")).Source);
        Assert.Equal("wire", Assert.Single(result.SourcesOf("second paper")).Source);
    }

    [Fact]
    public void Papers_published_at_the_same_moment_are_not_derived_from_each_other()
    {
        var longer = Rewrite + "\n\n" + Stories.OtherStories[1];
        var result = Clusterer.Cluster([Stories.Document("longer", longer, day: 2), Stories.Document("shorter", Rewrite, day: 2)]);
        Assert.DoesNotContain(result.Links, l => !l.IsCopy);
    }

    [Fact]
    public void A_story_sharing_only_quotations_with_the_wire_copy_is_not_linked_to_it()
    {
        var wire = Stories.WireParagraphsOf(0, 1) + "\n\n" + Testimony + " the fisherman told the magistrates.";
        var ownReport = Stories.OtherStories[0] + "\n\n" + Testimony + " he said, his voice breaking.";
        var result = Clusterer.Cluster([Stories.Document("wire", wire), Stories.Document("paper", ownReport, day: 2)]);
        Assert.Empty(result.Links);
    }

    [Fact]
    public void Quotations_shared_beside_copied_narrative_count_as_copied()
    {
        var wire = Stories.WireParagraphsOf(0, 1) + "\n\n" + Testimony + " the fisherman told the magistrates.";
        var rewrite = Stories.WireParagraphs[1] + "\n\n" + Testimony + " he said.\n\n" + Stories.OtherStories[0] + " " + Stories.OtherStories[2];
        var result = Clusterer.Cluster([Stories.Document("wire", wire), Stories.Document("paper", rewrite, day: 2)]);
        Assert.Equal("wire", Assert.Single(result.SourcesOf("paper")).Source);
    }

    [Fact]
    public void A_brief_written_from_the_wire_story_is_linked_to_it_but_too_short_to_be_collapsed_as_a_copy()
    {
        const string brief = "The master of the Island Queen had been working a fourteen-hour shift, magistrates heard yesterday.";
        var result = Clusterer.Cluster([Stories.Document("wire", Stories.Wire), Stories.Document("brief", brief, day: 2)]);
        Assert.True(result.ClusterOf("brief").IsSingleton);
        Assert.Equal("wire", Assert.Single(result.SourcesOf("brief")).Source);
    }

    [Fact]
    public void A_short_text_sharing_a_handful_of_word_pairs_with_an_earlier_one_is_not_derived_from_it()
    {
        const string notice = "Lifeboat volunteers moored in Dunmore harbour last spring raised money for a new engine.";
        var result = Clusterer.Cluster([Stories.Document("wire", Stories.Wire), Stories.Document("notice", notice, day: 2)]);
        Assert.Empty(result.Links);
    }

    /// <summary>What a fisherman told a paper's reporter, which the wire story does not have.</summary>
    private const string OwnWords = "We were lucky to get off that boat alive, and nobody has ever said sorry to either of us";

    /// <summary>A paper's report with two paragraphs of the wire story, about a third of its text, and its own reporting.</summary>
    private static string PaperReport(string ownWords) =>
        Stories.WireParagraphsOf(0, 1) + "\n\n" + Stories.IndependentReport + "\n\n" + ownWords + ", one of the fishermen said last night.";

    private static DedupResult WireAndPaper(string paper, string paperOutlet = "Mirror") => Clusterer.Cluster([
        Stories.Document("wire", Stories.Wire, outlet: "PA"),
        Stories.Document("paper", paper, day: 2, outlet: paperOutlet)]);

    [Fact]
    public void A_paper_sharing_a_third_of_its_text_with_the_wire_story_is_derived_from_it()
    {
        var source = Assert.Single(WireAndPaper(PaperReport(OwnWords)).SourcesOf("paper"));
        Assert.Equal("wire", source.Source);
        Assert.InRange(source.Share, DedupSettings.Default.ContainmentThreshold, DedupSettings.Default.OwnQuotationContainment);
    }

    [Fact]
    public void The_same_paper_quoting_words_the_wire_story_lacks_had_a_source_of_its_own_and_is_not_derived_from_it()
    {
        Assert.Empty(WireAndPaper(PaperReport($"\"{OwnWords}\"")).SourcesOf("paper"));
    }

    [Fact]
    public void A_quotation_a_paper_edited_from_the_wire_story_is_not_its_own()
    {
        var edited = "\"The master had been working a fourteen-hour shift and switched off the collision alarm,\" magistrates heard.";
        Assert.Equal("wire", Assert.Single(WireAndPaper(PaperReport(OwnWords) + "\n\n" + edited).SourcesOf("paper")).Source);
    }

    [Fact]
    public void A_paper_holding_most_of_the_wire_story_is_derived_from_it_whatever_it_quotes()
    {
        var paper = Stories.WireParagraphsOf(0, 1, 2) + "\n\n" + Stories.IndependentReport + "\n\n\"" + OwnWords + ",\" one of the fishermen said last night.";
        var source = Assert.Single(WireAndPaper(paper).SourcesOf("paper"));
        Assert.Equal("wire", source.Source);
        Assert.InRange(source.Share, DedupSettings.Default.OwnQuotationContainment, DedupSettings.Default.CopyContainment);
    }

    [Fact]
    public void An_outlets_later_version_adding_a_quotation_is_still_derived_from_its_first()
    {
        Assert.Equal("wire", Assert.Single(WireAndPaper(PaperReport($"\"{OwnWords}\""), paperOutlet: "PA").SourcesOf("paper")).Source);
    }

    [Fact]
    public void Removing_the_source_unlinks_the_story_and_adding_it_back_links_it_again()
    {
        var wire = Stories.Document("wire", Stories.Wire);
        var paper = Stories.Document("paper", Rewrite, day: 2);
        var withoutSource = Clusterer.Recluster([wire, paper], [], ["wire"]);
        Assert.Empty(withoutSource.SourcesOf("paper"));
        var withSource = Clusterer.Recluster([paper], [wire], []);
        Assert.Equal("wire", Assert.Single(withSource.SourcesOf("paper")).Source);
    }
}
