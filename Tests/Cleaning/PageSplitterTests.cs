using SearchEngine.Indexing.Cleaning;

namespace SearchEngine.Tests.Cleaning;

public class PageSplitterTests
{
    [Fact]
    public void Scraped_page_gives_one_line_per_paragraph() =>
        Assert.Equal(["Headline", "First paragraph.", "Second paragraph."], PageSplitter.Split("Headline\n\nFirst paragraph.\nSecond paragraph.\n"));

    [Fact]
    public void Short_wire_item_is_joined_where_its_sentences_run_on() =>
        Assert.Equal(
            ["Liebert Corp said its shareholders approved the merger.", "Each Liebert shareholder will receive .3322 shares for each Liebert share.", "Reuter"],
            PageSplitter.Split("Liebert Corp said its shareholders\napproved the merger.\n    Each Liebert shareholder will receive .3322 shares for each Liebert\nshare.\n Reuter"));
}
