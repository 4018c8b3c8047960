using SearchEngine.Indexing.Cleaning;
using SearchEngine.Indexing.Cleaning.Rules;

namespace SearchEngine.Tests.Cleaning;

public class WidgetRuleTests
{
    [Theory]
    [InlineData("pdfshareprint")]
    [InlineData("Exit mobile version")]
    [InlineData("Share this article")]
    [InlineData("1 MIN READ")]
    [InlineData("Have your say")]
    [InlineData("Post a comment")]
    public void Page_control_is_a_widget(string line) =>
        Assert.Equal(LineKind.Widget, Lines.KindBy(new WidgetRule(), line));

    [Fact]
    public void Tags_label_and_its_tags_are_widgets() =>
        Assert.Equal(
            [LineKind.Body, LineKind.Widget, LineKind.Widget, LineKind.Body],
            Lines.KindsBy(new WidgetRule(), "The last paragraph of the story.", "Tags", "TTT", "A closing line that is long enough to be prose."));

    [Fact]
    public void Lone_counters_after_furniture_are_widgets() =>
        Assert.Equal(
            [LineKind.Body, LineKind.Disclaimer, LineKind.Widget, LineKind.Widget],
            Lines.Kinds(new PageCleaner([new DisclaimerRule(), new WidgetRule()]), "The story.", "[Generative AI is experimental.]", "0", "0"));

    [Fact]
    public void Lone_number_among_the_article_lines_is_body() =>
        Assert.Equal(
            [LineKind.Body, LineKind.Body, LineKind.Body],
            Lines.KindsBy(new WidgetRule(), "Attendance:", "9,796", "31"));

    [Fact]
    public void Sentence_ending_in_share_is_body() =>
        Assert.Equal(LineKind.Body, Lines.KindBy(new WidgetRule(), "share."));

    [Fact]
    public void A_paywall_prompt_and_the_offer_under_it_are_widgets() =>
        Assert.Equal(
            [LineKind.Body, LineKind.Widget, LineKind.Widget, LineKind.Widget],
            Lines.KindsBy(new WidgetRule(), "Here are three tools I have used to shrink that down to a couple of hours...",
                "Become a paid subscriber to unlock this piece and learn about:", "Why your next plan should start with a voice memo",
                "What is included in a subscription?"));

    [Fact]
    public void A_log_in_prompt_with_the_story_going_on_after_it_is_body() =>
        Assert.Equal(
            [LineKind.Body, LineKind.Body],
            Lines.KindsBy(new WidgetRule(), "Already a subscriber? Log in",
                "The council voted on Tuesday to close two libraries and a swimming pool, saying the savings were needed to "
                + "balance a budget that had run over for the third year in a row, and residents said they would go to court."));

    [Fact]
    public void A_sentence_hoping_to_unlock_the_full_story_is_body() =>
        Assert.Equal(
            LineKind.Body,
            Lines.KindBy(new WidgetRule(), "Investigators hope the flight recorder will unlock the full story of the crash."));
}
