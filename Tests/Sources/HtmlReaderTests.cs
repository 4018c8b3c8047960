using SearchEngine.Indexing.Sources;
using SearchEngine.Tests.Support;

namespace SearchEngine.Tests.Sources;

public class HtmlReaderTests
{
    private const string Page = """
        <!doctype html>
        <html><head>
          <title>Troops arrive in Kursk | Daily Wrap</title>
          <meta property="og:title" content="Troops arrive in Kursk">
          <meta property="og:site_name" content="Daily Wrap">
          <meta property="article:published_time" content="2024-10-19T06:44:00Z">
          <meta name="author" content="Malwina Witkowska">
          <script>var tracking = "do not index";</script>
        </head><body>
          <nav><a href="/">Home</a></nav>
          <article>
            <h1>Troops arrive in Kursk</h1>
            <p>Around 12,000 soldiers
               are set to arrive.</p>
            <p>Zelensky warned of escalation.<br>A second line.</p>
            <script>alert("no")</script>
          </article>
        </body></html>
        """;

    private static RawArticle Read(string html)
    {
        using var dir = new TempFolder();
        dir.Write("page.html", html);
        var records = new SourceScanner(SourceOptions.Default).Read(SourceScanner.FindFiles([dir.Path])).ToList();
        return Assert.IsType<ArticleRecord>(Assert.Single(records)).Article;
    }

    private static List<SourceProblem> ProblemsOf(string html)
    {
        using var dir = new TempFolder();
        dir.Write("page.html", html);
        return [.. new SourceScanner(SourceOptions.Default).Read(SourceScanner.FindFiles([dir.Path])).OfType<SourceProblem>()];
    }

    [Fact]
    public void A_stated_date_that_is_no_day_is_named_in_a_warning_and_the_article_still_indexed()
    {
        var warning = Assert.Single(ProblemsOf(Page.Replace("2024-10-19T06:44:00Z", "2024-13-45T99:00:00", StringComparison.Ordinal)));

        Assert.Equal(ProblemKind.Warning, warning.Kind);
        Assert.Contains("its date '2024-13-45T99:00:00' (meta article:published_time) is no day the indexer can read", warning.Reason);
    }

    [Fact]
    public void A_stated_date_with_a_two_digit_year_is_warned_of_for_its_year() =>
        Assert.Contains("its date '01/08/08 15:58:13' (meta article:published_time) gives no four-digit year",
            Assert.Single(ProblemsOf(Page.Replace("2024-10-19T06:44:00Z", "01/08/08 15:58:13", StringComparison.Ordinal))).Reason);

    [Fact]
    public void A_readable_stated_date_gives_no_warning() => Assert.Empty(ProblemsOf(Page));

    [Fact]
    public void A_title_that_names_the_site_instead_of_the_story_gives_the_outlet() =>
        Assert.Equal("WrapSport.com", Read("""
            <html><head><title>WrapSport.com: #1 in College Sports</title></head><body>
            <p>Harden earns player of the week</p>
            <p>Guard James Harden earned player of the week honours after scoring 30 points against Oregon on Saturday night.</p>
            </body></html>
            """).Metadata.Outlet);

    [Fact]
    public void Head_metadata_becomes_explicit_title_outlet_date_and_author()
    {
        var meta = Read(Page).Metadata;
        Assert.Equal("Troops arrive in Kursk", meta.Title);
        Assert.Equal("Daily Wrap", meta.Outlet);
        Assert.Equal("2024-10-19T06:44:00Z", meta.Date);
        Assert.Equal("Malwina Witkowska", meta.Author);
    }

    [Fact]
    public void Text_comes_from_the_article_element_one_line_per_block_without_scripts()
    {
        var text = Read(Page).Text;
        Assert.Contains("Around 12,000 soldiers are set to arrive.", text);
        Assert.Contains("A second line.", text);
        Assert.DoesNotContain("Home", text);
        Assert.DoesNotContain("alert", text);
        Assert.DoesNotContain("tracking", text);
    }

    [Fact]
    public void Without_og_title_the_document_title_loses_its_site_name_suffix()
    {
        var html = Page.Replace("<meta property=\"og:title\" content=\"Troops arrive in Kursk\">", "");
        Assert.Equal("Troops arrive in Kursk", Read(html).Metadata.Title);
    }

    [Fact]
    public void A_document_title_naming_only_a_section_yields_to_the_headline_the_article_text_opens_with()
    {
        var meta = Read("""
            <html><head><title>Wire Service Updates</title></head><body>
            <p>Troops arrive in Kursk</p><p>Around 12,000 troops are set to arrive in the region, officials said on Saturday.</p>
            </body></html>
            """).Metadata;
        Assert.Equal("Troops arrive in Kursk", meta.Title);
    }

    [Fact]
    public void A_page_without_article_element_uses_its_body()
    {
        var meta = Read("<html><body><p>Only paragraph.</p></body></html>");
        Assert.Contains("Only paragraph.", meta.Text);
        Assert.Null(meta.Metadata.Outlet);
    }

    [Fact]
    public void A_photo_credit_naming_an_agency_is_not_the_outlet_of_a_page_that_names_none()
    {
        var raw = Read("""
            <html><head><title>Troops arrive in Kursk</title></head><body><article>
              <h1>Troops arrive in Kursk</h1>
              <figure><img src="t.jpg"><figcaption>Soldiers at a training ground. REUTERS / POOL</figcaption></figure>
              <p>Around 12,000 North Korean soldiers are set to arrive in the Kursk region within weeks, officials said on Friday.</p>
              <p>The deployment was confirmed by intelligence services in Seoul, which said the troops had trained in the east.</p>
              <p>© Reuters 2008</p>
            </article></body></html>
            """);
        Assert.Null(SearchEngine.Indexing.Extraction.ArticlePipeline.Default.Process(raw).Outlet);
    }

    [Fact]
    public void A_page_nested_deeper_than_any_article_is_passed_over_with_its_reason()
    {
        const int depth = 20_000;
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", depth)) + "<p>Deep text.</p>"
                   + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>";
        using var dir = new TempFolder();
        dir.Write("deep.html", html);

        var problem = Assert.IsType<SourceProblem>(Assert.Single(new SourceScanner(SourceOptions.Default).Read(SourceScanner.FindFiles([dir.Path]))));

        Assert.False(problem.IsFailure);
        Assert.Contains("nested more than", problem.Reason);
    }

    [Fact]
    public void Tags_in_scripts_and_comments_do_not_count_towards_nesting()
    {
        var inert = string.Concat(Enumerable.Repeat("<div>", 6_000));
        var html = $"<html><head><script>var s = '{inert}';</script></head><body><!-- {inert} --><p>Around 12,000 soldiers are set to arrive in the region.</p></body></html>";
        Assert.Contains("12,000 soldiers", Read(html).Text);
    }

    [Fact]
    public void A_script_source_that_lost_its_closing_quote_does_not_swallow_the_story()
    {
        var html = """
            <html><head><title>Harbour reopens</title>
            <script src="/lib.js
              var ready = true;
            </script>
            <script>var tabs = ["news","sport"];</script>
            </head><body><article><h1>Harbour reopens</h1>
            <p>The harbour reopened on Monday after a week of repairs to the sea wall, and the first ferry left on time.</p>
            </article>
            <script>var after = 1;</script>
            </body></html>
            """;
        Assert.Contains("The harbour reopened on Monday", Read(html).Text);
    }
}
