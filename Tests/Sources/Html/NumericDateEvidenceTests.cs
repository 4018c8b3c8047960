using AngleSharp.Html.Parser;
using SearchEngine.Indexing.Extraction;
using SearchEngine.Indexing.Extraction.Dates;
using SearchEngine.Indexing.Sources;
using SearchEngine.Indexing.Sources.Html;

namespace SearchEngine.Tests.Sources.Html;

public class NumericDateEvidenceTests
{
    private static NumericDateOrder Order(string html, string? address = null) =>
        NumericDateEvidence.Of(new HtmlParser().ParseDocument(html), address);

    [Theory]
    [InlineData("<p>Posted 03.04.2021</p><p>Comment of 28.03.2021</p>", NumericDateOrder.DayFirst)]
    [InlineData("<p>Posted 03/04/2021</p><p>Comment of 3/28/2021</p>", NumericDateOrder.MonthFirst)]
    public void A_numeric_date_with_a_part_above_twelve_shows_how_the_page_writes_them(string body, NumericDateOrder expected) =>
        Assert.Equal(expected, Order($"<html><body>{body}</body></html>"));

    [Fact]
    public void Dates_written_both_ways_show_nothing() =>
        Assert.Equal(NumericDateOrder.Unknown, Order("<html><body><p>03.04.2021</p><p>28.03.2021</p><p>3/28/2021</p></body></html>"));

    [Theory]
    [InlineData("https://news.example/2021/04/03/story", NumericDateOrder.DayFirst)]
    [InlineData("https://news.example/2021/03/04/story", NumericDateOrder.MonthFirst)]
    public void The_reading_that_is_the_day_in_the_page_address_is_the_one(string address, NumericDateOrder expected) =>
        Assert.Equal(expected, Order("<html><body><p>Published: 03.04.2021</p></body></html>", address));

    [Fact]
    public void The_dated_path_of_the_page_s_own_picture_tells_the_reading() =>
        Assert.Equal(NumericDateOrder.MonthFirst, Order("""
            <html><body><p>Published: 03.04.2021</p><img src="/photos/2021/03/04/team.jpg"></body></html>
            """));

    [Theory]
    [InlineData("Posted: 03/04/2021 09:37:25 PM PST")]
    [InlineData("Updated 03.04.2021, 10:15 ET")]
    public void A_time_in_a_zone_only_north_america_uses_after_a_numeric_date_puts_the_month_first(string line) =>
        Assert.Equal(NumericDateOrder.MonthFirst, Order($"<html><body><p>{line}</p></body></html>"));

    [Fact]
    public void A_time_in_a_zone_other_regions_share_tells_nothing() =>
        Assert.Equal(NumericDateOrder.Unknown, Order("<html><body><p>Posted: 03/04/2021 09:37 CST</p></body></html>"));

    [Theory]
    [InlineData("<html lang=\"en-US\">", NumericDateOrder.MonthFirst)]
    [InlineData("<html lang=\"en-GB\">", NumericDateOrder.DayFirst)]
    [InlineData("<html lang=\"de\">", NumericDateOrder.DayFirst)]
    [InlineData("<html lang=\"en\">", NumericDateOrder.Unknown)]
    [InlineData("<html>", NumericDateOrder.Unknown)]
    public void The_page_s_language_and_region_tell_the_custom(string root, NumericDateOrder expected) =>
        Assert.Equal(expected, Order($"{root}<body><p>Published: 03.04.2021</p></body></html>"));

    [Fact]
    public void A_region_in_the_open_graph_locale_counts_when_the_language_attribute_has_none() =>
        Assert.Equal(NumericDateOrder.DayFirst, Order("""
            <html lang="en"><head><meta property="og:locale" content="en_GB"></head><body><p>03/04/2021</p></body></html>
            """));

    [Fact]
    public void A_dateline_in_numbers_is_read_the_way_the_page_writes_them()
    {
        var document = new HtmlParser().ParseDocument("""
            <html lang="en-US"><body><h1>Council votes on the budget</h1><p>Published: 01.09.2008</p><p>The council voted.</p></body></html>
            """);
        var meta = PageMetadataReader.Read(document);
        var article = ArticlePipeline.Default.Process(new RawArticle("test", "test", "The council voted.", meta, "hash"));
        Assert.Equal("2008-01-09", article.Published?.Day);
    }
}
