using AngleSharp.Html.Parser;
using SearchEngine.Indexing.Extraction;
using SearchEngine.Indexing.Sources;
using SearchEngine.Indexing.Sources.Html;

namespace SearchEngine.Tests.Sources;

public class PageMetadataReaderTests
{
    private static ExplicitMetadata Read(string head, string body = "<p>The story.</p>") =>
        PageMetadataReader.Read(new HtmlParser().ParseDocument($"<html><head>{head}</head><body>{body}</body></html>"));

    private static Article Processed(string head, string body = "<p>The story.</p>") =>
        ArticlePipeline.Default.Process(new RawArticle("test", "test", "The story.", Read(head, body), "hash"));

    /// <summary>A story longer than the lines below the headline the dateline reader reads.</summary>
    private static readonly string LongStory = string.Concat(Enumerable.Range(1, 14).Select(i => $"<p>Paragraph {i} of the story about the harbour plans.</p>"));

    private static string JsonLd(string json) => $"<script type=\"application/ld+json\">{json}</script>";

    [Fact]
    public void Json_ld_gives_headline_authors_publisher_and_date()
    {
        var meta = Read(JsonLd("""
            {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Troops arrive in Kursk",
             "datePublished": "2024-10-19T22:30:00-05:00",
             "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "John Roe"}],
             "publisher": {"@type": "Organization", "name": "Daily Wrap"}}
            """));
        Assert.Equal("Troops arrive in Kursk", meta.Title);
        Assert.Equal("Jane Doe and John Roe", meta.Author);
        Assert.Equal("Daily Wrap", meta.Outlet);
        Assert.Equal("2024-10-19T22:30:00-05:00", meta.Date);
    }

    private const string JavaDate = "<meta name=\"article:publicationdate\" content=\"Fri Mar 13 21:30:09 EST 2015\">";

    [Fact]
    public void A_machine_printed_zone_takes_the_offset_the_page_s_other_dates_state() =>
        Assert.Equal("2015-03-13T21:30:09+11:00",
            Processed(JavaDate + "<meta property=\"article:modified_time\" content=\"2015-03-14T08:00:00+11:00\">").Published?.ToString());

    [Fact]
    public void A_machine_printed_zone_takes_the_offset_it_has_in_the_country_of_the_page_s_address() =>
        Assert.Equal("2015-03-13T21:30:09+05:30",
            Processed(JavaDate.Replace("EST", "IST") + "<meta property=\"og:url\" content=\"https://news.example.co.in/story\">")
                .Published?.ToString());

    [Fact]
    public void A_machine_printed_zone_nothing_on_the_page_decides_is_kept_without_an_offset_and_said()
    {
        var article = Processed(JavaDate);
        Assert.Equal("2015-03-13T21:30:09", article.Published?.ToString());
        Assert.Contains("the page does not say which zone EST is", article.Origins.Date);
    }

    [Fact]
    public void An_evening_time_with_an_offset_keeps_its_own_day()
    {
        var article = Processed(JsonLd("""{"@type": "NewsArticle", "datePublished": "2024-10-19T22:30:00-05:00"}"""));
        Assert.Equal("2024-10-19", article.Published?.Day);
        Assert.Equal(TimeSpan.FromHours(-5), article.Published?.Offset);
    }

    [Fact]
    public void Open_graph_and_article_meta_are_read_without_json_ld()
    {
        var meta = Read("""
            <meta property="og:title" content="Troops arrive in Kursk">
            <meta property="og:site_name" content="Daily Wrap">
            <meta property="article:published_time" content="2024-10-19T06:44:00Z">
            <meta property="article:author" content="Malwina Witkowska">
            """);
        Assert.Equal(("Troops arrive in Kursk", "Daily Wrap", "2024-10-19T06:44:00Z", "Malwina Witkowska"), (meta.Title, meta.Outlet, meta.Date, meta.Author));
        Assert.Equal("meta article:published_time", meta.Origins.Date);
    }

    [Theory]
    [InlineData("https://www.example.org/profile/123456")]
    [InlineData("HTTPS://WWW.EXAMPLE.ORG/PROFILE/123456")]
    public void An_author_given_as_a_profile_address_is_never_an_address(string address)
    {
        var author = Processed($"""<meta property="article:author" content="{address}">""").Author;
        Assert.True(author is null || !author.Contains("http", StringComparison.OrdinalIgnoreCase) && !author.Contains("www", StringComparison.OrdinalIgnoreCase), author);
    }

    [Fact]
    public void A_profile_address_ending_in_a_name_gives_the_name() =>
        Assert.Equal("Jane Doe", Processed("""<meta property="article:author" content="https://www.example.org/people/jane-doe/">""").Author);

    [Fact]
    public void A_role_or_the_outlet_is_not_an_author()
    {
        var meta = Read("""
            <meta property="og:site_name" content="Daily Wrap">
            <meta name="author" content="Daily Wrap">
            <meta name="byl" content="By Jane Doe, Staff Writer">
            """);
        Assert.Equal("Jane Doe", meta.Author);
        Assert.Equal("meta byl", meta.Origins.Author);
    }

    [Fact]
    public void Published_beats_modified()
    {
        var meta = Read(JsonLd("""{"@type": "NewsArticle", "dateModified": "2024-10-21T08:00:00Z", "datePublished": "2024-10-19T06:44:00Z"}""")
                        + """<meta property="article:modified_time" content="2024-10-21T08:00:00Z">""");
        Assert.Equal("2024-10-19T06:44:00Z", meta.Date);
    }

    private static ExplicitMetadata SavedAndShown(string published, string modified, string shown) =>
        Read(JsonLd($$"""{"@type": "BlogPosting", "headline": "Harbour plans approved", "datePublished": "{{published}}", "dateModified": "{{modified}}"}"""),
             $"<h1>Harbour plans approved</h1><p>{shown}</p><p>The council approved the harbour plans on Tuesday.</p>");

    [Fact]
    public void Json_ld_dates_of_one_save_yield_to_the_earlier_day_printed_beside_the_headline()
    {
        var meta = SavedAndShown("2025-11-05T14:00:00Z", "2025-11-05T14:00:05Z", "January 31, 2024");
        Assert.Equal("January 31, 2024", meta.Date);
    }

    [Fact]
    public void Json_ld_dates_of_one_save_keep_their_day_when_a_western_zone_may_print_the_day_before()
    {
        var meta = SavedAndShown("2024-01-12T03:30:00Z", "2024-01-12T03:30:00Z", "January 11, 2024");
        Assert.Equal("2024-01-12T03:30:00Z", meta.Date);
    }

    [Fact]
    public void Json_ld_modified_on_a_later_day_keeps_its_datePublished_over_the_day_printed()
    {
        var meta = SavedAndShown("2025-11-05T14:00:00Z", "2025-11-20T09:00:00Z", "January 31, 2024");
        Assert.Equal("2025-11-05T14:00:00Z", meta.Date);
    }

    [Fact]
    public void A_meta_tag_named_for_the_publication_date_under_a_vendor_s_prefix_gives_the_date() =>
        Assert.Equal("2024-10-19", Read("""<meta name="cms_publish_date" content="2024-10-19">""").Date);

    [Fact]
    public void A_meta_tag_spelling_out_the_date_of_publication_gives_the_date() =>
        Assert.Equal("19 October 2024", Read("""<meta name="dateOfPublication" content="19 October 2024">""").Date);

    [Fact]
    public void A_print_edition_s_date_tag_gives_no_publication_date() =>
        Assert.Null(Read("""<meta name="printpubdate" content="2024-10-20">""").Date);

