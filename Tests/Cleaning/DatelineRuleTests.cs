using SearchEngine.Indexing.Cleaning;

namespace SearchEngine.Tests.Cleaning;

public class DatelineRuleTests
{
    [Theory]
    [InlineData("19 October 2024 06:44")]
    [InlineData("» Published: 24 October 2024")]
    [InlineData("October 23rd 2024.")]
    [InlineData("Updated: Oct 19, 2024, 6:44 pm")]
    public void Date_line_near_the_top_is_a_dateline(string line) =>
        Assert.Equal(LineKind.Dateline, Lines.KindsByDefault("A headline for the story", line, "The story begins here.")[1]);

    [Fact]
    public void Sentence_with_a_date_is_body() =>
        Assert.Equal(LineKind.Body, Lines.KindsByDefault("A headline for the story", "On 13 March 2024 the talks began.")[1]);

    [Fact]
    public void Date_without_a_year_is_body() =>
        Assert.Equal(LineKind.Body, Lines.KindsByDefault("Brentford v Southampton", "Tuesday, 1 March", "1945 GMT")[1]);

    [Fact]
    public void Date_line_deep_in_the_page_is_body()
    {
        var lines = Enumerable.Range(1, 14).Select(i => $"Paragraph {i} of the story.").Append("19 October 2024").ToArray();
        Assert.Equal(LineKind.Body, Lines.KindsByDefault(lines)[^1]);
    }

    [Theory]
    [InlineData("Published on January 12, 2008")]
    [InlineData("Last Updated: January 7, 2008 14:47 EST")]
    public void A_labelled_date_line_after_the_story_s_last_sentence_is_a_dateline(string line)
    {
        var lines = Enumerable.Range(1, 14).Select(i => $"Paragraph {i} of the story.").Append("Email the reporter").Append(line).ToArray();
        Assert.Equal(LineKind.Dateline, Lines.KindsByDefault(lines)[^1]);
    }

    [Fact]
    public void A_labelled_date_line_before_the_story_s_last_sentence_is_body()
    {
        var lines = Enumerable.Range(1, 14).Select(i => $"Paragraph {i} of the story.").Append("Posted: January 12, 2008").Append("The last paragraph.").ToArray();
        Assert.Equal(LineKind.Body, Lines.KindsByDefault(lines)[^2]);
    }

    [Theory]
    [InlineData("Associated Press - January 11, 2008 4:13 PM ET")]
    [InlineData("Last updated at 7:40 AM on 30/12/07")]
    [InlineData("Fri 18 Jan, 11:45 AM")]
    public void Time_stamp_near_the_top_is_a_dateline(string line) =>
        Assert.Equal(LineKind.Dateline, Lines.KindsByDefault("A headline for the story", line, "The story begins here.")[1]);

    [Fact]
    public void Sentence_with_a_clock_time_and_a_date_is_body() =>
        Assert.Equal(LineKind.Body, Lines.KindsByDefault("A headline for the story", "Polls close at 8:00 pm on Tuesday, March 4, across the state.")[1]);

    [Fact]
    public void Byline_with_a_time_stamp_is_left_to_the_byline_rule() =>
        Assert.False(SearchEngine.Indexing.Cleaning.Rules.DatelineRule.IsTimeStamp("By Jane Smith, Associated Press Writer Fri Dec 28, 6:46 AM ET"));

    [Fact]
    public void Row_of_a_results_table_with_a_race_time_is_no_time_stamp() =>
        Assert.False(SearchEngine.Indexing.Cleaning.Rules.DatelineRule.IsTimeStamp("2:31.05 Anna Berg, Sweden, Oslo 12.7.91"));
}
