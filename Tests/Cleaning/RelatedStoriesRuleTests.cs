using SearchEngine.Indexing.Cleaning;
using SearchEngine.Indexing.Cleaning.Rules;

namespace SearchEngine.Tests.Cleaning;

public class RelatedStoriesRuleTests
{
    [Fact]
    public void More_news_list_is_related_to_its_end() =>
        Assert.Equal(
            [LineKind.Body, LineKind.Related, LineKind.Related, LineKind.Related, LineKind.Related, LineKind.Related],
            Lines.KindsBy(new RelatedStoriesRule(),
                "The last paragraph of the story.", "More news", "Tennis legend's trophies stolen", "1 MIN READ",
                "Netanyahu: Agreement on Hostages Ready", "1 MIN READ"));

    [Fact]
    public void Heading_followed_by_prose_is_body() =>
        Assert.Equal(
            [LineKind.Body, LineKind.Body],
            Lines.KindsBy(new RelatedStoriesRule(), "Read more", "The minister said the plan would be published next week, after talks with the unions."));

    [Fact]
    public void Prose_mentioning_more_news_is_body() =>
        Assert.Equal(LineKind.Body, Lines.KindBy(new RelatedStoriesRule(), "More news is expected from the front later today, officials said."));

    [Fact]
    public void Read_more_link_is_related() =>
        Assert.Equal(LineKind.Related, Lines.KindBy(new RelatedStoriesRule(), "Read more: Seoul says 1,500 troops already in Russia"));
}
