using AngleSharp.Html.Parser;
using SearchEngine.Indexing.Sources.Html;

namespace SearchEngine.Tests.Sources.Html;

public class HeadlineAboveStoryTests
{
    private const string Story = "The ferry that left Heraklion on Monday night sank two miles off Crete, and all 40 passengers were taken off by boats.";

    private static string? Instead(string title, string body, string origin = "<title>", string text = Story) =>
        HeadlineAboveStory.Instead(new Stated(title, origin), HeadlineAboveStory.Lines(new HtmlParser().ParseDocument("<html><body>" + body + "</body></html>")), text)?.Value;

    [Fact]
    public void A_title_naming_the_site_yields_to_the_bold_line_just_above_the_story() =>
        Assert.Equal("Ferry sinks off Crete", Instead("Evening Wrap Online", "<td><b>Ferry sinks off Crete</b></td><td><p>" + Story + "</p></td>"));

    [Fact]
    public void A_date_and_a_byline_between_the_headline_and_the_story_are_passed_over() =>
        Assert.Equal("Ferry sinks off Crete", Instead("Evening Wrap Online",
            "<font size=4><b>Ferry sinks off Crete</b></font><br>14:05, March 3, 2024<br>By Jane Doe<p>" + Story + "</p>"));

    [Fact]
    public void A_page_tool_label_above_the_story_is_passed_over() =>
        Assert.Equal("Ferry sinks off Crete", Instead("Evening Wrap Online", "<b>Ferry sinks off Crete</b><div>Email this story</div><p>" + Story + "</p>"));

    [Fact]
    public void A_line_whose_words_the_story_does_not_take_up_is_no_headline() =>
        Assert.Equal("Evening Wrap Online", Instead("Evening Wrap Online", "<b>Weather for the weekend ahead</b><p>" + Story + "</p>"));

    [Fact]
    public void A_short_opening_paragraph_vouches_for_the_line_above_as_much_as_the_long_ones_after_it()
    {
        const string rest = "All 40 passengers were taken off by fishing boats from Heraklion before dawn on Monday, the coastguard said.";
        const string opening = "A ferry sank off Crete overnight.";
        var body = "<b>Ferry sinks off Crete</b><p>" + opening + "</p><p>" + rest + "</p>";
        Assert.Equal("Ferry sinks off Crete", Instead("Evening Wrap Online", body, text: opening + "\n" + rest));
    }

    [Fact]
    public void A_line_above_the_story_sharing_no_word_with_it_replaces_a_guessed_title_part_that_shares_none_either() =>
        Assert.Equal("Rovers striker eyes return", Instead("Fixtures, results and transfer news",
            "<b>Rovers striker eyes return</b><br>12:05<p>" + Story + "</p>", "<title>" + HeadlineFinder.WithoutSite));

    [Fact]
    public void A_line_sharing_no_word_with_the_story_does_not_replace_a_guessed_title_part_the_story_takes_up() =>
        Assert.Equal("Crete ferry news", Instead("Crete ferry news",
            "<b>Rovers striker eyes return</b><br>12:05<p>" + Story + "</p>", "<title>" + HeadlineFinder.WithoutSite));

    [Fact]
    public void A_line_holding_codes_run_together_is_no_headline() =>
        Assert.Equal("Evening Wrap Online", Instead("Evening Wrap Online", "<span>20240303T1405Zwire.example.com:20240303:ferry.crete Ferry sinks off Crete</span><p>" + Story + "</p>"));

    [Fact]
    public void A_title_printed_above_the_story_stays_though_a_caption_is_nearer() =>
        Assert.Equal("Ferry sinks off Crete", Instead("Ferry sinks off Crete",
            "<h1>Ferry sinks off Crete</h1><img src=a.jpg><div>Passengers on the quay at Heraklion</div><p>" + Story + "</p>"));

    [Fact]
    public void A_title_that_opens_the_story_s_first_long_line_stays() =>
        Assert.Equal("Ferry sinks off Crete", Instead("Ferry sinks off Crete", "<b>Evening Wrap Online reports from Crete</b><p>Ferry sinks off Crete " + Story + "</p>",
            text: "Ferry sinks off Crete " + Story));

    [Fact]
    public void Links_above_the_story_are_passed_over_however_many() =>
        Assert.Equal("Ferry sinks off Crete", Instead("Evening Wrap Online",
            "<b>Ferry sinks off Crete</b>" + string.Concat(Enumerable.Range(1, 8).Select(i => $"<div><a href=/{i}>Crete teaser number {i}</a></div>")) + "<p>" + Story + "</p>"));

    [Fact]
    public void A_site_name_of_two_words_printed_above_the_story_gives_way() =>
        Assert.Equal("Ferry sinks off Crete", Instead("Evening Wrap", "<div>Evening Wrap</div><b>Ferry sinks off Crete</b><p>" + Story + "</p>"));

    [Fact]
    public void A_page_tool_label_printed_above_the_story_keeps_no_place_as_the_title() =>
        Assert.Equal("Ferry sinks off Crete", Instead("Print this page", "<h1>Print this page</h1><b>Ferry sinks off Crete</b><p>" + Story + "</p>", HeadlineFinder.InPlaceOfSiteTitle));

    [Fact]
    public void The_heading_of_a_page_that_states_no_title_stays() =>
        Assert.Equal("Crete news today", Instead("Crete news today", "<b>Ferry sinks off Crete</b><p>" + Story + "</p>", "headline block (no stated title)"));

    [Fact]
    public void A_headline_the_page_states_for_its_article_stays() =>
        Assert.Equal("Ferry sinks near Heraklion", Instead("Ferry sinks near Heraklion", "<b>Ferry sinks off Crete</b><p>" + Story + "</p>", "meta og:title"));

    [Theory]
    [InlineData("Print this page")]
    [InlineData("Close WindowE-mail This Page")]
    [InlineData("Submit a story")]
    [InlineData("Talkback - Add your opinion")]
    public void Words_of_a_page_s_tools_alone_are_a_tool_label(string line) => Assert.True(HeadlineAboveStory.IsToolLabel(line));

    [Theory]
    [InlineData("Share prices fall")]
    [InlineData("Close race in Iowa")]
    public void A_tool_verb_that_opens_a_headline_makes_no_tool_label(string line) => Assert.False(HeadlineAboveStory.IsToolLabel(line));
}
