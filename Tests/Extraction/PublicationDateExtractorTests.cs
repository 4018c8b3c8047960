using SearchEngine.Indexing.Extraction;
using SearchEngine.Indexing.Sources;

namespace SearchEngine.Tests.Extraction;

public class PublicationDateExtractorTests
{
    [Fact]
    public void A_date_is_stored_with_the_offset_the_source_stated() =>
        Assert.Equal("2024-10-19T06:44:00-04:00", new PublicationDate(new DateTime(2024, 10, 19, 6, 44, 0), true, TimeSpan.FromHours(-4)).ToString());

    [Theory]
    [InlineData("2024-10-19")]
    [InlineData("2024-10-19T06:44:00")]
    [InlineData("2024-10-19T06:44:00+05:30")]
    [InlineData("2024-10-19T06:44:00-04:00")]
    public void A_stored_date_reads_back_as_it_was_written(string stored) =>
        Assert.Equal(stored, PublicationDate.Parse(stored)?.ToString());

    [Fact]
    public void A_time_with_an_offset_is_placed_on_the_utc_timeline_and_one_without_is_read_as_utc()
    {
        Assert.Equal(new DateTime(2024, 10, 19, 10, 44, 0), PublicationDate.Parse("2024-10-19T06:44:00-04:00")!.Instant);
        Assert.Equal(new DateTime(2024, 10, 19, 6, 44, 0), PublicationDate.Parse("2024-10-19T06:44:00")!.Instant);
    }

    [Fact]
    public void Stated_date_wins_over_the_dateline()
    {
        var page = Pipeline.Clean("A headline for the story", "19 October 2024 06:44", "The story.");
        Assert.Equal("2024-10-01", PublicationDateExtractor.Extract(page, new ExplicitMetadata { Date = "2024-10-01" })?.ToString());
    }

    [Fact]
    public void Dateline_gives_the_date_and_time() =>
        Assert.Equal("2024-10-19T06:44:00", Pipeline.Process(Pipeline.Page("A headline for the story", "19 October 2024 06:44", "The story.")).Published?.ToString());

    [Fact]
    public void Published_line_wins_over_updated_line() =>
        Assert.Equal("2024-10-18", Pipeline.Process(Pipeline.Page("A headline for the story", "Updated: 19 October 2024", "Published: 18 October 2024", "The story.")).Published?.ToString());

    [Fact]
    public void An_update_stamp_at_the_story_s_foot_dates_a_story_that_prints_no_other_date()
    {
        var story = Enumerable.Range(1, 14).Select(i => $"Paragraph {i} of the story.");
        var page = Pipeline.Page(["A headline for the story", .. story, "Last Updated: January 7, 2008 14:47 EST"]);
        Assert.Equal("2008-01-07", Pipeline.Process(page).Published?.Day);
    }

    [Fact]
    public void Caption_date_is_not_the_publication_date() =>
        Assert.Null(Pipeline.Process(Pipeline.Page("A headline for the story",
            "Kim Jong Un sits inside a battle tank during a training competition, 13 March 2024. Photo: EPA-EFE / KCNA", "The story.")).Published);

    [Fact]
    public void Event_date_in_prose_is_not_the_publication_date() =>
        Assert.Null(Pipeline.Process(Pipeline.Page("A headline for the story", "On 13 March 2024 the talks began.")).Published);

    [Fact]
    public void A_wire_dateline_opening_the_story_gives_the_date() =>
        Assert.Equal("2025-12-20", Pipeline.Process(Pipeline.Page("A headline for the story",
            "RAJSHAHI, Dec 20, 2025 (BSS) - Homestead gardening has been making rural communities more self-reliant.", "The story.")).Published?.ToString());

    [Fact]
    public void A_story_opening_with_a_place_and_a_date_in_prose_has_no_dateline() =>
        Assert.Null(Pipeline.Process(Pipeline.Page("A headline for the story", "Paris, 13 March 2024 was the coldest day of the year.", "The story.")).Published);

    [Fact]
    public void Unreadable_stated_date_falls_back_to_the_dateline() =>
        Assert.Equal("2024-10-19", Pipeline.Process(Pipeline.Page("A headline for the story", "19 October 2024", "The story."), new ExplicitMetadata { Date = "soon" }).Published?.ToString());
}
