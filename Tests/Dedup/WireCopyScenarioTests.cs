using SearchEngine.Indexing.Dedup;

namespace SearchEngine.Tests.Dedup;

/// <summary>The scenario: one agency story republished with small edits, and a rival's own report of the same event.</summary>
public class WireCopyScenarioTests
{
    [Fact]
    public void Copies_with_edits_form_one_cluster_and_an_independent_report_stays_apart()
    {
        var original = Stories.WireHeadline + "\n\n" + Stories.Wire;
        var newHeadlineTrimmedEnd = "Ferry firm pays for Dunmore crash\n\n" + Stories.WireParagraphsOf(0, 1, 2, 3);
        var spellingAndByline = "By Sam Okafor, Coast Correspondent\n\n" + Stories.WireHeadline + "\n\n" +
            Stories.Wire.Replace("harbour", "harbor").Replace("Harbourmaster", "Harbormaster").Replace("retrained", "re-trained");
        var independent = "Ferry company to pay up after harbour smash\n\n" + Stories.IndependentReport;

        var result = new DuplicateClusterer(DedupSettings.Default).Cluster([
            Stories.Document("agency", original, day: 5),
            Stories.Document("daily-post", newHeadlineTrimmedEnd, day: 6),
            Stories.Document("coast-news", spellingAndByline, day: 6),
            Stories.Document("rival", independent, day: 6)]);

        Assert.Equal(["agency", "coast-news", "daily-post"], result.ClusterOf("agency").Members);
        Assert.True(result.ClusterOf("rival").IsSingleton);
    }
}