    [Fact]
    public void Broken_json_ld_is_ignored_and_the_next_script_read()
    {
        var meta = Read(JsonLd("""{"@type": "NewsArticle", "headline": "Broken" """) + JsonLd("""{"@type": "NewsArticle", "headline": "Troops arrive in Kursk"}"""));
        Assert.Equal("Troops arrive in Kursk", meta.Title);
    }

    [Fact]
    public void Json_ld_graph_form_is_read()
    {
        var meta = Read(JsonLd("""
            {"@context": "https://schema.org", "@graph": [
              {"@type": "WebSite", "name": "Daily Wrap"},
              {"@type": "WebPage", "name": "Troops arrive in Kursk | Daily Wrap"},
              {"@type": "Article", "headline": "Troops arrive in Kursk", "datePublished": "2024-10-19", "author": {"@type": "Person", "name": "Jane Doe"}}]}
            """));
        Assert.Equal(("Troops arrive in Kursk", "2024-10-19", "Jane Doe"), (meta.Title, meta.Date, meta.Author));
        Assert.Equal("json-ld headline", meta.Origins.Title);
    }

    [Fact]
    public void The_title_loses_its_site_name_and_section_when_a_heading_prints_the_headline()
    {
        var meta = Read("<title>Troops arrive in Kursk - World - The Evening Paper</title>", "<h1>Troops arrive in Kursk</h1><p>The story.</p>");
        Assert.Equal("Troops arrive in Kursk", meta.Title);
    }

    [Fact]
    public void A_title_element_the_parser_moved_into_the_body_is_not_printed_text()
    {
        // Stray text before <html> (a mangled byte-order mark) opens the body, so the <title> after it lands there.
        var document = new HtmlParser().ParseDocument(
            "ï»¿<html><head><title>Troops arrive in Kursk - World - The Evening Paper</title></head><body><h1>Troops arrive in Kursk</h1><p>The story.</p></body></html>");
        Assert.Equal("Troops arrive in Kursk", PageMetadataReader.Read(document).Title);
    }

    [Fact]
    public void A_site_name_before_a_colon_is_cut_when_the_page_prints_the_headline()
    {
        var meta = Read("<title>Evening Paper: Troops arrive in Kursk</title>", "<div class=\"hl\">Troops arrive in Kursk</div><p>The story.</p>");
        Assert.Equal("Troops arrive in Kursk", meta.Title);
    }

    [Fact]
    public void A_date_in_the_page_address_is_read_when_nothing_else_states_one()
    {
        var meta = Read("""<link rel="canonical" href="https://example.org/news/2024/10/19/troops-arrive/">""");
        Assert.Equal("2024-10-19", meta.Date);
        Assert.Equal("page address", meta.Origins.Date);
    }

    [Fact]
    public void Microdata_in_the_body_gives_author_and_date()
    {
        var meta = Read("", """
            <span itemprop="author" itemscope><span itemprop="name">Jane Doe</span></span>
            <time itemprop="datePublished" datetime="2024-10-19">19 October</time>
            """);
        Assert.Equal(("Jane Doe", "2024-10-19"), (meta.Author, meta.Date));
    }

    [Fact]
    public void A_byline_element_gives_the_name_without_the_role_printed_beside_it() =>
        Assert.Equal("Jane Doe", Read("", """<div class="article-byline"><a href="/people/jd">Jane Doe</a><span>Tech Reporter</span></div>""").Author);

    [Fact]
    public void A_byline_element_credits_every_writer_its_credit_joins() =>
        Assert.Equal("Jane Doe and John Roe", Read("", """
            <div class="byline">By <a href="/people/jd">Jane Doe</a> and <a href="/people/jr">John Roe</a><span>Tech Reporters</span></div>
            """).Author);

    [Fact]
    public void A_paper_set_after_a_comma_in_a_byline_element_is_not_a_second_writer() =>
        Assert.Equal("Jane Doe", Read("", """<div class="byline">Jane Doe, Harbour World</div>""").Author);

    [Fact]
    public void Each_writer_of_a_credit_may_name_where_they_filed() =>
        Assert.Equal("Jane Doe and John Roe and Ann Poe",
            Read("", "<h1>Headline here</h1><p>By Jane Doe in Brussels, John Roe in London and Ann Poe in San Francisco</p>").Author);

    [Fact]
    public void A_credit_in_a_picture_s_caption_is_the_photographer_s() =>
        Assert.Equal("Jane Doe", Read("", """
            <div class="caption"><img src="/fair.jpg"><div class="credit">By Jim Roe</div>Children at the harbour fair.</div>
            <h1>Headline here</h1><div>By Jane Doe</div><p>The story.</p>
            """).Author);

    [Fact]
    public void A_wire_writer_s_name_in_capitals_ends_where_the_role_in_small_letters_begins() =>
        Assert.Equal("Jane Doe", Processed("", "<h1>Headline here</h1><p><strong>By JANE DOE AP Technology Writer</strong></p>").Author);

    [Fact]
    public void A_link_to_a_columnist_s_page_in_a_menu_is_no_author() =>
        Assert.Null(Read("", """
            <ul><li><a href="/columnists">Columnists</a></li><li><a href="/columnists/hill">Dave Hill</a></li></ul>
            <h1>Headline here</h1><p>The story.</p>
            """).Author);

    [Fact]
    public void A_link_to_the_page_of_someone_the_story_quotes_is_no_author() =>
        Assert.Null(Read("", """
            <h1>Headline here</h1>
            <p>The harbour will flood twice as often by the end of the decade, according to <a href="/profile/lewis-roe">Lewis Roe</a>,
            who has studied its tides for twenty years and advised the council on the new sea wall.</p>
            """).Author);

    [Theory]
    [InlineData("Jane Doe, The Harbour Ledger")]
    [InlineData("Jane Doe in Rio de Janeiro")]
    public void A_name_line_beside_the_date_line_under_the_headline_credits_the_writer(string credit) =>
        Assert.Equal("Jane Doe", Read("", $"""
            <h1>Harbour plans approved</h1><div><h4>{credit}</h4><span>Published: Friday, January 18, 2008</span></div>
            <p>The council approved the harbour plans on Thursday after a long debate.</p>
            """).Author);

    [Fact]
    public void A_ticker_s_sentence_beside_the_date_line_is_no_credit() =>
        Assert.Null(Read("", """
            <h1>Harbour plans approved</h1><div><span>December 30, 2007</span>
            <p>Carling Cup; The semi-final draw has been completed with Chelsea against Everton.</p></div>
            """).Author);

    [Fact]
    public void A_title_naming_only_the_site_yields_to_the_page_s_h1() =>
        Assert.Equal("Troops arrive in Kursk", Read("<title>The Evening Paper</title>", "<h1>Troops arrive in Kursk</h1><p>The story.</p>").Title);

    [Fact]
    public void A_title_in_a_script_that_does_not_space_its_words_is_not_taken_for_the_site_s_for_sharing_no_word_with_the_h1() =>
        Assert.Equal("港口扩建计划获批", Read("<title>港口扩建计划获批 - 晚报</title>", "<h1>用户 登录</h1><p>港口扩建计划今天获批。</p>").Title);

    [Fact]
    public void Without_a_stated_title_the_heading_that_leads_the_article_text_is_the_headline()
    {
        var meta = Read("", """
            <h1>Latest News</h1><ul><li><a href="/a">Storm hits coast</a></li><li><a href="/b">Markets fall</a></li></ul>
            <h2>Troops arrive in Kursk</h2><p>Around 12,000 soldiers are set to arrive, officials said on Saturday.</p>
            <h3>Most read</h3><ul><li><a href="/c">Ferry sinks</a></li></ul>
            """);
        Assert.Equal("Troops arrive in Kursk", meta.Title);
    }

