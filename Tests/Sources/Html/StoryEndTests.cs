using SearchEngine.Indexing.Sources.Html;

namespace SearchEngine.Tests.Sources.Html;

/// <summary>What follows the box holding the story's paragraphs inside the element chosen as the article.</summary>
public class StoryEndTests
{
    private const string Story = """
        <div class="text">
        <p>Around 12,000 North Korean soldiers are set to arrive in the Kursk region within weeks, according to officials who briefed reporters on Friday about the deployment and what it means for the front.</p>
        <p>The deployment, the largest of its kind, was confirmed by intelligence services in Seoul, which said the troops had trained in the east of Russia since early October and would be ready within days.</p>
        <p>Ukraine's president warned that the arrival of the soldiers marked a new stage of the war, and asked the country's allies for longer-range weapons in response to what he called an open escalation.</p>
        </div>
        """;

    private static string Pruned(string inner) => ChosenElement.Pruned(inner);

    [Fact]
    public void From_the_first_line_after_the_story_s_paragraphs_that_is_no_sentence_the_rest_is_furniture()
    {
        var text = Pruned($"""
            {Story}
            <div><b>Win Tickets</b><br>Enter here for your chance to win tickets to the opening night of the season.</div>
            <div><b>Thanks for your comments</b><p>I think the council should have acted sooner on this.</p></div>
            """);
        Assert.Contains("Around 12,000 North Korean soldiers", text);
        Assert.DoesNotContain("Win Tickets", text);
        Assert.DoesNotContain("opening night", text);
        Assert.DoesNotContain("acted sooner", text);
    }

    [Fact]
    public void Sentences_right_after_the_story_s_paragraphs_are_still_the_story()
    {
        var text = Pruned($"""
            {Story}
            <p class="note">Reporters in Seoul contributed to this story.</p>
            <h4>More from the region</h4>
            """);
        Assert.Contains("Reporters in Seoul contributed to this story.", text);
        Assert.DoesNotContain("More from the region", text);
    }

    [Fact]
    public void A_copyright_line_after_the_story_is_left_for_the_line_rules_to_read_the_outlet_from()
    {
        var text = Pruned($"""
            {Story}
            <h4>Most read</h4>
            <p>Copyright 2024 Daily Wrap. All rights reserved.</p>
            """);
        Assert.DoesNotContain("Most read", text);
        Assert.Contains("Copyright 2024 Daily Wrap", text);
    }

    [Fact]
    public void A_table_that_a_sentence_ending_in_a_colon_announces_is_part_of_the_story()
    {
        var text = Pruned($"""
            {Story}
            <p>The division's strength over the years stands as follows:</p>
            <table><tr><th>Year</th><th>Troops</th></tr><tr><td>2022</td><td>8,000</td></tr><tr><td>2023</td><td>10,500</td></tr></table>
            <p>Officials expect the figure to keep rising.</p>
            <h4>Most read</h4>
            """);
        Assert.Contains("10,500", text);
        Assert.Contains("keep rising", text);
        Assert.DoesNotContain("Most read", text);
    }

    [Fact]
    public void A_story_told_in_lines_broken_by_line_breaks_ends_where_its_prose_lines_end()
    {
        var text = Pruned("""
            <div><font>Around 12,000 North Korean soldiers are set to arrive in the Kursk region within weeks, according to officials who briefed reporters on Friday about the deployment and what it means for the front.
            <br><br>The deployment, the largest of its kind, was confirmed by intelligence services in Seoul, which said the troops had trained in the east of Russia since early October and would be ready within days.
            <br><br>No date was given for the arrival.</font>
            <br><b>Win Tickets</b><br>Enter here for your chance to win tickets to the opening night.</div>
            """);
        Assert.Contains("No date was given for the arrival.", text);
        Assert.DoesNotContain("Win Tickets", text);
        Assert.DoesNotContain("opening night", text);
    }

    [Fact]
    public void Where_no_box_holds_nearly_all_the_story_s_paragraphs_nothing_is_cut()
    {
        var text = Pruned("""
            <div><p>Around 12,000 North Korean soldiers are set to arrive in the Kursk region within weeks, according to officials who briefed reporters on Friday about the deployment and what it means for the front.</p></div>
            <h4>Analysis</h4>
            <div><p>Analysts said the move gave Moscow fresh manpower at a time when its own recruitment had slowed, while Pyongyang stood to gain money, fuel and military technology from the deal it struck.</p></div>
            """);
        Assert.Contains("Analysis", text);
        Assert.Contains("fresh manpower", text);
    }

    [Fact]
    public void Teasers_cut_off_by_an_ellipsis_and_a_read_more_prompt_are_no_paragraphs_of_the_story()
    {
        var text = Pruned($"""
            {Story}
            <h4>Featured jobs</h4>
            <div class="board">
            <p>Systems Manager, North Town. You will be working as part of a team responsible for running the council's finance system, a challenging role where you will have the opportunity to ... more &gt;</p>
            <p>Network Specialist, South Town. The role holder will be expected to lead a project to plan the procurement and the phased roll-out of telephony over the internet across the site, as well as ... Read more</p>
            </div>
            """);
        Assert.Contains("open escalation", text);
        Assert.DoesNotContain("Featured jobs", text);
        Assert.DoesNotContain("finance system", text);
    }

    [Fact]
    public void Teasers_that_open_with_a_linked_headline_on_a_line_of_its_own_are_no_paragraphs_of_the_story()
    {
        var text = Pruned($"""
            {Story}
            <p><b>White papers</b></p>
            <div class="promos">
            <p><a href="/papers/1">Seven Reasons to Back Up to Disk</a><br>For decades, tape has been the backup medium of choice for firms of every size. But now backing up from disk to disk is gaining favour with the people who run them. Learn why in this paper.</p>
            <p><a href="/papers/2">Legal Reasons to Control Internet Access</a><br>The internet is a valuable resource for many organisations, but many are exposed to legal liability because they fail to control how their staff use it at work. Learn if you are safe.</p>
            </div>
            """);
        Assert.Contains("open escalation", text);
        Assert.DoesNotContain("White papers", text);
        Assert.DoesNotContain("backup medium", text);
    }
}
