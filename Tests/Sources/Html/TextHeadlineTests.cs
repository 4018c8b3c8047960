using SearchEngine.Indexing.Sources.Html;

namespace SearchEngine.Tests.Sources.Html;

public class TextHeadlineTests
{
    private const string Story = "Troops arrive in Kursk\nAround 12,000 troops are set to arrive in the region, officials said.";

    private static string? Instead(string title, string text) => TextHeadline.Instead(new Stated(title, "<title>"), title, null, text)?.Value;

    /// <summary>The title as the part of a longer <c>&lt;title&gt;</c> kept when the page printed none of it.</summary>
    private static string? Guessed(string title, string text) =>
        TextHeadline.Instead(new Stated(title, "<title>" + HeadlineFinder.WithoutSite), "Daily Wrap – " + title + " - World", null, text)?.Value;

    [Fact]
    public void A_title_that_shares_no_word_with_the_text_yields_to_the_headline_the_text_opens_with() =>
        Assert.Equal("Troops arrive in Kursk", Instead("Wire Service Updates", Story));

    [Fact]
    public void A_section_label_before_the_headline_is_passed_over() =>
        Assert.Equal("Troops arrive in Kursk", Instead("Wire Service Updates", "Top Stories\n" + Story));

    [Fact]
    public void A_title_that_shares_a_word_with_the_text_stays() =>
        Assert.Equal("Kursk build-up", Instead("Kursk build-up", Story));

    [Theory]
    [InlineData("Kursk News. All the region's troops and news daily. Updated hourly")]
    [InlineData("Kursk Region Tuesday January 8, 2008")]
    public void A_title_of_sentences_or_ending_in_a_date_yields_to_the_headline_the_text_opens_with_though_it_shares_its_words(string title) =>
        Assert.Equal("Troops arrive in Kursk", Instead(title, Story));

    [Fact]
    public void A_title_of_sentences_stays_when_the_text_opens_with_no_headline() =>
        Assert.Equal("Kursk News. All the region's troops daily", Instead("Kursk News. All the region's troops daily", "Around 12,000 troops are set to arrive in Kursk, officials said."));

    [Theory]
    [InlineData("No to a curfew. Shops stay open late")]
    [InlineData("By Jane Doe")]
    [InlineData("Newswire - March 3, 2024")]
    [InlineData("Newswire - March 3, 2024 4:10 PM ET")]
    [InlineData("Troops are set to arrive in the region.")]
    public void A_sentence_a_byline_a_date_line_or_a_time_stamp_is_no_headline(string line) =>
        Assert.Equal("Wire Service Updates", Instead("Wire Service Updates", line + "\nShops stay open late in January as troops arrive in the region, Jane Doe writes for the Newswire."));

    [Fact]
    public void A_label_ending_in_a_colon_is_no_headline() =>
        Assert.Equal("Wire Service Updates", Instead("Wire Service Updates", "Some recall the troops:\nTroops arrived in the region on Saturday, officials said."));

    [Fact]
    public void A_title_part_guessed_from_the_title_and_printed_nowhere_yields_to_the_headline_the_text_opens_with() =>
        Assert.Equal("Troops arrive in Kursk", Guessed("Kursk's top-selling daily", Story));

    [Fact]
    public void A_title_part_guessed_from_the_title_that_the_text_prints_stays() =>
        Assert.Equal("Kursk troops arrive", Guessed("Kursk troops arrive", "Kursk troops arrive: what we know\nAround 12,000 troops are set to arrive in Kursk, officials said."));

    [Fact]
    public void A_line_whose_words_the_story_does_not_take_up_is_no_headline() =>
        Assert.Equal("Wire Service Updates", Instead("Wire Service Updates", "Share this page now\nAround 12,000 troops are set to arrive in the region."));

    [Fact]
    public void A_title_of_short_words_only_has_nothing_to_compare_and_stays() =>
        Assert.Equal("Off we go, in a new way", Instead("Off we go, in a new way", Story));

    [Fact]
    public void A_title_in_a_script_written_without_spaces_stays() =>
        Assert.Equal("部隊がクルスクに到着", Instead("部隊がクルスクに到着", Story));

    private const string WireStory = "CRETE (AP) - A ferry sank off Crete on Saturday, the coast guard said.\nAll 40 passengers were rescued.";

    [Fact]
    public void The_title_part_the_text_shares_words_with_replaces_a_site_description_beside_it()
    {
        var title = TextHeadline.Instead(new Stated("Valley News, Sports and Weather for Example County", "<title> without the site name"),
            "Valley News, Sports and Weather for Example County | Ferry sinks off Crete", null, WireStory);
        Assert.Equal("Ferry sinks off Crete", title?.Value);
    }

    [Fact]
    public void The_site_s_name_is_no_title_part_to_take_though_the_text_shares_its_words()
    {
        var title = TextHeadline.Instead(new Stated("What now?", "<title>"), "What now? - 3/1/2024 - Coast Guard Weekly", "Coast Guard Weekly", WireStory);
        Assert.Equal("What now?", title?.Value);
    }
}