    [Fact]
    public void A_heading_linking_to_the_post_s_permanent_address_is_a_headline_block_at_any_level()
    {
        var story = string.Concat(Enumerable.Repeat("The council approved the harbour plans on Monday after a debate of six hours. ", 4));
        var meta = Read("", "<h4><a href=\"/2024/03/harbour-plans\" rel=\"bookmark\">Harbour plans approved after long debate</a></h4>"
            + $"<p>{story}</p><h2>Top Rated</h2><p>Readers rated these posts highest this week.</p>");
        Assert.Equal("Harbour plans approved after long debate", meta.Title);
    }

    [Fact]
    public void Without_a_stated_title_headings_that_lead_no_prose_give_no_headline() =>
        Assert.Null(Read("", """
            <p>Ferry service resumes</p><p>The ferry sailed again on Saturday after a week in port.</p>
            <h2>Photo Gallery</h2><ul><li><a href="/a">Harbour pictures</a></li></ul>
            """).Title);

    [Fact]
    public void A_title_naming_only_the_site_yields_to_the_heading_that_leads_the_article_text()
    {
        var meta = Read("<title>The Evening Paper</title>", """
            <h1>Top Stories Today</h1><ul><li><a href="/a">Storm hits coast</a></li></ul>
            <h3>Troops arrive in Kursk</h3><p>Around 12,000 soldiers are set to arrive, officials said on Saturday.</p>
            """);
        Assert.Equal("Troops arrive in Kursk", meta.Title);
    }

    [Fact]
    public void An_h1_printing_the_site_s_name_with_a_word_beside_a_title_of_that_name_yields_to_the_heading_that_leads_the_story()
    {
        var meta = Read("<title>The Evening Paper</title>", """
            <h1>The Evening Paper Live</h1><h2>Editorials</h2><ul><li><a href="/a">Archive</a></li></ul>
            <h3>Troops arrive in Kursk</h3><p>Around 12,000 soldiers are set to arrive, officials said on Saturday.</p>
            """);
        Assert.Equal("Troops arrive in Kursk", meta.Title);
    }

    /// <summary>A story of one paragraph, shorter than the box of teasers after it.</summary>
    private const string ShortStory = """
        <p>Around 12,000 soldiers are set to arrive in the region over the coming days, officials said on Saturday,
        as talks between the two sides stalled for a third week and families near the border were told to be ready to leave
        their homes at a day's notice, the regional governor said.</p>
        """;

    private const string LongerTeasers = """
        <p>Our readers argue about the week's news, from the price of bread to the state of the roads in the north.</p>
        <p>Join the conversation: the editors pick the best letters each Friday and print them in the weekend edition.</p>
        <p>Last week a reader asked why the ferry timetable changes every spring, and the harbour master answered.</p>
        <p>This week the talk is of the new bus lanes, which some call a blessing and others a waste of money.</p>
        """;

    [Fact]
    public void A_headline_leading_a_paragraph_beats_a_two_word_box_label_that_leads_more_prose()
    {
        var meta = Read("<title>The Evening Paper</title>", $"""
            <h1>Troops arrive in Kursk</h1>
            {ShortStory}
            <h3>Comment Blog</h3>
            {LongerTeasers}
            """);
        Assert.Equal("Troops arrive in Kursk", meta.Title);
    }

    [Fact]
    public void An_h1_leading_a_paragraph_beats_an_h3_headline_that_leads_more_prose()
    {
        var meta = Read("", $"""
            <h1>Troops arrive in Kursk</h1>
            {ShortStory}
            <h3>Our reporters at the harbour festival</h3>
            {LongerTeasers}
            """);
        Assert.Equal("Troops arrive in Kursk", meta.Title);
    }

    [Fact]
    public void A_standfirst_of_sentences_set_as_a_heading_is_not_the_headline_it_follows()
    {
        var meta = Read("<title>The Evening Paper</title>", """
            <h1>Troops arrive in Kursk</h1><p>Saturday, 3 March</p>
            <h2>Around 12,000 soldiers are on their way. Families near the border were told to be ready to leave.</h2>
            <p>Officials said on Saturday that talks between the two sides had stalled for a third week.</p>
            """);
        Assert.Equal("Troops arrive in Kursk", meta.Title);
    }

    [Fact]
    public void A_label_ending_in_a_colon_is_not_the_headline_of_the_text_it_introduces()
    {
        var meta = Read("", """
            <h2>Troops arrive in Kursk</h2><p>Around 12,000 soldiers are on their way.</p>
            <h3>Share this with:</h3><p>Friends, family and anyone else who follows the news from the region.</p>
            """);
        Assert.Equal("Troops arrive in Kursk", meta.Title);
    }

    [Fact]
    public void A_page_tool_s_label_classed_as_a_heading_is_not_the_headline_of_the_comments_it_heads()
    {
        var meta = Read("", """
            <h2>Troops arrive in Kursk</h2><p>Around 12,000 soldiers are on their way.</p>
            <div class="section-heading">Talkback - Add your opinion</div>
            <p>Readers argue about the troops, the talks and the border, and about who should pay for it all.</p>
            """);
        Assert.Equal("Troops arrive in Kursk", meta.Title);
    }

    [Fact]
    public void A_wire_story_s_news_markup_names_its_headline() =>
        Assert.Equal("Ferry sinks off Crete", Read("", """
            <span><NewsML><NewsLines><HeadLine>Ferry sinks off Crete</HeadLine><ByLine>by Jane Doe</ByLine></NewsLines>
            <p>The ferry sank off the north coast of Crete on Saturday, and all 200 passengers were rescued by fishing boats
            and the coastguard before nightfall, the port authority said.</p></NewsML></span>
            """).Title);

    [Fact]
    public void A_date_line_classed_as_a_headline_leaves_the_story_to_the_headline_above_it() =>
        Assert.Equal("Troops arrive in Kursk", Read("", $"""
            <span class="headline">Troops arrive in Kursk</span><br><span class="headline">Wire Weekly - March 3, 2024</span>
            {ShortStory}
            """).Title);

    [Fact]
    public void A_byline_classed_as_a_headline_leaves_the_story_to_the_headline_above_it() =>
        Assert.Equal("Troops arrive in Kursk", Read("", $"""
            <span class="headline">Troops arrive in Kursk</span><br><span class="headline">By Jane Doe</span>
            {ShortStory}
            """).Title);

    [Fact]
    public void A_two_word_headline_keeps_the_story_from_sidebar_headings_that_lead_only_a_line()
    {
        var meta = Read("<title>The Evening Paper</title>", """
            <h1>Jane Doe</h1>
            <p>The singer talks about her new record, her years on the road and the town she grew up in, where she still
            spends every summer with her family and plays a concert in the square for anyone who turns up to hear her.</p>
            <h3>More TV Interviews</h3><p>Talks with the stars.</p>
            """);
        Assert.Equal("Jane Doe", meta.Title);
    }

    [Theory]
    [InlineData("<div class=\"hed\">Troops arrive in Kursk</div>")]
    [InlineData("<span class=\"headline2\">Troops arrive in Kursk</span>")]
    [InlineData("<span class=\"heading\">Troops arrive in Kursk</span>")]
    [InlineData("<span class=\"articleHeadline\">Troops arrive in Kursk</span>")]
    [InlineData("<div id=\"title\">Troops arrive in Kursk</div>")]
    [InlineData("<span id=\"main_lblTitle\">Troops arrive in Kursk</span>")]
    public void A_headline_marked_by_heading_shorthand_numbered_qualified_or_id_names_replaces_a_title_naming_only_the_site(string headline) =>
        Assert.Equal("Troops arrive in Kursk", Read("<title>The Evening Paper</title>", headline + "<p>Around 12,000 soldiers are set to arrive.</p>").Title);

