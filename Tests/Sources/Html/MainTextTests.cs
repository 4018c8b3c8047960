using SearchEngine.Indexing.Sources;
using SearchEngine.Tests.Support;

namespace SearchEngine.Tests.Sources.Html;

/// <summary>Which part of a page becomes the article's text: the story, not what sits around or inside its container.</summary>
public class MainTextTests
{
    private const string Story = """
        <p>Around 12,000 North Korean soldiers are set to arrive in the Kursk region within weeks, according to officials who briefed reporters on Friday.</p>
        <p>The deployment, the largest of its kind, was confirmed by intelligence services in Seoul, which said the troops had trained in the east of Russia since early October.</p>
        <p>Ukraine's president warned that the arrival of the soldiers marked a new stage of the war, and asked the country's allies for longer-range weapons in response.</p>
        <p>Analysts said the move gave Moscow fresh manpower at a time when its own recruitment had slowed, while Pyongyang stood to gain money, fuel and military technology.</p>
        """;

    private const string StoryWords = "Around 12,000 North Korean soldiers are set to arrive";

    private static string Text(string html)
    {
        using var dir = new TempFolder();
        dir.Write("page.html", html);
        var records = new SourceScanner(SourceOptions.Default).Read(SourceScanner.FindFiles([dir.Path])).ToList();
        return Assert.IsType<ArticleRecord>(Assert.Single(records)).Article.Text;
    }

    private static string Page(string body) => $"<!doctype html><html><head><title>Troops arrive</title></head><body>{body}</body></html>";

    [Fact]
    public void When_the_first_article_element_is_a_teaser_the_story_in_a_later_one_is_taken()
    {
        var text = Text(Page($"""
            <article class="card"><h3><a href="/other">Markets rally on rate hopes</a></h3><p>Stocks rose.</p></article>
            <article class="story">{Story}</article>
            """));
        Assert.Contains(StoryWords, text);
        Assert.DoesNotContain("Markets rally", text);
    }

    [Fact]
    public void An_ad_slot_before_the_main_element_is_passed_over()
    {
        var text = Text(Page($"""
            <div class="ad-slot"><p>Advertisement</p></div>
            <main><h1>Troops arrive</h1>{Story}</main>
            """));
        Assert.Contains(StoryWords, text);
        Assert.DoesNotContain("Advertisement", text);
    }

    [Fact]
    public void A_page_with_no_semantic_elements_gives_its_prose_without_its_menus()
    {
        var text = Text(Page($"""
            <div id="top"><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a> <a href="/business">Business</a></div>
            <div id="c1"><div id="c2">{Story}</div></div>
            <div id="bottom"><a href="/about">About us</a> <a href="/contact">Contact</a> <a href="/jobs">Jobs</a></div>
            """));
        Assert.Contains(StoryWords, text);
        Assert.DoesNotContain("Business", text);
        Assert.DoesNotContain("Contact", text);
    }

    [Fact]
    public void Comments_inside_the_article_element_are_not_article_text()
    {
        var text = Text(Page($"""
            <article>{Story}
              <section class="comments"><h2>12 comments</h2>
                <div class="comment"><p>What a terrible turn of events for everyone involved in this, I cannot believe it.</p></div>
              </section>
            </article>
            """));
        Assert.Contains(StoryWords, text);
        Assert.DoesNotContain("terrible turn of events", text);
    }

    [Fact]
    public void A_related_stories_list_inside_the_article_element_is_not_article_text()
    {
        var text = Text(Page($"""
            <article>{Story}
              <div class="related-stories"><h3>You may also like</h3>
                <ul><li><a href="/a">Seoul summons Russian ambassador over troop reports</a></li>
                    <li><a href="/b">What we know about the Kursk incursion</a></li></ul>
              </div>
            </article>
            """));
        Assert.Contains(StoryWords, text);
        Assert.DoesNotContain("Seoul summons", text);
    }

    [Fact]
    public void Share_newsletter_and_caption_furniture_inside_the_article_is_not_article_text()
    {
        var text = Text(Page($"""
            <article>
              <div class="share-bar"><a href="#">Share on Facebook</a></div>
              <figure><img src="t.jpg"><figcaption>Soldiers at a training ground. Photo: Reuters</figcaption></figure>
              {Story}
              <div class="newsletter-signup"><p>Get our morning briefing in your inbox every day, free of charge.</p></div>
            </article>
            """));
        Assert.Contains(StoryWords, text);
        Assert.DoesNotContain("Share on Facebook", text);
        Assert.DoesNotContain("training ground", text);
        Assert.DoesNotContain("morning briefing", text);
    }

