using SearchEngine.Indexing.Sources;

namespace SearchEngine.Tests.Extraction;

public class TitleExtractorTests
{
    [Fact]
    public void Stated_title_wins() =>
        Assert.Equal("BAHIA COCOA REVIEW", Pipeline.Process("Showers continued throughout the week.", new ExplicitMetadata { Title = "BAHIA COCOA REVIEW" }).Title);

    [Fact]
    public void Headline_in_the_text_is_the_title() =>
        Assert.Equal("Ad sales boost Time Warner profit", Pipeline.Process(Pipeline.Page("Ad sales boost Time Warner profit", "Quarterly profits jumped 76%.")).Title);

    [Fact]
    public void Without_a_headline_the_opening_sentence_is_the_title_and_stays_in_the_body()
    {
        var article = Pipeline.Process(Pipeline.Page("A composer told the high court yesterday that he was dismayed. He had read the diary.", "More."));
        Assert.Equal("A composer told the high court yesterday that he was dismayed.", article.Title);
        Assert.StartsWith("A composer told", article.Body);
    }
}
