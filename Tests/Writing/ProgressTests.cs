using SearchEngine.Indexing.Cli;
using SearchEngine.Indexing.Writing;

namespace SearchEngine.Tests.Writing;

public class ProgressTests
{
    [Fact]
    public void Progress_counts_one_article_in_the_singular_and_gives_no_rate_before_a_second_has_passed()
    {
        var output = new StringWriter();
        var progress = new LogProgress(output);
        progress.Start(totalBytes: 100);

        progress.Report(documents: 1, bytes: 100);

        Assert.StartsWith("progress: 1 article, ", output.ToString());
        Assert.DoesNotContain("/s", output.ToString());
    }

    [Fact]
    public void A_rate_is_not_given_before_a_second_has_passed_or_when_nothing_was_counted()
    {
        Assert.Null(Rate.PerSecond(1, TimeSpan.FromMilliseconds(3)));
        Assert.Null(Rate.PerSecond(0, TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public void A_rate_is_not_given_for_a_handful_of_articles_whatever_the_time()
    {
        Assert.Null(Rate.PerSecond(1, TimeSpan.FromSeconds(10)));
        Assert.Null(Rate.PerSecond(Rate.MinCount - 1, TimeSpan.FromSeconds(2)));
    }

    [Fact]
    public void A_rate_below_ten_a_second_keeps_a_decimal_and_a_higher_one_is_whole()
    {
        Assert.Equal("0.6/s", Rate.PerSecond(30, TimeSpan.FromSeconds(50)));
        Assert.Equal("2,225/s", Rate.PerSecond(4450, TimeSpan.FromSeconds(2)));
    }
}