    [Theory]
    [InlineData("<font class=\"storyhead\"><b>Troops arrive in Kursk</b></font>")]
    [InlineData("<span class=\"ArticleHead\">Troops arrive in Kursk</span>")]
    [InlineData("<div class=\"contentheading\">Troops arrive in Kursk</div>")]
    public void A_story_s_or_article_s_head_run_together_or_joomla_s_content_heading_marks_the_headline(string headline) =>
        Assert.Equal("Troops arrive in Kursk", Read("<title>The Evening Paper</title>", headline + "<p>Around 12,000 soldiers are set to arrive.</p>").Title);

    [Fact]
    public void A_credit_on_its_own_line_inside_the_headline_s_element_is_not_part_of_the_headline() =>
        Assert.Equal("Troops arrive in Kursk", Read("<title>The Evening Paper</title>",
            "<h1>Troops arrive in Kursk<br/><span>by Jane Doe, 3 March 2024</span></h1><p>Around 12,000 soldiers are set to arrive.</p>").Title);

    [Fact]
    public void A_comment_inside_the_headline_s_element_is_no_part_of_the_headline() =>
        Assert.Equal("Troops arrive in Kursk", Read("<title>The Evening Paper</title>",
            "<h1>Troops arrive in Kursk<!-- Date and Byline --><br/><span>by Jane Doe, 3 March 2024</span></h1><p>Around 12,000 soldiers are set to arrive.</p>").Title);

    [Fact]
    public void A_date_classed_element_the_headline_s_element_ends_with_is_not_part_of_the_headline() =>
        Assert.Equal("Troops arrive in Kursk", Read("<title>The Evening Paper</title>",
            "<h1>Troops arrive in Kursk <span class=\"story-date\"><br>Saturday, 3, March, 2024</span></h1><p>Around 12,000 soldiers are set to arrive.</p>").Title);

    [Fact]
    public void A_date_alone_under_a_label_in_a_headline_classed_box_stays_for_the_title_rules_to_see() =>
        Assert.Equal("City Sport Tuesday January 8, 2008", Read("<title>The Evening Paper</title>",
            "<div class=\"headline_top\">City Sport<br/>Tuesday January 8, 2008</div><p>Troops arrive in Kursk</p>" +
            "<p>Around 12,000 soldiers are set to arrive in the region this week, officials in the capital said on Tuesday evening.</p>").Title);

    [Fact]
    public void A_subtitle_id_marks_no_headline() =>
        Assert.Equal("The Evening Paper", Read("<title>The Evening Paper</title>", "<div id=\"subtitle\">Soldiers set to arrive</div><p>Around 12,000 soldiers are set to arrive.</p>").Title);

    [Fact]
    public void A_part_a_heading_prints_is_the_headline_however_long_the_site_description_beside_it()
    {
        var meta = Read("<title>Troops arrive in Kursk - World News, Results, Fixtures and Features from The Evening Paper</title>",
            "<h1>News</h1><h2>Troops arrive in Kursk</h2><p>Around 12,000 soldiers are set to arrive.</p>");
        Assert.Equal("Troops arrive in Kursk", meta.Title);
    }

    [Fact]
    public void A_title_printed_whole_with_the_site_and_section_gives_the_part_the_page_also_prints_alone_as_a_headline()
    {
        var meta = Read("<title>Evening.com | Sport | Troops arrive in Kursk</title>", """
            <div class="headline">Evening.com | Sport | Troops arrive in Kursk</div>
            <h1>Troops arrive in Kursk</h1><p>Around 12,000 soldiers are set to arrive.</p>
            """);
        Assert.Equal("Troops arrive in Kursk", meta.Title);
    }

    [Fact]
    public void A_section_the_headline_shares_with_a_title_worded_apart_is_no_part_of_the_headline()
    {
        var meta = Read("""<meta property="og:title" content="Troops arrive in Kursk | Opinion"><title>What the Kursk build-up means | Opinion</title>""",
            "<h1>Troops arrive in Kursk | Opinion</h1><p>Around 12,000 soldiers are set to arrive.</p>");
        Assert.Equal("Troops arrive in Kursk", meta.Title);
    }

    [Fact]
    public void A_two_word_site_name_a_heading_prints_is_no_headline()
    {
        var meta = Read("<title>Daily Wrap | Troops arrive in the Kursk region after a week of fighting near the border</title>",
            "<h2>Daily Wrap</h2><p>Around 12,000 soldiers are set to arrive.</p>");
        Assert.Equal("Troops arrive in the Kursk region after a week of fighting near the border", meta.Title);
    }

    [Fact]
    public void A_title_an_h3_prints_beats_a_site_name_an_h1_prints()
    {
        var meta = Read("""<meta property="og:title" content="Small steps for the city council"><title>Evening Paper Blog: Small steps for the city council</title>""",
            "<h1>Evening Paper Blog</h1><h3>Small steps for the city council</h3><p>The council met on Monday.</p>");
        Assert.Equal("Small steps for the city council", meta.Title);
    }

    [Fact]
    public void A_printed_title_longer_than_a_site_name_is_kept_though_no_headline_block_shares_its_words()
    {
        var meta = Read("<title>Director calls for a dubbed version of his first film</title>",
            "<div class=\"headline\">Top Stories</div><p><b>Director calls for a dubbed version of his first film</b></p><p>The director said on Monday.</p>");
        Assert.Equal("Director calls for a dubbed version of his first film", meta.Title);
    }

    [Theory]
    [InlineData("<li>• Troops arrive in Kursk</li>")]
    [InlineData("<h2>» Troops arrive in Kursk «</h2>")]
    public void The_bullet_or_arrows_a_page_prints_around_the_headline_are_no_part_of_the_title(string printed) =>
        Assert.Equal("Troops arrive in Kursk",
            Read("<title>Troops arrive in Kursk - Daily Wrap</title>", printed + "<p>Around 12,000 soldiers.</p>").Title);

    [Fact]
    public void A_web_address_beginning_the_title_is_not_the_printed_headline() =>
        Assert.Equal("Vibe check", Read("<title>example.com Vibe check</title>", "<h1>example.com</h1><h3>Vibe check</h3><p>I tried it.</p>").Title);

    [Fact]
    public void The_page_s_one_h1_replaces_a_stated_title_worded_for_search_engines_that_the_page_does_not_print()
    {
        var meta = Read("""<meta property="og:title" content="Kursk troop build-up: what we know">""",
            "<h1>Thousands of troops arrive in Kursk as talks stall</h1><p>Around 12,000 soldiers are set to arrive.</p>");
        Assert.Equal("Thousands of troops arrive in Kursk as talks stall", meta.Title);
    }

    [Fact]
    public void The_site_name_around_a_title_the_printed_h1_rewords_is_still_the_outlet()
    {
        var meta = Read("<title>Kursk troop build-up: what we know | Daily Wrap</title>",
            "<h1>Thousands of troops arrive in Kursk as talks stall</h1><p>Around 12,000 soldiers are set to arrive.</p>");
        Assert.Equal(("Thousands of troops arrive in Kursk as talks stall", "Daily Wrap"), (meta.Title, meta.Outlet));
    }

    [Fact]
    public void An_h1_that_shares_no_word_with_the_stated_title_leaves_it()
    {
        var meta = Read("""<meta property="og:title" content="Kursk troop build-up: what we know">""",
            "<h1>Weather and traffic today</h1><p>Around 12,000 soldiers are set to arrive.</p>");
        Assert.Equal("Kursk troop build-up: what we know", meta.Title);
    }

