using SearchEngine.Querying.Tui.Models;

namespace SearchEngine.Tests.Tui;

public sealed class ArticlePageTests(SeedsIndex seeds) : IClassFixture<SeedsIndex>
{
    [Fact]
    public void The_header_shows_the_web_address_under_the_source_when_the_article_has_one()
    {
        var hit = seeds.Console().Results.Hits[0] with { Url = "https://example.org/troops" };

        var header = ArticlePage.Open(seeds.Searcher, hit, "troops").Header(80).Select(l => l.PlainText).ToList();

        Assert.Contains("https://example.org/troops", header);
    }

    [Fact]
    public void The_header_has_no_address_line_when_the_article_has_none()
    {
        var hit = seeds.Console().Results.Hits[0];

        var header = ArticlePage.Open(seeds.Searcher, hit, "troops").Header(80).Select(l => l.PlainText).ToList();

        Assert.DoesNotContain(header, line => line.StartsWith("http", StringComparison.Ordinal));
    }
}
