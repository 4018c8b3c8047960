using SearchEngine.Indexing.Extraction.Dates;

namespace SearchEngine.Tests.Extraction;

public class DateParserTests
{
    public static TheoryData<string, string> StatedDates => new()
    {
        { "2024-10-19", "2024-10-19" },
        { "2024-10-19T06:44:00", "2024-10-19T06:44:00" },
        { "2024-10-19T06:44:00+02:00", "2024-10-19T06:44:00+02:00" },
        { "2024-10-19T22:30:00-05:00", "2024-10-19T22:30:00-05:00" },
        { "2024-10-19T06:44:00.123Z", "2024-10-19T06:44:00+00:00" },
        { "2024/10/19", "2024-10-19" },
        { "2024/10/19 06:44:12", "2024-10-19T06:44:12" },
        { "26-FEB-1987 15:01:01.79", "1987-02-26T15:01:01" },
        { "3-MAR-1987  09:15:05.40", "1987-03-03T09:15:05" },
        { "27-MAR-1987 00:02:59.13&#5;&#5;&#5;RM", "1987-03-27T00:02:59" },
        { "Sat, 19 Oct 2024 06:44:00 GMT", "2024-10-19T06:44:00+00:00" },
        { "19 October 2024 06:44", "2024-10-19T06:44:00" },
        { "October 23rd 2024.", "2024-10-23" },
        { "Oct 19, 2024", "2024-10-19" },
        { "Saturday, 19 October 2024", "2024-10-19" },
        { "19.10.2024", "2024-10-19" },
        { "19/10/2024", "2024-10-19" },
        { "10/19/2024", "2024-10-19" },
        { "19-10-2024", "2024-10-19" },
        { "11:05 AM EDT, Sat October 19, 2024", "2024-10-19T11:05:00-04:00" },
        { "December 19, 2025 @ 8:00PM", "2025-12-19T20:00:00" },
        { "Wed, Mar 5 2025. 9:24 AM", "2025-03-05T09:24:00" },
    };

    [Theory]
    [MemberData(nameof(StatedDates))]
    public void Date_in_a_format_pages_use_is_read(string text, string expected) =>
        Assert.Equal(expected, DateParser.Parse(text)?.ToString());

    [Fact]
    public void A_stated_offset_is_kept_beside_the_local_time()
    {
        var date = DateParser.Parse("2024-10-19T22:30:00-05:00");
        Assert.Equal(("2024-10-19", TimeSpan.FromHours(-5)), (date?.Day, date?.Offset));
    }

    [Theory]
    [InlineData("Published 3:15 PM ET, Oct 2, 2024", "2024-10-02T15:15:00")]
    [InlineData("March 4, 2025 at 9:05 a.m. PT", "2025-03-04T09:05:00")]
    [InlineData("Updated: 12 May 2023 18:20 AEST", "2023-05-12T18:20:00+10:00")]
    [InlineData("Feb 9, 2022 11:40pm IST", "2022-02-09T23:40:00")]
    public void A_time_followed_by_a_zone_s_abbreviation_is_read(string line, string expected) =>
        Assert.Equal(expected, DateParser.ParseLine(line)?.Date.ToString());

    [Fact]
    public void A_stated_date_in_iso_basic_form_is_read_year_month_day() =>
        Assert.Equal("2008-01-15", DateParser.Parse("20080115")?.Day);

    [Fact]
    public void Eight_digits_on_a_line_of_text_are_no_date_line() =>
        Assert.Null(DateParser.ParseLine("20080115"));

    [Fact]
    public void Eight_digits_that_make_no_calendar_day_are_no_date() =>
        Assert.Null(DateParser.Parse("20081315"));

    [Fact]
    public void A_slash_between_the_date_and_its_time_keeps_the_time() =>
        Assert.Equal("2024-10-02T15:15:00-04:00", DateParser.ParseLine("Posted: Oct 2, 2024 / 03:15 PM EDT")?.Date.ToString());

    [Theory]
    [InlineData("Oct 2, 2024 3:15 PM EDT", -4.0)]
    [InlineData("12 May 2023 18:20 AEST", 10.0)]
    [InlineData("12 Jan 2023 08:20 ACDT", 10.5)]
    public void A_zone_s_abbreviation_gives_its_offset(string text, double hours) =>
        Assert.Equal(TimeSpan.FromHours(hours), DateParser.Parse(text)?.Offset);

    [Fact]
    public void Java_s_date_form_is_read_with_its_clock_time_and_zone() =>
        Assert.Equal("2017-04-06T01:42:00-04:00", DateParser.Parse("Thu Apr 06 01:42:00 EDT 2017")?.ToString());

    [Fact]
    public void A_zone_a_machine_printed_for_several_zones_keeps_the_clock_time_without_an_offset()
    {
        var date = DateParser.Parse("Fri Mar 13 21:30:09 EST 2015", NumericDateOrder.Unknown, out var zone);
        Assert.Equal(("2015-03-13T21:30:09", "EST"), (date?.ToString(), zone));
    }

    [Theory]
    [InlineData("Fri Dec 06 2024 02:19:20 GMT+0000 (Coordinated Universal Time)", "2024-12-06T02:19:20+00:00")]
    [InlineData("Thu Mar 13 2015 21:30:09 GMT+1100 (AEDT)", "2015-03-13T21:30:09+11:00")]
    public void A_date_as_a_page_script_prints_it_is_read_with_its_stated_offset(string text, string expected) =>
        Assert.Equal(expected, DateParser.Parse(text)?.ToString());