    [Fact]
    public void A_page_with_several_h1s_keeps_its_stated_title()
    {
        var meta = Read("""<meta property="og:title" content="Kursk troop build-up: what we know">""",
            "<h1>Thousands of troops arrive in Kursk</h1><h1>Kursk residents leave</h1><p>Around 12,000 soldiers are set to arrive.</p>");
        Assert.Equal("Kursk troop build-up: what we know", meta.Title);
    }

    [Fact]
    public void A_personal_blog_s_author_may_bear_the_site_s_name()
    {
        var meta = Read("""<meta property="og:site_name" content="Jane Doe"><meta name="author" content="Jane Doe">""");
        Assert.Equal("Jane Doe", meta.Author);
    }

    [Fact]
    public void A_date_classed_element_states_the_day_when_nothing_else_does() =>
        Assert.Equal("Dec. 19, 2025", Read("", """<div class="publish-date">Dec. 19, 2025 · Jane Doe</div>""").Date);

    [Fact]
    public void A_date_in_a_credit_line_below_the_headline_is_the_publication_date()
    {
        var meta = Read("<title>Gothic romance</title>", """
            <p>Today is Monday 15 January 2008</p>
            <h1>Book beat: gothic romance and more</h1>
            <p>by <a href="/author/amanda/">Amanda</a> · Dec 20, 2025 at 3:00 am · 12 comments</p>
            <p>The story.</p>
            """);
        Assert.Equal(("Dec 20, 2025 at 3:00 am", "text: dateline"), (meta.Date, meta.Origins.Date));
    }

    [Fact]
    public void A_date_set_apart_from_the_name_by_a_spaced_dash_is_read_from_the_credit_line()
    {
        var meta = Read("<title>Harbour plans</title>", """
            <h1>The harbour plans are out</h1>
            <p><a href="/authors/jane-doe">Jane Doe</a> - 23/03/2026</p>
            <p>The story.</p>
            """);
        Assert.Equal(("23/03/2026", "text: dateline"), (meta.Date, meta.Origins.Date));
    }

    [Fact]
    public void A_time_printed_after_an_updated_label_gives_way_to_the_date_the_story_was_created()
    {
        var meta = Read(JsonLd("""{"@type": "NewsArticle", "dateCreated": "2025-03-02"}"""),
            """<p>Updated <time datetime="2026-01-16">January 16, 2026</time></p><p>The story.</p>""");
        Assert.Equal(("2025-03-02", "json-ld dateCreated"), (meta.Date, meta.Origins.Date));
    }

    [Fact]
    public void A_date_followed_by_the_story_s_source_on_its_line_gives_its_date()
    {
        var meta = Read("<title>Harbour plans</title>", """
            <h1>The harbour plans are out</h1>
            <div>2023-11-17 20:52:15 来源： 新华网</div>
            <p>The story.</p>
            """);
        Assert.Equal(("2023-11-17 20:52:15", "text: dateline"), (meta.Date, meta.Origins.Date));
    }

    [Fact]
    public void A_date_line_that_credits_the_writer_after_the_date_gives_its_date()
    {
        var meta = Read("<title>Harbour plans</title>", """
            <h1>The harbour plans are out</h1>
            <div>Published on January 12, 2008 by Jo Marsh</div>
            <p>The story.</p>
            """);
        Assert.Equal(("January 12, 2008", "text: dateline"), (meta.Date, meta.Origins.Date));
    }

    [Fact]
    public void A_dashed_date_line_below_the_headline_gives_its_date() =>
        Assert.Equal("17-01-2008", Read("<title>Harbour plans</title>", "<h1>The harbour plans are out</h1><div>Posted on: 17-01-2008</div><p>The story.</p>").Date);

    [Theory]
    [InlineData("by Jo Marsh, Friday, Dec 28, 2007 9:00 AM ET", "Friday, Dec 28, 2007 9:00 AM ET")]
    [InlineData("By Agencies on Friday, January 18, 2008", "Friday, January 18, 2008")]
    public void A_date_printed_after_the_byline_s_name_gives_its_date(string byline, string date) =>
        Assert.Equal(date, Read("<title>Harbour plans</title>", $"<h1>The harbour plans are out</h1><div>{byline}</div><p>The story.</p>").Date);

    [Fact]
    public void A_wire_dateline_on_its_own_line_below_the_headline_gives_its_date() =>
        Assert.Equal("Jan. 8, 2008", Read("<title>Harbour plans</title>", "<h1>The harbour plans are out</h1><div>BEVERLY HILLS, Calif., Jan. 8, 2008</div><p>(AP) The story.</p>").Date);

    [Fact]
    public void A_labelled_date_line_below_the_headline_gives_its_date()
    {
        var meta = Read("<title>Fasting</title>", """
            <h1>What fasting does for your body</h1>
            <div><span>By</span><span>Jane Doe</span></div>
            <div>Published March 9, 2026</div>
            <p>The story.</p>
            """);
        Assert.Equal(("March 9, 2026", "text: dateline"), (meta.Date, meta.Origins.Date));
    }

    [Fact]
    public void A_date_line_below_the_headline_beats_a_date_element_elsewhere_on_the_page()
    {
        var meta = Read("<title>Harbour plans</title>", """
            <h1>The harbour plans are out</h1>
            <div>Jan 14, 2008 by Jo Marsh</div>
            <p>The story.</p>
            <h3>Comments</h3><div class="comment"><span class="comment-timestamp">2008-01-19T17:52:00Z</span><p>A reader's view.</p></div>
            """);
        Assert.Equal(("Jan 14, 2008", "text: dateline"), (meta.Date, meta.Origins.Date));
    }

    [Fact]
    public void A_date_line_at_the_top_of_a_page_whose_headline_is_not_found_yields_to_a_date_element()
    {
        var meta = Read("<title>Harbour plans</title>", """
            <div>Tuesday, January 15, 2008</div>
            <h2>Harbour news</h2>
            <div class="story-date">January 14, 2008</div>
            <p>The story.</p>
            """);
        Assert.Equal("January 14, 2008", meta.Date);
    }

    [Fact]
    public void An_update_stamp_after_the_story_s_last_sentence_dates_a_page_that_prints_no_other_date()
    {
        var meta = Read("<title>Harbour plans</title>", "<h1>The harbour plans are out</h1>" + LongStory + """
            <div>Copyright Harbour News 2008</div><div>Last Updated: 31 December 2007 10:36 AM</div>
            """);
        Assert.Equal(("31 December 2007 10:36 AM", "text: date line at the story's foot"), (meta.Date, meta.Origins.Date));
    }

    [Fact]
    public void A_labelled_date_line_further_below_the_story_s_end_is_not_its_date() =>
        Assert.Null(Read("<title>Harbour plans</title>", "<h1>The harbour plans are out</h1>" + LongStory + """
            <div>Comments</div><div>Post a comment</div><div>Your name</div><div>Posted on 31 December 2007 10:36 AM</div>
            """).Date);

    [Fact]
    public void A_labelled_date_in_a_date_classed_element_gives_its_date() =>
        Assert.Equal("5 April 2018", Read("", "<h1>Headline here</h1>" + string.Concat(Enumerable.Repeat("<p>The story goes on.</p>", 12))
            + """<div class="post-date">Posted: 5 April 2018 | 6:00 PM</div>""").Date);