    [Fact]
    public void A_column_the_page_leaves_out_of_its_printed_article_is_not_article_text_though_it_holds_prose()
    {
        var text = Text(Page($"""
            <article>{Story}
              <div class="noprint"><h2>From our blogs</h2>
                <p>It is the time of year when the old songs come back on the radio, which reminds me of the winter a friend drove four hours through the snow to hear a singer nobody else in town had heard of.</p>
                <p>If you have never heard of him, start with the live album, which was recorded in a small club on a night when the power failed twice and the band played on by candlelight until dawn.</p>
              </div>
            </article>
            """));
        Assert.Contains(StoryWords, text);
        Assert.DoesNotContain("old songs", text);
        Assert.DoesNotContain("candlelight", text);
    }

    [Fact]
    public void A_link_list_inside_the_article_container_is_not_article_text()
    {
        var text = Text(Page($"""
            <div class="content">{Story}
              <div><a href="/1">Rigters to leave Ewood Park</a><br><a href="/2">Roberts: I just want to play</a><br><a href="/3">Hughes focused on Rovers</a></div>
            </div>
            """));
        Assert.Contains(StoryWords, text);
        Assert.DoesNotContain("Ewood Park", text);
    }

    [Fact]
    public void Headline_links_set_one_a_line_in_the_story_s_own_table_cell_are_not_article_text()
    {
        var text = Text(Page($"""
            <table><tr><td>{Story}<hr>
              <span class="list"><a href="/1">Harbour bridge reopens after repairs</a></span><br>
              <span class="list"><a href="/2">Council approves new budget</a></span><br>
              Previous story: <a href="/3">Snow closes mountain pass</a>
            </td></tr></table>
            """));
        Assert.Contains(StoryWords, text);
        Assert.DoesNotContain("Harbour bridge", text);
        Assert.DoesNotContain("Council approves", text);
        Assert.DoesNotContain("mountain pass", text);
    }

    [Fact]
    public void A_single_linked_line_among_the_story_s_lines_stays()
    {
        var text = Text(Page($"""
            <td>{Story}<a href="/statement">Read the council's full statement</a><br>
              Officials will meet again on Monday to review the figures.</td>
            """));
        Assert.Contains("Read the council's full statement", text);
    }

    [Fact]
    public void Reader_comments_printed_after_an_anchor_named_for_them_are_not_article_text()
    {
        var text = Text(Page($"""
            <div class="content">{Story}
              <a name="comments"></a><b>Comments are now closed for this story</b><br>
              <b>Stephen B</b><br>The time has come for the government to cut its spending instead of begging others to pay.
            </div>
            """));
        Assert.Contains(StoryWords, text);
        Assert.DoesNotContain("begging others", text);
    }

    [Fact]
    public void Text_hidden_inline_is_not_article_text()
    {
        var text = Text(Page($"""<article>{Story}<div style="display: none">Please enable cookies to continue reading.</div></article>"""));
        Assert.Contains(StoryWords, text);
        Assert.DoesNotContain("enable cookies", text);
    }

    [Fact]
    public void A_table_layout_that_readability_finds_nothing_in_still_gives_its_story()
    {
        var text = Text(Page("""
            <table><tr><td><a href="/">Home</a> | <a href="/news">News</a></td></tr>
            <tr><td><font id="font">HONOLULU _ South Korean golfer Choi Kyung-ju won the Sony Open on Sunday, beating Rory Sabbatini by three shots.<br><br>
            The 38-year-old finished at a four-round total of 14-under 266 at Waialea Country Club in Honolulu.</font></td></tr></table>
            """));
        Assert.Contains("South Korean golfer Choi Kyung-ju won the Sony Open", text);
        Assert.Contains("four-round total", text);
    }

    [Fact]
    public void A_title_whose_end_tag_was_cut_off_does_not_swallow_the_page()
    {
        var text = Text($"<html><head><title>Troops arrive (The Daily)ntById(\"font\");\nobj.style.fontSize = 3;\n</script></head><body><article>{Story}</article></body></html>");
        Assert.Contains(StoryWords, text);
    }

