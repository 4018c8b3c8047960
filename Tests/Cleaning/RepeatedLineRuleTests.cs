using SearchEngine.Indexing.Cleaning;

namespace SearchEngine.Tests.Cleaning;

public class RepeatedLineRuleTests
{
    [Fact]
    public void Repeated_line_beside_a_photo_credit_is_dropped_entirely() =>
        Assert.Equal(
            [LineKind.Title, LineKind.Body, LineKind.Caption, LineKind.Caption, LineKind.Caption],
            Lines.KindsByDefault("A headline for the story", "The story begins here.",
                "Will the soldiers support Russia?", "Will the soldiers support Russia?", "Images source: © Getty Images"));

    [Fact]
    public void Repeated_paragraph_keeps_one_copy()
    {
        var page = PageCleaner.Default.Clean(Lines.Page("A headline for the story", "He did not say which levels were sought.", "He did not say which levels were sought."), null);
        Assert.Single(page.BodyParagraphs, "He did not say which levels were sought.");
    }

    [Fact]
    public void Repeated_row_of_figures_is_kept() =>
        Assert.Equal(2, PageCleaner.Default.Clean(Lines.Page("A headline for the story", "JUN8 -- --", "JUN8 -- --"), null).BodyParagraphs.Count());
}
