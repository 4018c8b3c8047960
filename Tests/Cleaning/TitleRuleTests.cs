using SearchEngine.Indexing.Cleaning;

namespace SearchEngine.Tests.Cleaning;

public class TitleRuleTests
{
    [Fact]
    public void Headline_glued_to_a_menu_word_and_repeated_is_found() =>
        Assert.Equal(
            [LineKind.RepeatedTitle, LineKind.Title, LineKind.Body],
            Lines.KindsByDefault("NewsNorth Korean troops in Ukraine", "North Korean troops in Ukraine", "Around 12,000 soldiers are set to arrive."));

    [Fact]
    public void A_breadcrumb_trail_ending_in_the_stated_title_is_a_repeat_of_it()
    {
        var page = PageCleaner.Default.Clean(Lines.Page("Home > World > Troops arrive in Kursk", "Troops arrive in Kursk", "The story."), "Troops arrive in Kursk");
        Assert.Equal([LineKind.RepeatedTitle, LineKind.Title, LineKind.Body], page.Lines.Select(l => l.Kind));
    }

    [Fact]
    public void First_line_after_navigation_is_the_headline() =>
        Assert.Equal(
            [LineKind.Navigation, LineKind.Title, LineKind.Body],
            Lines.KindsByDefault("NewsPolitics", "Zelensky warns of world war", "Ukrainian intelligence agencies have learned of the plan."));

    [Fact]
    public void A_name_beside_the_dateline_above_the_headline_is_the_byline_not_the_headline() =>
        Assert.Equal(
            [LineKind.Byline, LineKind.Dateline, LineKind.Title, LineKind.Body],
            Lines.KindsByDefault("Jane Doe", "19 October 2024 06:44", "Ferry service resumes", "The ferry sailed again on Saturday after a week in port."));

    [Fact]
    public void Repeat_of_the_headline_further_down_is_repeated_title() =>
        Assert.Equal(
            [LineKind.Title, LineKind.Body, LineKind.RepeatedTitle, LineKind.Body],
            Lines.KindsByDefault("Soldiers will join the front today.", "A new adversary.", "Soldiers will join the front today.", "The story."));

    [Fact]
    public void First_line_that_is_a_sentence_is_body_not_headline() =>
        Assert.Equal(LineKind.Body, Lines.KindsByDefault("A composer told the high court yesterday that he could not believe his eyes.", "More.")[0]);

    [Fact]
    public void Stated_title_is_marked_where_the_text_prints_it()
    {
        var page = PageCleaner.Default.Clean(Lines.Page("Example News", "Troops arrive in Kursk", "The story."), "Troops arrive in Kursk | Example News");
        Assert.Equal([LineKind.Body, LineKind.Title, LineKind.Body], page.Lines.Select(l => l.Kind));
    }

    [Fact]
    public void Stated_title_absent_from_the_text_leaves_the_first_line_in_the_body()
    {
        var page = PageCleaner.Default.Clean(Lines.Page("Showers continued throughout the week", "in the Bahia cocoa zone."), "BAHIA COCOA REVIEW");
        Assert.DoesNotContain(page.Lines, l => l.Kind == LineKind.Title);
    }
}