    [Fact]
    public void The_element_the_page_marks_as_its_article_body_wins_over_a_wordier_box_elsewhere()
    {
        const string dialog = """
            <p>Please follow the instructions in the email we sent you within 48 hours to complete your registration.</p>
            <p>Enter your email address or username and we will email instructions on how to reset your password.</p>
            <p>This username or email is associated with a social account, so sign in with that account instead.</p>
            <p>Welcome! You are now a registered user of all our magazines, their newsletters and their podcasts.</p>
            <p>We are sorry, but you must confirm your registration within two days of submitting your request.</p>
            <p>Choose a username that will appear next to your comments, and a password of at least eight characters.</p>
            <p>You already have an account registered under this address; you can link your existing profile to it.</p>
            """;
        var text = Text(Page($"""
            <div class="article"><div itemprop="articleBody">{Story}</div></div>
            <div class="register-dialog">{dialog}</div>
            """));
        Assert.Contains(StoryWords, text);
        Assert.DoesNotContain("complete your registration", text);
    }

    [Fact]
    public void A_choice_of_a_few_lines_gives_way_to_a_container_holding_the_story()
    {
        // Readability drops a box named "sidebar-layout" as unlikely to be content, and is then content with the standfirst.
        var text = Text(Page($"""
            <section class="hero"><div class="post-content"><p>We could all use a little help sprucing up our home gardens this autumn.
              Stream these shows and spark your imagination with ideas from growers, designers and cooks who turned small backyards into
              fully working kitchen gardens, flower beds and orchards.</p></div></section>
            <article><div class="sidebar-layout"><div class="wrap"><div class="sidebar-content">{Story}</div></div></div></article>
            """));
        Assert.Contains(StoryWords, text);
    }

    [Fact]
    public void The_rest_of_a_story_folded_behind_a_read_more_toggle_is_article_text()
    {
        var text = Text(Page($"""
            <article>{Story}
              <div class="toggle-group hideOnInit">
                <p>Officials in Kyiv said the first units had already been seen near the border, though they gave no figure for how many.</p>
                <p>The Kremlin declined to comment on the reports, saying only that its cooperation with Pyongyang broke no international law.</p>
              </div>
            </article>
            """));
        Assert.Contains("first units had already been seen near the border", text);
    }

    [Fact]
    public void A_box_whose_name_says_its_label_is_hidden_is_article_text()
    {
        var text = Text(Page($"""
            <article><div class="field--name-body field--label-hidden">{Story}</div>
              <div class="field--name-list-items field--label-hidden">
                <h2>1. Kursk</h2><p>Officials in Kyiv said the first units had already been seen near the border, though they gave no figure.</p>
                <h2>2. Moscow</h2><p>The Kremlin declined to comment on the reports, saying its cooperation with Pyongyang broke no law.</p>
              </div>
            </article>
            """));
        Assert.Contains("first units had already been seen near the border", text);
    }

    [Fact]
    public void A_reader_poll_beside_a_short_story_is_not_article_text()
    {
        var text = Text(Page("""
            <table><tr><td><a href="/">Home</a> | <a href="/news">News</a></td></tr>
            <tr><td><font>HONOLULU _ South Korean golfer Choi Kyung-ju won the Sony Open on Sunday, beating Rory Sabbatini by three shots.<br><br>
            The 38-year-old finished at a four-round total of 14-under 266 at Waialea Country Club in Honolulu.</font></td>
            <td><form action="/vote"><table>
              <tr><td colspan="2">The city council plans to close two libraries, a museum and a swimming pool to balance its budget, saying the savings are needed, and residents, parents and teachers have protested all week. What do you think?</td></tr>
              <tr><td><input type="radio" name="choice" value="1"></td><td>Close them. The council has to balance its books, and the buildings are old, costly and little used</td></tr>
              <tr><td><input type="radio" name="choice" value="2"></td><td>Keep them open, and raise the money elsewhere, by cutting the council's own staff, cars and offices</td></tr>
              <tr><td colspan="2"><input type="submit" value="Vote"></td></tr>
            </table></form></td></tr></table>
            <div>All material on this site is owned by the station and its partners. Call the newsroom on 555 0100, send us your tips and
              pictures, and listen live every weekday from six in the morning for news, traffic and weather every twenty minutes. Our studios are
              open to visitors on the first Saturday of every month, and tickets for the summer concert series go on sale in May.</div>
            """));
        Assert.Contains("South Korean golfer Choi Kyung-ju won the Sony Open", text);
        Assert.DoesNotContain("balance its books", text);
    }

    [Fact]
    public void A_page_wide_form_holding_the_story_and_a_comment_box_stays()
    {
        var text = Text(Page($"""
            <form id="aspnetForm" method="post" action="article.aspx?id=7"><div class="article">{Story}</div>
              <div class="email-friend">Send this story to a friend<br><textarea name="message"></textarea><input type="submit" value="Send"></div>
            </form>
            """));
        Assert.Contains(StoryWords, text);
    }