    [Fact]
    public void A_time_whose_datetime_is_written_as_printed_gives_its_date() =>
        Assert.Equal("2025-12-19T20:00:00", Processed("", """
            <header><h1>Grads find degrees no longer guarantee jobs</h1>
            Posted by <a href="/~jdoe">Jane Doe</a> <time datetime="on Friday December 19, 2025 @08:00PM">on Friday December 19, 2025 @08:00PM</time></header>
            <p>The story.</p>
            """).Published?.ToString());

    [Fact]
    public void A_date_line_below_a_headline_printed_as_a_fieldset_legend_gives_its_date() =>
        Assert.Equal("20 December 2025", Read("<title>Advent of Code week 2</title>", """
            <fieldset><legend>Advent of Code week 2</legend>
            20 December 2025
            <div><p>I did Advent of Code again.</p></div></fieldset>
            """).Date);

    [Fact]
    public void The_original_date_a_newspaper_s_meta_tag_states_is_the_publication_date()
    {
        var meta = Read("""<meta name="article_date_original" content="Saturday, December 27, 2014, 12:06 PM">""");
        Assert.Equal(("Saturday, December 27, 2014, 12:06 PM", "meta article_date_original"), (meta.Date, meta.Origins.Date));
    }

    [Fact]
    public void A_utc_time_a_day_off_the_day_in_the_address_gives_way_to_the_address()
    {
        var meta = Read("""
            <meta property="og:url" content="https://example.org/2025/12/18/comfort-watches/">
            <meta property="article:published_time" content="2025-12-19T02:41:41+00:00">
            """);
        Assert.Equal("2025-12-18", meta.Date);
    }

    [Fact]
    public void A_publication_date_labelled_just_above_the_headline_is_read() =>
        Assert.Equal("Tue, Mar. 4, 2025", Read("", "<h5>Posted on Tue, Mar. 4, 2025</h5><h1>Bridge closes</h1><p>The story.</p>").Date);

    [Fact]
    public void An_unlabelled_date_above_the_headline_is_not_read_as_the_publication_s() =>
        Assert.Null(Read("", "<div>Tuesday, March 11, 2025</div><h1>Bridge closes</h1><p>The story.</p>").Date);

    [Fact]
    public void An_update_stamp_above_the_headline_dates_a_page_that_prints_no_other_date()
    {
        var meta = Read("", "<div>Last Updated: Tuesday, 11 March 2025, 14:28 GMT</div><h1>Bridge closes</h1><p>The story.</p>");
        Assert.Equal(("Tuesday, 11 March 2025, 14:28 GMT", "text: update line above the headline"), (meta.Date, meta.Origins.Date));
    }

    [Theory]
    [InlineData("<div>Posted: 10 March 2025</div><div>Updated: 11 March 2025</div><div>Print</div><div>Share</div>")]
    [InlineData("<div>10 March 2025 | Updated: 11 March 2025</div>")]
    public void An_update_stamp_beside_a_first_date_above_the_headline_does_not_date_the_page(string above) =>
        Assert.Null(Read("", $"{above}<h1>Bridge closes</h1><p>The story.</p>").Date);

    [Fact]
    public void An_update_stamp_above_the_headline_gives_way_to_a_stated_publication_date()
    {
        var meta = Read("""<meta property="article:published_time" content="2025-03-10">""",
            "<div>Last Updated: Tuesday, 11 March 2025</div><h1>Bridge closes</h1><p>The story.</p>");
        Assert.Equal("2025-03-10", meta.Date);
    }

    [Fact]
    public void A_masthead_s_date_above_the_headline_gives_way_to_the_story_s_date_below_it()
    {
        var meta = Read("", """
            <div class="date">Tuesday, March 11, 2025</div>
            <h1>Bridge closes</h1><p class="date">March 9, 2025</p><p>The story.</p>
            """);
        Assert.Equal("March 9, 2025", meta.Date);
    }

    [Fact]
    public void Of_the_dates_above_the_headline_the_one_nearest_it_is_the_story_s()
    {
        var meta = Read("", """
            <div class="date">Tuesday, March 11, 2025</div>
            <ul><li class="date">Posted: March 9, 2025</li></ul>
            <h1>Bridge closes</h1><p>The story.</p>
            """);
        Assert.Equal("March 9, 2025", meta.Date);
    }

    [Fact]
    public void A_time_with_the_page_own_offset_is_not_moved_to_the_day_in_the_address()
    {
        var meta = Read("""
            <meta property="og:url" content="https://example.org/2025/12/18/comfort-watches/">
            <meta property="article:published_time" content="2025-12-19T02:41:41-05:00">
            """);
        Assert.Equal("2025-12-19T02:41:41-05:00", meta.Date);
    }

    [Fact]
    public void A_month_named_in_the_address_gives_its_day()
    {
        var meta = Read("""<link rel="canonical" href="https://example.org/blog/2023/october/03/how-many-wine-types">""");
        Assert.Equal(("2023-10-03", "page address"), (meta.Date, meta.Origins.Date));
    }

    [Fact]
    public void Reporters_a_credit_names_in_brackets_as_working_with_the_writer_are_credited_too() =>
        Assert.Equal("Jane Doe and John Roe and Ann Poe",
            Read("", """<p>Par <span itemprop="author">Jane Doe (avec John Roe et Ann Poe)</span></p><p>The story.</p>""").Author);

    [Fact]
    public void A_french_credit_parts_its_names_at_et() =>
        Assert.Equal("Jeanne Dupont and Anne Petit", Read("""<meta name="author" content="Jeanne Dupont et Anne Petit">""").Author);

    [Fact]
    public void The_name_printed_after_the_author_s_photo_is_the_author() =>
        Assert.Equal("Jane Doe", Read("", """
            <h1>Harbour plans approved</h1><div><img alt="Photo of author" src="a.jpg"></div>
            <div><p>Jane Doe</p><p>Harbour reporter</p></div><p>The council approved the plans.</p>
            """).Author);

    [Fact]
    public void An_image_classed_as_the_author_s_avatar_names_the_text_beside_it() =>
        Assert.Equal("Jane Doe", Read("", """<h1>Harbour plans approved</h1><span><img class="author-avatar" src="a.jpg"> Jane Doe</span>""").Author);

    [Fact]
    public void A_name_after_a_photo_not_marked_as_the_author_s_names_no_author() =>
        Assert.Null(Read("", """<h1>Harbour plans approved</h1><img alt="The harbour at dawn" src="a.jpg"><p>Jane Doe</p>""").Author);

    [Fact]
    public void Authors_listed_one_tag_each_are_all_kept()
    {
        var meta = Read("""
            <meta name="DC.Creator" content="Jennifer Huberty">
            <meta name="citation_authors" content="Jennifer Huberty">
            <meta name="citation_authors" content="Jeni Green">
            <meta name="citation_authors" content="Chong Lee">
            """);
        Assert.Equal("Jennifer Huberty and Jeni Green and Chong Lee", meta.Author);
    }

    [Fact]
    public void A_stated_author_of_one_word_is_kept_when_it_is_a_given_name_or_a_name_in_a_script_without_capitals()
    {
        Assert.Equal("Amanda", Processed("""<meta name="author" content="Amanda">""").Author);
        Assert.Equal("肖春芳", Processed("""<meta name="author" content="肖春芳">""").Author);
    }

    [Theory]
    [InlineData("Columnists")]
    [InlineData("Earthtimes")]
    public void A_stated_author_of_one_word_that_is_no_name_is_not_an_author(string credit) =>
        Assert.Null(Processed($"""<meta name="author" content="{credit}">""").Author);

    [Fact]
    public void An_organisation_credited_beside_the_writer_is_not_an_author()
    {
        var meta = Read("", """<h1>Is 2025 the year nature replaces climate?</h1><h3 class="byline">by Amalia Helen, Nature Tech Collective</h3><p>The story.</p>""");
        Assert.Equal("Amalia Helen", meta.Author);
    }

