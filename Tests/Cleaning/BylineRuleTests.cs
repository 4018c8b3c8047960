using SearchEngine.Indexing.Cleaning;
using SearchEngine.Indexing.Cleaning.Rules;

namespace SearchEngine.Tests.Cleaning;

public class BylineRuleTests
{
    [Theory]
    [InlineData("By Jane Doe")]
    [InlineData("By Chaitanya Kalbag, Reuters")]
    [InlineData("By Jane Doe and John Roe")]
    [InlineData("By: Jim Macdonald, The Canadian Press")]
    public void By_line_is_a_byline(string line) =>
        Assert.Equal(LineKind.Byline, Lines.KindsByDefault("A headline for the story", line, "The story begins here.")[1]);

    [Theory]
    [InlineData("By GILLIAN WONG")]
    [InlineData("By HERB KEINON AND YAAKOV KATZ")]
    [InlineData("By MATTHEW LEE, Associated Press Writer 59 minutes ago")]
    [InlineData("By DAVID B. CARUSO - Associated Press Writer --")]
    public void A_wire_byline_with_the_names_in_capitals_is_a_byline(string line) =>
        Assert.Equal(LineKind.Byline, Lines.KindsByDefault("A headline for the story", line, "The story begins here.")[1]);

    [Theory]
    [InlineData("by Jane Doe - January 2 2008")]
    [InlineData("By Jane Doe, March 3, 2024 - 10:55 GMT")]
    [InlineData("By JANE DOE, Associated Press Writer 1 hour, 44 minutes ago")]
    public void A_byline_ending_in_when_the_story_was_filed_is_a_byline(string line) =>
        Assert.Equal(LineKind.Byline, Lines.KindsByDefault("A headline for the story", line, "The story begins here.")[1]);

    [Fact]
    public void A_byline_is_read_without_the_date_after_the_name() =>
        Assert.Equal("Jane Doe", BylineRule.Names("by Jane Doe - January 2 2008"));

    [Theory]
    [InlineData("Jan 14 2008 by Jane Doe, Harbour Mail")]
    [InlineData("Tuesday 15 October 2019 by Jane Doe")]
    public void A_credit_printed_after_the_date_the_story_was_filed_is_a_byline(string line)
    {
        Assert.Equal(LineKind.Byline, Lines.KindsByDefault("A headline for the story", line, "The story begins here.")[1]);
        Assert.Equal("Jane Doe", BylineRule.Names(line));
    }

    [Fact]
    public void A_byline_is_read_without_the_date_and_section_set_apart_by_a_bar() =>
        Assert.Equal("Jane Doe", BylineRule.Names("By Jane Doe | January 14, 2008; 4:38 PM ET Harbour Polls"));

    [Fact]
    public void A_phrase_after_by_before_a_date_is_body() =>
        Assert.Equal(LineKind.Body, Lines.KindsByDefault("A headline for the story", "The story begins here.", "by the old harbour - March 3, 2024")[2]);

    [Fact]
    public void A_heading_in_capitals_after_by_is_body() =>
        Assert.Equal(LineKind.Body, Lines.KindsByDefault("A headline for the story", "The story begins here.", "BY THE NUMBERS")[2]);

    [Fact]
    public void Name_beside_the_dateline_is_a_byline() =>
        Assert.Equal(
            [LineKind.Title, LineKind.Byline, LineKind.Dateline, LineKind.Body],
            Lines.KindsByDefault("A headline for the story", "Malwina Witkowska", "19 October 2024 06:44", "The story begins here."));

    [Fact]
    public void Name_away_from_any_dateline_is_body() =>
        Assert.Equal(LineKind.Body, Lines.KindsByDefault("Brentford v Southampton", "Griffin Park", "Barry Knight")[2]);

    [Theory]
    [InlineData("By early 2005 the net could have two new domain names.")]
    [InlineData("by Dudley Taft.")]
    [InlineData("By contrast, the site stayed up.")]
    public void Sentence_starting_with_by_is_body(string line) =>
        Assert.Equal(LineKind.Body, Lines.KindsByDefault("A headline for the story", line)[1]);
}
