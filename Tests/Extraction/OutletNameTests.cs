using SearchEngine.Indexing.Extraction;

namespace SearchEngine.Tests.Extraction;

public class OutletNameTests
{
    [Theory]
    [InlineData("Yahoo News - Latest News & Headlines", "Yahoo News")]
    [InlineData("Mozilla Hacks – the Web developer blog", "Mozilla Hacks")]
    [InlineData("Resy | Right This Way", "Resy")]
    [InlineData("Wirecutter: Reviews for the Real World", "Wirecutter")]
    [InlineData("FT.com / Home UK / UK", "FT.com")]
    public void A_stated_name_loses_the_tagline_after_it(string stated, string name) =>
        Assert.Equal(name, OutletName.Stated(stated, address: null));

    [Fact]
    public void A_stated_name_keeps_the_part_that_names_the_pages_address() =>
        Assert.Equal("Daily Wrap", OutletName.Stated("The best of the day | Daily Wrap", "https://www.dailywrap.net/2024/story"));

    [Theory]
    [InlineData("http://www.tmz.com", "tmz.com")]
    [InlineData("Welcome to www.dailyrecord.com", "dailyrecord.com")]
    [InlineData("Derek Seaman&#039;s Tech Blog", "Derek Seaman's Tech Blog")]
    [InlineData("EuroNewsEuroNews", "EuroNews")]
    [InlineData("© Copyright 2007 Globe Newspaper Company", "Globe Newspaper Company")]
    [InlineData("Kansas City Business Journal:", "Kansas City Business Journal")]
    public void What_pages_put_around_a_name_is_taken_off(string written, string name) =>
        Assert.Equal(name, OutletName.Cleaned(written));

    [Fact]
    public void A_long_stated_name_is_still_a_name() =>
        Assert.Equal("Harvard T.H. Chan School of Public Health", OutletName.Stated("Harvard T.H. Chan School of Public Health", null));

    [Fact]
    public void The_outermost_part_of_a_title_beyond_the_headline_is_the_site() =>
        Assert.Equal("Northern News", OutletName.InTitle(["Northern News", "Sport", "World"], null));

    [Theory]
    [InlineData("Cricket", "Independent Online Edition")]
    [InlineData("Breaking News", "Sydney Morning Herald")]
    [InlineData("San Francisco", "KNTV")]
    [InlineData("Albany NY", "Times Union")]
    [InlineData("Charleston, SC", "WCBD")]
    public void A_section_or_a_place_outside_the_site_name_is_passed_over(string outermost, string site) =>
        Assert.Equal(site, OutletName.InTitle([outermost, site], null));

    [Fact]
    public void A_publication_stamp_beside_the_headline_is_passed_over() =>
        Assert.Equal("Telegraph-Journal", OutletName.InTitle(["Published January 18th, 2008", "Telegraph-Journal"], null));

    [Fact]
    public void A_title_of_sections_alone_names_no_site() =>
        Assert.Null(OutletName.InTitle(["Breaking News", "National", "Arts and Entertainment"], null));

    [Theory]
    [InlineData("Bulls close in on Eddie Jones")]
    [InlineData("MORT DENIES ALLARDYCE SPECULATION")]
    [InlineData("The Final Chapter?")]
    public void A_headline_in_the_sites_place_is_no_site(string part) =>
        Assert.Null(OutletName.InTitle([part], null));

    [Fact]
    public void Script_left_in_a_broken_title_is_no_site() =>
        Assert.Null(OutletName.InTitle(["query + '\">"], null));

    [Theory]
    [InlineData("Chester standard")]
    [InlineData("Home of Sport")]
    [InlineData("NOLA.com")]
    [InlineData("USA TODAY")]
    public void Short_names_in_any_case_and_addresses_are_names(string part) =>
        Assert.Equal(part, OutletName.InTitle([part], null));

    [Fact]
    public void An_agency_in_the_title_is_the_site_only_on_its_own_address()
    {
        Assert.Equal("Reuters", OutletName.InTitle(["Reuters", "Sports"], "https://uk.reuters.com/article/cricket-1"));
        Assert.Null(OutletName.InTitle(["Reuters", "Sports"], "https://www.dailywrap.net/cricket-1"));
        Assert.Null(OutletName.InTitle(["Reuters", "Sports"], null));
    }

    [Theory]
    [InlineData("Belfast Telegraph", "https://www.belfasttelegraph.co.uk/news/1")]
    [InlineData("Guardian Unlimited", "https://sport.guardian.co.uk/cricket/1")]
    [InlineData("Australian Broadcasting Corporation", "https://www.abc.net.au/news/1")]
    public void A_name_agrees_with_an_address_by_its_letters_or_its_initials(string name, string address) =>
        Assert.True(OutletName.AgreesWith(name, address));

    [Fact]
    public void Labels_that_name_no_site_are_no_agreement() =>
        Assert.False(OutletName.AgreesWith("News", "https://news.example.com/1"));

    [Fact]
    public void The_host_of_an_address_is_given_without_www() =>
        Assert.Equal("news.bbc.co.uk", OutletName.Host("http://www.news.bbc.co.uk/2/hi/1.stm"));
}
