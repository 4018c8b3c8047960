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

    [Fact]
    public void Teasers_cut_short_under_a_related_heading_are_related() =>
        Assert.Equal(
            [LineKind.Body, LineKind.Related, LineKind.Related, LineKind.Related, LineKind.Related, LineKind.Related],
            Lines.KindsBy(new RelatedStoriesRule(),
                "The last paragraph of the story.", "Related articles", "Airline cuts winter routes",
                "The carrier said on Monday that it would drop eleven routes from its winter timetable as fuel costs rose and bookings fell a...",
                "Rail strike called off",
                "Union leaders called off next week's strike after the operator offered a pay rise of four per cent over two years, the…"));

    [Fact]
    public void A_long_paragraph_trailing_off_is_no_teaser() =>
        Assert.Equal(
            [LineKind.Body, LineKind.Body, LineKind.Body],
            Lines.KindsBy(new RelatedStoriesRule(), "Related", "Cousins, not friends",
                "She paused before answering. \"We were related, in a way. We grew up on the same street, went to the same school, "
                + "sat in the same classes for eleven years and left for the city on the same train. Everyone in the village knew "
                + "our families, and everyone expected us to marry, and for a while we expected it too. Then the war came, and then..."));
}