    [Fact]
    public void The_publisher_named_after_the_writers_with_its_article_is_not_an_author()
    {
        var meta = Read(JsonLd("""
            {"@type": "NewsArticle", "author": {"@type": "Person", "name": "Manoj Jain and Jagpreet Chhatwal, The Commercial Appeal"},
             "publisher": {"@type": "Organization", "name": "The Commercial Appeal"}}
            """));
        Assert.Equal("Manoj Jain and Jagpreet Chhatwal", meta.Author);
    }

    [Fact]
    public void A_by_line_loses_the_wire_and_the_paper_printed_beside_the_name()
    {
        Assert.Equal("David B. Caruso", Read("", "<h1>Headline here</h1><p>By David B. Caruso Associated Press</p><p>The story.</p>").Author);
        Assert.Equal("Barbara Vancheri", Read("", "<h1>Headline here</h1><p>By Barbara Vancheri<br>Pittsburgh Post-Gazette</p><p>The story.</p>").Author);
    }

    [Fact]
    public void A_by_line_with_degrees_and_a_company_gives_the_writers()
    {
        var meta = Read("", "<h1>Climate tech</h1><h3>by Dr. Ang Xiao, PhD and Jessica Pan, MPH | SandboxAQ</h3><p>The story.</p>");
        Assert.Equal("Dr. Ang Xiao and Jessica Pan", meta.Author);
    }

    [Fact]
    public void A_link_to_a_people_page_that_names_a_section_is_no_author()
    {
        var meta = Read("", """
            <nav><a href="/people/harbour-columnists">Harbour Columnists</a></nav>
            <h1>Headline here</h1><p>The story.</p><p><a href="/people/jane-doe">More Jane Doe</a></p>
            """);
        Assert.Equal(("Jane Doe", "author page link"), (meta.Author, meta.Origins.Author));
    }

    [Fact]
    public void A_photographer_s_credit_styled_as_a_byline_is_no_author()
    {
        var meta = Read("", """
            <h1>Headline here</h1><div><img src="/a.jpg"><span class="byline">STAFF PHOTO BY JANE ROE</span></div>
            <p class="byline">By John Doe</p><p>The story.</p>
            """);
        Assert.Equal("John Doe", meta.Author);
    }

    [Fact]
    public void A_commenter_is_not_the_author()
    {
        var meta = Read("", """
            <h1>Headline here</h1><p>The story.</p>
            <div class="comment-list"><div class="comment"><a href="/author/may-puckey">May Puckey</a> Great read.</div></div>
            <div class="commentText"><p>What a terrible idea.</p></div><p class="posted">Posted by: Lucky Lakeshore | January 14, 2008 06:24 PM</p>
            """);
        Assert.Null(meta.Author);
    }

    [Fact]
    public void A_posted_by_line_names_the_author_and_an_author_box_role_does_not()
    {
        Assert.Equal("David", Read("", """<h1>Vibe coding</h1><p>The story.</p><span class="posted">Posted by David at December 16, 2025 11:15 AM</span>""").Author);
        Assert.Equal("Joakim Edin", Read("", """
            <h1>A new standard</h1>
            <div class="post_author-title">AI platform for healthcare</div><div class="post_author-name">Joakim Edin</div>
            """).Author);
    }

    [Theory]
    [InlineData("TOI Lifestyle Desk")]
    [InlineData("BCBSOK Connect Team")]
    public void A_desk_or_team_credit_names_no_person(string credit) =>
        Assert.Null(Processed($"""<meta name="author" content="{credit}">""").Author);

    [Theory]
    [InlineData("KXYZ - Springfield, MO")]
    [InlineData("WKRN-TV Web Staff")]
    [InlineData("NBC Sports")]
    public void A_credit_opening_with_a_broadcaster_s_or_network_s_initials_names_no_person(string credit) =>
        Assert.Null(Processed($"""<meta name="author" content="{credit}">""").Author);

    [Theory]
    [InlineData("KIM Soo-jin", "Kim Soo-jin")]
    [InlineData("KATE WALSH", "Kate Walsh")]
    public void A_name_whose_first_word_is_in_capitals_is_still_a_name(string credit, string author) =>
        Assert.Equal(author, Processed($"""<meta name="author" content="{credit}">""").Author);

    [Fact]
    public void An_article_a_station_signs_does_not_take_a_teaser_s_writer()
    {
        var meta = Read("""<meta name="author" content="KXYZ - Springfield, MO">""", """
            <h1>Bridge closes</h1><p>The story.</p>
            <div class="more"><a href="/story/2">Storm ahead</a><p class="byline">By <a rel="author" href="/author/ben-hon/">Ben Hon</a></p></div>
            """);
        Assert.Null(meta.Author);
    }

    [Fact]
    public void A_line_break_s_tag_in_a_stated_credit_parts_the_name_from_the_paper() =>
        Assert.Equal("Jo Marsh", Read("""<meta property="og:site_name" content="The Harbour Ledger"><meta name="author" content="Jo Marsh<BR>The Harbour Ledger">""").Author);

    [Fact]
    public void A_wire_in_brackets_after_the_name_is_not_part_of_it() =>
        Assert.Equal("Jo Marsh", Read("", """<h1>Bridge closes</h1><p class="byline">By Jo Marsh (AP)</p><p>The story.</p>""").Author);

    [Fact]
    public void A_note_in_brackets_after_the_name_keeps_its_closing_bracket() =>
        Assert.Equal("Jo Marsh (Harbour Notes)", Read("""<meta name="author" content="Jo Marsh (Harbour Notes)">""").Author);

    [Fact]
    public void The_outlet_s_name_joined_by_an_ampersand_is_not_a_list_of_authors() =>
        Assert.Null(Read("""<meta property="og:site_name" content="Pens & Ink"><meta name="dc.creator" content="Pens & Ink">""").Author);

    [Fact]
    public void A_credit_naming_one_of_the_outlet_s_two_names_is_not_an_author() =>
        Assert.Null(Read("""<meta property="og:site_name" content="Harbour Star / Weekly Journal"><meta name="author" content="Harbour Star">""").Author);

    [Fact]
    public void A_credit_whose_letters_spell_the_outlet_s_host_is_not_an_author() =>
        Assert.Null(Read("""<title>Bridge closes - harbourstar.com</title><meta name="author" content="Harbour Star">""", "<h1>Bridge closes</h1><p>The story.</p>").Author);

    [Theory]
    [InlineData("The Harbour Advertiser")]
    [InlineData("Marsh County Newspapers")]
    [InlineData("Bright Pixel Interactive")]
    public void A_paper_or_a_firm_stated_as_the_author_is_not_an_author(string credit) =>
        Assert.Null(Read($"""<meta name="author" content="{credit}">""").Author);

    [Fact]
    public void A_name_ending_in_a_word_papers_are_named_with_is_a_name_when_it_starts_with_a_given_name() =>
        Assert.Equal("Emily Post", Read("""<meta name="author" content="Emily Post">""").Author);

    [Theory]
    [InlineData("""<a href="/contact">Contact Us</a>""")]
    [InlineData("Search Site:")]
    public void A_link_or_a_label_styled_as_a_byline_is_no_author(string credit) =>
        Assert.Null(Read("", $"""<h1>Bridge closes</h1><p class="byline">{credit}</p><p>The story.</p>""").Author);

    [Theory]
    [InlineData("Jo Marsh / New Delhi")]
    [InlineData("Jo Marsh, Washington")]
    public void The_place_a_writer_filed_from_is_not_a_second_author(string credit) =>
        Assert.Equal("Jo Marsh", Read($"""<meta name="byline" content="{credit}">""").Author);

