using SearchEngine.Indexing.Sources.Html;

namespace SearchEngine.Tests.Sources.Html;

/// <summary>What <see cref="ContentPruner"/> takes out of the element chosen as the article by its markup.</summary>
public class ContentPrunerTests
{
    private const string Story = """
        <p>Around 12,000 North Korean soldiers are set to arrive in the Kursk region within weeks, according to officials who briefed reporters on Friday about the deployment and what it means for the front.</p>
        <p>The deployment, the largest of its kind, was confirmed by intelligence services in Seoul, which said the troops had trained in the east of Russia since early October and would be ready within days.</p>
        <p>Ukraine's president warned that the arrival of the soldiers marked a new stage of the war, and asked the country's allies for longer-range weapons in response to what he called an open escalation.</p>
        """;

    private static string Pruned(string inner) => ChosenElement.Pruned(inner);

    [Fact]
    public void A_sidebar_beside_the_story_is_not_article_text_though_it_holds_prose()
    {
        var text = Pruned($"""
            <div class="sidebar-content">{Story}</div>
            <div class="sidebar"><h3>Republish this story</h3>
              <p>You are welcome to republish our stories for free, online or in print, as long as you credit the writer and the paper, link back to the page and leave the text as it stands.</p>
              <p>Pictures are another matter: some come from agencies that do not allow them to be reused, so check the credit under each one and ask us first when in doubt about any of them.</p>
            </div>
            """);
        Assert.Contains("open escalation", text);
        Assert.DoesNotContain("republish our stories", text);
        Assert.DoesNotContain("agencies that do not allow", text);
    }
}
