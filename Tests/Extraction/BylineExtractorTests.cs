using SearchEngine.Indexing.Sources;

namespace SearchEngine.Tests.Extraction;

public class BylineExtractorTests
{
    private static string? AuthorOf(params string[] lines) => Pipeline.Process(Pipeline.Page(lines)).Author;

    [Fact]
    public void By_line_names_the_author() =>
        Assert.Equal("Jane Doe", AuthorOf("A headline for the story", "By Jane Doe", "The story."));

    [Fact]
    public void Agency_after_the_name_is_dropped() =>
        Assert.Equal("Chaitanya Kalbag", AuthorOf("A headline for the story", "By Chaitanya Kalbag, Reuters", "The story."));

    [Fact]
    public void Agency_glued_after_the_name_is_dropped() =>
        Assert.Equal("Brad Schade", Pipeline.Process("The story.", new ExplicitMetadata { Author = "By Brad Schade Reuters" }).Author);

    [Fact]
    public void Stated_author_in_capitals_is_written_as_a_name() =>
        Assert.Equal("Patrick Rizzo and Patti Domm", Pipeline.Process("The story.", new ExplicitMetadata { Author = "BY PATRICK RIZZO AND PATTI DOMM" }).Author);

    [Fact]
    public void Stated_writers_in_capitals_are_not_taken_for_a_broadcaster_s_initials() =>
        Assert.Equal("Hemmy Lo and Ben Roe",
            Pipeline.Process("The story.", new ExplicitMetadata { Author = "HEMMY LO and BEN ROE" }).Author);

    [Fact]
    public void By_line_in_capitals_gives_the_name_as_a_name_is_written() =>
        Assert.Equal("Jane Al-Doe", AuthorOf("A headline for the story", "By JANE AL-DOE", "The story."));

    [Fact]
    public void By_line_in_mixed_case_keeps_its_particles_small() =>
        Assert.Equal("Jan van Doe", AuthorOf("A headline for the story", "By Jan van Doe", "The story."));

    [Fact]
    public void Name_beside_the_dateline_is_the_author() =>
        Assert.Equal("Malwina Witkowska", AuthorOf("A headline for the story", "Malwina Witkowska", "19 October 2024 06:44", "The story."));

    [Theory]
    [InlineData("Press Release")]
    [InlineData("Kansas City Chronicle")]
    public void A_label_beside_the_dateline_that_starts_with_no_given_name_is_not_the_author(string line) =>
        Assert.Null(AuthorOf("A headline for the story", line, "19 October 2024 06:44", "The story."));

    [Theory]
    [InlineData("By TT")]
    [InlineData("By AFP")]
    [InlineData("By Reuters Staff")]
    [InlineData("By The Associated Press")]
    [InlineData("By Press Trust of India")]
    public void Agency_is_not_an_author(string line) =>
        Assert.Null(AuthorOf("A headline for the story", line, "The story."));

    [Theory]
    [InlineData("BY HARBOUR REPORTER")]
    [InlineData("By Sports Network")]
    public void A_byline_crediting_an_unnamed_reporter_or_a_network_is_no_author(string line) =>
        Assert.Null(AuthorOf("A headline for the story", line, "The story."));

    [Fact]
    public void A_stated_credit_a_station_signs_with_its_call_letters_is_no_author() =>
        Assert.Null(Pipeline.Process("The story.", new ExplicitMetadata { Author = "WXYZ Detroit" }).Author);

    [Fact]
    public void Stated_author_wins_and_is_tidied() =>
        Assert.Equal("Rich Miller", Pipeline.Process(Pipeline.Page("A headline", "By Jane Doe", "The story."), new ExplicitMetadata { Author = "By Rich Miller, Reuters" }).Author);

    [Fact]
    public void Page_without_a_byline_has_no_author() =>
        Assert.Null(AuthorOf("A headline for the story", "The story.", "More of it."));
}