    [Fact]
    public void A_social_post_embedded_in_the_story_is_not_article_text()
    {
        var text = Text(Page($"""
            <article>{Story}
              <blockquote class="twitter-tweet"><p lang="en">Our thoughts are with everyone in the region tonight. Stay safe and follow local advice. pic.twitter.com/abc123</p>
                &mdash; City Council (@citycouncil) <a href="https://twitter.com/citycouncil/status/1">March 27, 2017</a></blockquote>
            </article>
            """));
        Assert.Contains(StoryWords, text);
        Assert.DoesNotContain("Stay safe", text);
        Assert.DoesNotContain("@citycouncil", text);
    }

    [Fact]
    public void A_guide_whose_entries_sit_in_a_block_named_its_footer_keeps_the_entries()
    {
        var text = Text(Page("""
            <div class="intro"><p>The city's new restaurant honours are out, and these are the places worth booking this season, from
              new names to old favourites.</p>
              <p>Inspectors visited more than two hundred kitchens across the five boroughs this year, and for the first time a food
                truck and a bakery made the list.</p>
              <p>Below are the winners you can reserve a table at tonight, with a word on what to order at each of them.</p></div>
            <div class="page1-footer">
              <div class="entry-card"><h3>Harbour Grill</h3><p>A waterfront room where the kitchen grills whole fish over charcoal,
                serves bread baked each morning next door, and pours wines from small growers along the coast.</p></div>
              <div class="entry-card"><h3>Little Saigon</h3><p>The family behind this corner spot have cooked the same broth for thirty
                years, simmering it overnight with charred onion and star anise, and the queue at lunch shows it.</p></div>
              <div class="entry-card"><h3>Casa Verde</h3><p>Vegetables from the owners' farm outside town fill a menu that changes every
                week, with handmade pasta, slow-roasted squash and a lemon tart that regulars order before they sit down.</p></div>
            </div>
            """));
        Assert.Contains("simmering it overnight with charred onion", text);
    }

    [Fact]
    public void The_answers_in_an_accordion_folded_shut_are_article_text()
    {
        var text = Text(Page($"""
            <article class="post">{Story}
              <h2>Frequently asked questions</h2>
              <div class="accordion-wrap pane-header-alignment-left">
                <div class="accordion-pane"><h3 class="accordion-header">Where are the troops now?</h3>
                  <div class="accordion-panel panel-hidden"><div class="panel-inner">
                    <p>Officials said the soldiers were moved by rail from the far east of Russia to camps near the border, where they
                      were issued uniforms and equipment before being sent on.</p></div></div></div>
                <div class="accordion-pane"><h3 class="accordion-header">How many have arrived?</h3>
                  <div class="accordion-panel panel-hidden"><div class="panel-inner">
                    <p>Intelligence services in Seoul put the number already in the region at around three thousand, with the rest of
                      the troops expected to follow them in smaller groups over the coming weeks.</p></div></div></div>
              </div>
            </article>
            """));
        Assert.Contains("moved by rail from the far east", text);
    }

    [Fact]
    public void A_subheading_named_a_header_is_article_text()
    {
        var text = Text(Page($"""
            <article class="post">{Story}
              <h3 class="header-anchor-post">What comes next</h3>
              <p>Diplomats expect the question to dominate next week's summit, where allies will discuss further sanctions and
                new air defences.</p>
            </article>
            """));
        Assert.Contains("What comes next", text);
    }

    [Fact]
    public void A_pre_keeps_its_line_breaks_in_the_text()
    {
        var text = Text(Page($"""
            <article>{Story}<pre>
            From: Ann Hale
            To: Jo Brant
            Subject: boot log
            </pre></article>
            """));
        Assert.Contains("From: Ann Hale\nTo: Jo Brant\nSubject: boot log", text);
    }

    [Fact]
    public void A_line_of_a_pre_runs_on_into_a_deeper_indented_line_and_a_wrapped_sentence_into_the_next()
    {
        var text = Text(Page($"""
            <article>{Story}<pre>
            SELECT count(*)
            FROM
                server_log
            I got an old workstation and ported all of the code to it. Ann
            Hale, the maintainer, helped.
            </pre></article>
            """));
        Assert.Contains("SELECT count(*)\nFROM server_log\nI got an old workstation and ported all of the code to it. Ann Hale, the maintainer,", text);
    }
}
