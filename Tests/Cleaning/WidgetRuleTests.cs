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
}