    [Fact]
    public void A_city_printed_after_the_name_without_a_comma_is_where_the_writer_filed() =>
        Assert.Equal("Jo Marsh", Read("", """<h1>Bridge closes</h1><div class="author">By Jo Marsh Berlin | Monday, 14 January, 2008</div><p>The story.</p>""").Author);

    [Fact]
    public void A_last_name_that_is_also_a_city_is_kept_when_the_credit_has_two_words() =>
        Assert.Equal("Jo Berlin", Read("", """<h1>Bridge closes</h1><p class="byline">By Jo Berlin</p><p>The story.</p>""").Author);

    [Fact]
    public void A_credit_giving_the_surname_first_in_capitals_names_one_person_given_name_first() =>
        Assert.Equal("Simon Cox", Read("""<meta name="author" content="COX, Simon">""").Author);

    [Fact]
    public void A_job_title_stated_as_the_author_gives_way_to_the_writer_s_byline() =>
        Assert.Equal("Jo Marsh", Read("""<meta name="author" content="Open Source Telephony Editor">""",
            """<h1>Bridge closes</h1><p>By <a href="/columnists/jo-marsh">Jo Marsh</a></p><p>The story.</p>""").Author);

    [Fact]
    public void A_name_before_a_job_title_is_kept() =>
        Assert.Equal("Jo Marsh", Read("""<meta name="author" content="Jo Marsh Staff Writer">""").Author);

    [Fact]
    public void A_numeric_date_after_the_name_in_a_byline_is_not_part_of_it() =>
        Assert.Equal("Jo Marsh", Read("", """<h1>Bridge closes</h1><h2 class="byline">By Jo Marsh 14/01/2008</h2><p>The story.</p>""").Author);

    [Fact]
    public void An_article_credited_to_its_staff_does_not_take_a_teaser_s_writer()
    {
        var meta = Read("""<meta name="author" content="Resy Staff">""", """
            <h1>Michelin winners</h1><p class="byline">By <a rel="author" href="/author/resy-staff/">Resy Staff</a></p><p>The story.</p>
            <article class="teaser"><h4><a href="/2025/08/yamada/">12 hours at Yamada</a></h4>
            <p class="teaser-meta">By <a rel="author" href="/author/ben-hon/">Ben Hon</a></p></article>
            """);
        Assert.Null(meta.Author);
    }

    [Fact]
    public void A_sponsor_s_article_does_not_take_a_teaser_s_writer()
    {
        var meta = Read("""<meta property="article:author" content="Sponsored by StackCommerce">""", """
            <h1>Get the MacBook deal</h1><p>The story.</p>
            <div class="more"><a href="/article/macbook-pro-deal">MacBook Pro $200 off</a><div>By <a href="/author/samantha-mangino">Samantha Mangino</a></div></div>
            """);
        Assert.Null(meta.Author);
    }

    [Fact]
    public void A_republished_article_credits_the_writer_named_before_the_notice_not_the_site_s_other_bylines()
    {
        var meta = Read("", """
            <h1>Phones and sleep</h1><p>The story.</p>
            <p><a href="/profiles/shelia-r-cotten">Shelia R. Cotten</a>, Distinguished Professor of Sociology, <em>Clemson University</em></p>
            <p>This article is republished from <a href="https://example.org">The Conversation</a> under a Creative Commons license.</p>
            <div class="more-news"><div class="meta-author">by <a href="/author/srm4/">Scott Miller</a></div></div>
            """);
        Assert.Equal(("Shelia R. Cotten", "republish credit"), (meta.Author, meta.Origins.Author));
    }
    [Fact]
    public void The_site_named_in_the_title_beats_the_publisher_tag_that_names_the_firm_behind_it()
    {
        var meta = Read("""
            <title>Storm closes schools - News - WMUR Manchester</title>
            <meta name="publisher" content="Internet Broadcasting Systems, Inc.">
            """, "<h1>Storm closes schools</h1><p>The story.</p>");
        Assert.Equal("WMUR Manchester", meta.Outlet);
    }

    [Fact]
    public void The_site_is_found_in_the_title_beside_a_headline_that_holds_a_separator_itself() =>
        Assert.Equal("Metro Times", Read("<title>OP-ED: Harbour plans - Metro Times</title>", "<h1>OP-ED: Harbour plans</h1><p>The story.</p>").Outlet);

    [Fact]
    public void A_description_in_lower_case_after_the_site_s_name_in_the_title_is_not_the_outlet() =>
        Assert.Equal("Gadget Wrap", Read("<title>Phones of the year - Gadget Wrap - gadget news and reviews</title>",
            "<h1>Phones of the year</h1><p>The story.</p>").Outlet);

    [Fact]
    public void A_section_after_a_breadcrumb_arrow_in_the_title_is_not_the_outlet() =>
        Assert.Equal("Evening Wrap Online", Read("<title>Harbour plans - Evening Wrap Online > Legal</title>",
            "<h1>Harbour plans</h1><p>The story.</p>").Outlet);

    [Fact]
    public void A_country_s_desk_in_the_title_is_not_the_outlet() =>
        Assert.Null(Read("<title>Bulls beat Knicks : US Sports</title>", "<h1>Bulls beat Knicks</h1><p>The story.</p>").Outlet);

    [Fact]
    public void A_paper_named_for_its_town_and_the_news_is_the_outlet() =>
        Assert.Equal("Detroit News", Read("<title>Bulls beat Knicks - Detroit News</title>", "<h1>Bulls beat Knicks</h1><p>The story.</p>").Outlet);

    [Fact]
    public void A_site_name_written_as_an_address_in_the_title_is_the_outlet() =>
        Assert.Equal("NOLA.com", Read("<title>Storm closes schools - Living - NOLA.com</title>", "<h1>Storm closes schools</h1><p>The story.</p>").Outlet);

    [Fact]
    public void A_site_name_beats_a_json_ld_publisher_that_is_a_company_s_registered_name() =>
        Assert.Equal("Cloud Weekly", Read(JsonLd("""{"@type": "NewsArticle", "publisher": {"@type": "Organization", "name": "Wrap Media Ltd"}}""")
            + "<title>Trends in cloud computing | Cloud Weekly</title>", "<h1>Trends in cloud computing</h1><p>The story.</p>").Outlet);

    [Fact]
    public void A_company_s_registered_name_is_the_outlet_when_the_page_names_no_site() =>
        Assert.Equal("Wrap Media Ltd", Read(JsonLd("""{"@type": "NewsArticle", "publisher": {"@type": "Organization", "name": "Wrap Media Ltd"}}""")).Outlet);

    [Fact]
    public void The_publisher_tag_names_the_outlet_when_nothing_else_does() =>
        Assert.Equal("Daily Wrap", Read("""<meta name="publisher" content="Daily Wrap">""").Outlet);

    [Fact]
    public void An_article_with_no_stated_outlet_is_published_by_the_host_of_its_address() =>
        Assert.Equal("dailywrap.net", Processed("""<link rel="canonical" href="https://www.dailywrap.net/2024/10/19/troops">""").Outlet);

    [Fact]
    public void A_copyright_line_names_the_outlet_before_the_address_does()
    {
        var article = ArticlePipeline.Default.Process(new RawArticle("test", "test", "The story.\n\n© 2024 Daily Wrap. All rights reserved.",
            Read("""<link rel="canonical" href="https://www.dailywrap.net/2024/10/19/troops">"""), "hash"));
        Assert.Equal("Daily Wrap", article.Outlet);
    }
}
