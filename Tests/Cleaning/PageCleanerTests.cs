using SearchEngine.Indexing.Cleaning;

namespace SearchEngine.Tests.Cleaning;

public class PageCleanerTests
{
    private const string WireCopy =
        "Showers continued throughout the week in\n" +
        "the Bahia cocoa zone, alleviating the drought since early\n" +
        "January and improving prospects for the coming temporao,\n" +
        "Comissaria Smith said in its weekly review.\n" +
        "    The dry period means the temporao will be late this year.\n" +
        "    Arrivals for the week ended February 22 were 155,221 bags\n" +
        "of 60 kilos making a cumulative total for the season of 5.93\n" +
        "mln against 5.81 at the same stage last year.\n" +
        "    Comissaria Smith said spot bean prices rose to 340 to 350\n" +
        "cruzados per arroba of 15 kilos.\n" +
        "  Reuter\n";

    [Fact]
    public void Wire_copy_keeps_every_paragraph_in_order()
    {
        var page = PageCleaner.Default.Clean(WireCopy, "BAHIA COCOA REVIEW");
        Assert.Equal(
        [
            "Showers continued throughout the week in the Bahia cocoa zone, alleviating the drought since early January and improving prospects for the coming temporao, Comissaria Smith said in its weekly review.",
            "The dry period means the temporao will be late this year.",
            "Arrivals for the week ended February 22 were 155,221 bags of 60 kilos making a cumulative total for the season of 5.93 mln against 5.81 at the same stage last year.",
            "Comissaria Smith said spot bean prices rose to 340 to 350 cruzados per arroba of 15 kilos.",
        ], page.BodyParagraphs);
    }

    [Fact]
    public void Wire_signature_is_a_footer_not_body() =>
        Assert.Equal(LineKind.Footer, PageCleaner.Default.Clean(WireCopy, "BAHIA COCOA REVIEW").Lines[^1].Kind);

    [Fact]
    public void Plain_article_loses_only_its_headline()
    {
        var text = Lines.Page(
            "Ad sales boost Time Warner profit",
            "Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn (£600m) for the three months to December.",
            "By 2007, the firm hopes to increase subscribers by offering the online service free.",
            "Time Warner said on Friday that it now owns 8% of search-engine Google.");
        var page = PageCleaner.Default.Clean(text, null);
        Assert.Equal(LineKind.Title, page.Lines[0].Kind);
        Assert.All(page.Lines.Skip(1), l => Assert.Equal(LineKind.Body, l.Kind));
    }
}
