using SearchEngine.Querying.Search;
using SearchEngine.Querying.Tui.Models;

namespace SearchEngine.Tests.Tui;

public class TimelineTests
{
    [Fact]
    public void Days_come_in_date_order_with_the_quiet_days_filled_in()
    {
        var timeline = Timeline.From([new FacetValue("2024-10-23", 1), new FacetValue("2024-10-19", 3)]);

        Assert.Equal(["2024-10-19", "2024-10-20", "2024-10-21", "2024-10-22", "2024-10-23"], timeline.Buckets.Select(b => b.Date));
        Assert.Equal([3, 0, 0, 0, 1], timeline.Buckets.Select(b => b.Count));
    }

    [Fact]
    public void Months_are_bucketed_by_month()
    {
        var timeline = Timeline.From([new FacetValue("1987-04", 2), new FacetValue("1987-02", 5)]);

        Assert.Equal(["1987-02", "1987-03", "1987-04"], timeline.Buckets.Select(b => b.Date));
    }

    [Fact]
    public void The_peak_is_the_busiest_day()
    {
        var timeline = Timeline.From([new FacetValue("2024-10-19", 3), new FacetValue("2024-10-20", 7)]);

        Assert.Equal(new TimelineBucket("2024-10-20", 7), timeline.Peak);
    }

    [Fact]
    public void The_histogram_draws_the_busiest_day_tallest_and_a_quiet_day_empty()
    {
        var timeline = Timeline.From([new FacetValue("2024-10-19", 8), new FacetValue("2024-10-21", 1)]);

        Assert.Equal("█ ▁", timeline.Render(3, 1, _ => false)[0].PlainText);
    }

    [Fact]
    public void Under_the_bars_come_the_first_and_last_day_then_the_peak()
    {
        var timeline = Timeline.From([new FacetValue("2024-10-19", 8), new FacetValue("2024-10-21", 1)]);

        var lines = timeline.Render(30, 1, _ => false);

        Assert.Equal("2024-10-19          2024-10-21", lines[1].PlainText);
        Assert.Equal("peak 2024-10-19 · 8", lines[2].PlainText);
    }

    [Fact]
    public void More_days_than_columns_share_columns()
    {
        var days = Enumerable.Range(1, 30).Select(d => new FacetValue($"2024-09-{d:00}", 1)).ToList();
        var timeline = Timeline.From(days);

        Assert.Equal((0, 3), timeline.BucketsInColumn(0, 10));
        Assert.All(timeline.Render(10, 2, _ => false), line => Assert.True(line.Width <= 10));
    }

    [Fact]
    public void Few_days_get_wider_bars_with_gaps_between()
    {
        var timeline = Timeline.From([new FacetValue("2024-10-19", 2), new FacetValue("2024-10-20", 2)]);

        Assert.Equal("██ ██ ", timeline.Render(20, 1, _ => false)[0].PlainText);
        Assert.Equal((1, 2), timeline.BucketsInColumn(3, 20));
        Assert.Equal((0, 0), timeline.BucketsInColumn(2, 20));
    }

    [Fact]
    public void Values_that_are_not_dates_are_left_out()
    {
        Assert.True(Timeline.From([new FacetValue("unknown", 4)]).IsEmpty);
    }
}