    [Theory]
    [InlineData("EST", "us", new double[0], -5.0)]
    [InlineData("IST", "in", new double[0], 5.5)]
    [InlineData("EST", "au", new[] { 11.0 }, 11.0)]
    [InlineData("CST", null, new[] { 8.0 }, 8.0)]
    public void A_printed_zone_takes_the_offset_the_page_s_country_or_other_dates_give_it(
        string zone, string? country, double[] others, double hours) =>
        Assert.Equal(TimeSpan.FromHours(hours), ZoneAbbreviations.Printed(zone, country, others.Select(TimeSpan.FromHours)));

    [Fact]
    public void A_printed_zone_s_other_meanings_in_the_page_s_country_leave_its_offset_unknown() =>
        Assert.Null(ZoneAbbreviations.Printed("EST", "au", [TimeSpan.FromHours(-5)]));

    [Theory]
    [InlineData("Oct 2, 2024 3:15 PM ET")]
    [InlineData("Feb 9, 2022 11:40pm IST")]
    public void A_zone_that_is_standard_or_daylight_by_season_or_shared_by_several_gives_no_offset(string text)
    {
        var date = DateParser.Parse(text);
        Assert.Equal((true, (TimeSpan?)null), (date?.HasTime, date?.Offset));
    }

    [Theory]
    [InlineData("05/06/2024")]
    [InlineData("2024/10-19")]
    [InlineData("Tuesday, 1 March")]
    [InlineData("31 February 2024")]
    [InlineData("On 13 March 2024 the talks began.")]
    [InlineData("not a date")]
    public void Ambiguous_incomplete_or_embedded_date_is_not_read(string text) =>
        Assert.Null(DateParser.Parse(text));

    [Theory]
    [InlineData("01.09.2008")]
    [InlineData("01/09/2008")]
    public void A_numeric_date_that_reads_both_ways_is_no_date_without_the_page_s_order(string text) =>
        Assert.Null(DateParser.Parse(text));

    [Theory]
    [InlineData("01.09.2008", NumericDateOrder.DayFirst, "2008-09-01")]
    [InlineData("01.09.2008", NumericDateOrder.MonthFirst, "2008-01-09")]
    [InlineData("01/09/2008", NumericDateOrder.MonthFirst, "2008-01-09")]
    [InlineData("19.10.2024", NumericDateOrder.MonthFirst, "2024-10-19")]
    [InlineData("10.19.2024", NumericDateOrder.Unknown, "2024-10-19")]
    public void A_numeric_date_is_read_in_the_page_s_order_unless_a_part_above_12_tells(string text, NumericDateOrder order, string expected) =>
        Assert.Equal(expected, DateParser.Parse(text, order)?.Day);

    [Fact]
    public void Asking_whether_a_line_is_a_date_takes_either_reading() =>
        Assert.NotNull(DateParser.ParseLine("Published: 01/09/2008", NumericDateOrder.Either));

    [Fact]
    public void A_no_break_space_misread_as_a_letter_and_a_space_is_a_space() =>
        Assert.Equal("2024-03-08", DateParser.ParseLine("Published:\u00C2\u00A0Friday, March 8, 2024")?.Date.Day);

    [Theory]
    [InlineData("» Published: 24 October 2024", false)]
    [InlineData("Posted on October 19, 2024", false)]
    [InlineData("on Friday December 19, 2025", false)]
    [InlineData("Updated: 19 October 2024 08:00", true)]
    [InlineData("Article Launched: 01/18/2024 04:23:16 AM PST", false)]
    [InlineData("Article Last Updated: 01/18/2024 09:53:03 AM EST", true)]
    [InlineData("Posted online: 19 October 2024", false)]
    [InlineData("Published Date: 19 October 2024", false)]
    public void Labelled_date_line_says_whether_it_is_an_update(string line, bool isUpdate) =>
        Assert.Equal(isUpdate, DateParser.ParseLine(line)?.IsUpdate);

    [Fact]
    public void Launched_labels_a_date_only_as_the_article_s() =>
        Assert.Null(DateParser.ParseLine("Launched: 19 October 2024"));

    [Fact]
    public void A_time_stamp_that_puts_the_time_first_and_the_date_after_on_is_read() =>
        Assert.Equal("2008-01-14T06:47:00", DateParser.ParseLine("Posted at 6:47am on 14 Jan 2008")?.Date.ToString());

    [Theory]
    [InlineData("14 January 2008 13:44pm", "2008-01-14T13:44:00")]
    [InlineData("14 January 2008 00:11am", "2008-01-14T00:11:00")]
    public void A_24_hour_clock_marked_with_its_half_of_the_day_is_that_hour(string text, string expected) =>
        Assert.Equal(expected, DateParser.Parse(text)?.ToString());

    [Fact]
    public void A_clock_whose_half_of_the_day_contradicts_it_is_no_time() =>
        Assert.Null(DateParser.Parse("14 January 2008 13:44am"));

    [Fact]
    public void Time_of_day_is_recorded_only_when_given()
    {
        Assert.True(DateParser.Parse("19 October 2024 06:44")!.HasTime);
        Assert.False(DateParser.Parse("19 October 2024")!.HasTime);
    }
}
