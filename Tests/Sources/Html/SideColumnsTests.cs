using SearchEngine.Indexing.Sources.Html;

namespace SearchEngine.Tests.Sources.Html;

/// <summary>The cells a table layout sets beside the story's cell inside the element chosen as the article.</summary>
public class SideColumnsTests
{
    private const string StoryCell = """
        <td><b>Troops arrive in Kursk</b>
        <p>Around 12,000 North Korean soldiers are set to arrive in the Kursk region within weeks, officials said.</p>
        <br>The deployment, the largest of its kind, was confirmed by intelligence services in Seoul, which said the troops had trained in the east of Russia since early October and would be ready within days.
        <p>Ukraine's president warned that the arrival marked a new stage of the war.</p>
        <br>Analysts said the move gave Moscow fresh manpower at a time when its own recruitment had slowed.
        <br>Pyongyang stood to gain money, fuel and military technology from the deal, they added.</td>
        """;

    private static string Pruned(string inner) => ChosenElement.Pruned(inner);

    [Fact]
    public void Promotions_told_in_prose_in_a_column_beside_the_story_s_cell_are_not_article_text()
    {
        var text = Pruned($"""
            <table><tr>{StoryCell}
            <td><table>
              <tr><td><b>Win Tickets</b><br>Enter here for your chance to win two tickets to the opening night of the city's winter festival.</td></tr>
              <tr><td><b>News On The Go</b><br>Take our news with you on your phone or tablet by visiting the text-only version of this site from any browser, where every story of the day is set out in plain words and loads in seconds.</td></tr>
            </table></td></tr></table>
            """);
        Assert.Contains("Around 12,000 North Korean soldiers", text);
        Assert.Contains("fresh manpower", text);
        Assert.DoesNotContain("Win Tickets", text);
        Assert.DoesNotContain("opening night", text);
        Assert.DoesNotContain("text-only version", text);
    }

    [Fact]
    public void A_cell_beside_the_story_s_holding_as_much_prose_stays()
    {
        var text = Pruned($"""
            <table><tr>{StoryCell}
            <td>Officials in Kyiv said the first units had already been seen near the border, though they gave no figure for how many there were.
            <br>The Kremlin declined to comment on the reports, saying only that its cooperation with Pyongyang broke no law.
            <br>Seoul said it would summon the Russian ambassador over the deployment, the second time it has done so this year.</td></tr></table>
            """);
        Assert.Contains("fresh manpower", text);
        Assert.Contains("first units had already been seen", text);
    }

    [Fact]
    public void A_table_inside_a_story_told_outside_it_keeps_every_cell()
    {
        var text = Pruned($"""
            <p>Around 12,000 North Korean soldiers are set to arrive in the Kursk region within weeks, according to officials who briefed reporters on Friday about the deployment and what it means for the front.</p>
            <p>The deployment, the largest of its kind, was confirmed by intelligence services in Seoul, which said the troops had trained in the east of Russia since early October and would be ready within days.</p>
            <p>Ukraine's president warned that the arrival of the soldiers marked a new stage of the war, and asked the country's allies for longer-range weapons in response to what he called an open escalation.</p>
            <p>Analysts said the move gave Moscow fresh manpower at a time when its own recruitment had slowed, while Pyongyang stood to gain money, fuel and military technology from the deal.</p>
            <table><tr><td>What did the intelligence services in Seoul tell parliament about the troops on Friday?</td>
            <td>Seoul said the troops had trained in the east of Russia since early October, that they would be ready within days, and that more could follow in the spring if the first units were deployed at the front as planned. It gave no figure for how many might follow, saying only that the numbers would depend on how the first units fared, on what Moscow asked for and on what Pyongyang was paid, and that its own intelligence services would report to parliament on each of these before the end of the coming year.</td></tr></table>
            """);
        Assert.Contains("What did the intelligence services in Seoul tell parliament", text);
        Assert.Contains("more could follow in the spring", text);
    }
}
