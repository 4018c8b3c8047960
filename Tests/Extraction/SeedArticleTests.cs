using SearchEngine.Tests.Support;

namespace SearchEngine.Tests.Extraction;

/// <summary>What the pipeline must find on the five real seed pages.</summary>
public class SeedArticleTests
{
    [Theory]
    [InlineData("000", "North Korean troops in Ukraine raise fears of global escalation")]
    [InlineData("001", "North Korean soldiers will join Russian forces today to fight alongside Putin on the frontline.")]
    [InlineData("002", "North Korea sends troops to aid Russia’s war in Ukraine: Seoul")]
    [InlineData("003", "Zelensky calls plans for 10,000 North Korean troops to fight for Russia ‘first step to world war’")]
    [InlineData("004", "Ukraine: First North Korean soldiers in combat")]
    public void Seed_title_is_its_headline(string seed, string title) =>
        Assert.Equal(title, SeedPages.Article(seed).Title);

    [Theory]
    [InlineData("000", "Daily Wrap")]
    [InlineData("001", null)]
    [InlineData("002", null)]
    [InlineData("003", null)]
    [InlineData("004", "Sweden Herald")]
    public void Seed_outlet_is_the_publisher_signature_or_null(string seed, string? outlet) =>
        Assert.Equal(outlet, SeedPages.Article(seed).Outlet);

    [Theory]
    [InlineData("000", "2024-10-19T06:44:00")]
    [InlineData("001", "2024-10-23")]
    [InlineData("002", null)]
    [InlineData("003", null)]
    [InlineData("004", "2024-10-24")]
    public void Seed_publication_date_is_its_dateline_or_null(string seed, string? date) =>
        Assert.Equal(date, SeedPages.Article(seed).Published?.ToString());

    [Theory]
    [InlineData("000", "Malwina Witkowska")]
    [InlineData("004", null)]
    public void Seed_author_is_its_byline_and_not_an_agency(string seed, string? author) =>
        Assert.Equal(author, SeedPages.Article(seed).Author);

    [Fact]
    public void Body_of_000_starts_with_the_article_and_has_no_furniture()
    {
        var body = SeedPages.Article("000").Body;
        Assert.StartsWith("Around 12,000 soldiers", body);
        Assert.DoesNotContain("©", body);
        Assert.DoesNotContain("Downloading, reproduction", body);
        Assert.DoesNotContain("Images source", body);
    }

    [Fact]
    public void Body_of_001_has_no_ai_disclaimer_or_trailing_counters()
    {
        var body = SeedPages.Article("001").Body;
        Assert.DoesNotContain("generated with AI", body);
        Assert.DoesNotContain("Generative AI", body);
        Assert.EndsWith("both defensive and offensive weapons to Ukraine.", body);
    }

    [Fact]
    public void Body_of_002_has_no_mobile_version_link() =>
        Assert.DoesNotContain("Exit mobile version", SeedPages.Article("002").Body);

    [Fact]
    public void Body_of_003_has_no_caption_share_widget_or_editor_footer()
    {
        var body = SeedPages.Article("003").Body;
        Assert.DoesNotContain("Photo: EPA-EFE", body);
        Assert.DoesNotContain("pdfshareprint", body);
        Assert.DoesNotContain("Editor in chief", body);
        Assert.StartsWith("Ukrainian intelligence agencies", body);
    }

    [Fact]
    public void Body_of_004_has_no_related_list_menu_or_photo_credit()
    {
        var body = SeedPages.Article("004").Body;
        Assert.All(new[] { "Netanyahu", "Giuliani", "Trump", "Bolsonaro", "Frederiksen", "More news", "world_2_fill", "Photo:" },
            furniture => Assert.DoesNotContain(furniture, body));
    }

    [Fact]
    public void Body_of_004_keeps_its_own_sections()
    {
        var body = SeedPages.Article("004").Body;
        Assert.Contains("A provocation", body);
        Assert.Contains("the Duma, voted unanimously", body);
    }

    [Fact]
    public void Article_paragraphs_stay_whole_and_in_order()
    {
        var paragraphs = SeedPages.Article("002").Body.Split("\n\n");
        Assert.Equal(8, paragraphs.Length);
        Assert.StartsWith("In a striking development", paragraphs[0]);
        Assert.StartsWith("Zelensky raises concerns", paragraphs[2]);
        Assert.StartsWith("Reports from Russia’s Far East", paragraphs[^1]);
    }
}
