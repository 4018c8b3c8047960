using SearchEngine.Indexing.Sources;

namespace SearchEngine.Tests.Extraction;

public class OutletExtractorTests
{
    private static string? OutletOf(params string[] lines) => Pipeline.Process(Pipeline.Page(lines)).Outlet;

    [Fact]
    public void Stated_outlet_wins() =>
        Assert.Equal("Stated Outlet", Pipeline.Process(Pipeline.Page("A headline", "The story.", "© Daily Wrap"), new ExplicitMetadata { Outlet = "Stated Outlet" }).Outlet);

    [Fact]
    public void Copyright_line_names_the_outlet() =>
        Assert.Equal("Daily Wrap", OutletOf("A headline for the story", "The story.", "© Daily Wrap"));

    [Fact]
    public void Copyright_line_with_year_and_rights_names_the_outlet() =>
        Assert.Equal("Example Media", OutletOf("A headline for the story", "The story.", "Copyright © 2024 Example Media. All rights reserved."));

    [Fact]
    public void Translation_credit_names_the_outlet() =>
        Assert.Equal("Sweden Herald", OutletOf("A headline for the story", "The story.", "This article has been altered and translated by Sweden Herald"));

    [Fact]
    public void Known_outlet_alone_in_the_masthead_names_the_outlet() =>
        Assert.Equal("BBC News", OutletOf("BBC News", "A headline for the story", "The story.", "More of the story.", "The end of the story."));

    [Fact]
    public void Photo_agency_copyright_is_not_the_outlet() =>
        Assert.Null(OutletOf("A headline for the story", "Images source: © Getty Images | Anadolu", "The story."));

    [Theory]
    [InlineData("According to Reuters, South Korean intelligence services have revealed the plan.")]
    [InlineData("According to South Korea’s Yonhap News Agency, North Korea plans to deploy 12,000 troops.")]
    [InlineData("Budanov told American military news outlet The War Zone that troops were training.")]
    [InlineData("Putin said according to the AFP news agency.")]
    [InlineData("Reports from Russia’s Far East, as conveyed by BBC Russian, indicate their presence.")]
    public void Source_cited_in_the_story_is_not_the_outlet(string line) =>
        Assert.Null(OutletOf("A headline for the story", line, "The story goes on."));

    [Fact]
    public void Page_without_a_signature_has_no_outlet() =>
        Assert.Null(OutletOf("A headline for the story", "The story.", "Exit mobile version"));

    [Fact]
    public void Wire_copy_ending_in_reuter_is_from_reuters() =>
        Assert.Equal("Reuters", Pipeline.Process(
            "Texas Commerce Bancshares Inc's Texas\nCommerce Bank-Houston said it filed an application with the\n" +
            "Comptroller of the Currency in an effort to create the largest\nbanking network in Harris County.\n" +
            "    The bank said the network would link 31 banks having\n13.5 billion dlrs in assets and 7.5 billion dlrs in deposits.\n  Reuter\n",
            new ExplicitMetadata { Title = "TEXAS COMMERCE BANCSHARES <TCB> FILES PLAN" }).Outlet);
}
