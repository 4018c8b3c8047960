using SearchEngine.Indexing.Cleaning;
using SearchEngine.Indexing.Cleaning.Rules;

namespace SearchEngine.Tests.Cleaning;

public class CommentThreadRuleTests
{
    private const string Story =
        "The council voted on Tuesday to close the old library on Main Street and move its collection to the school, a plan"
        + " that residents have opposed for two years. The mayor said the building needed repairs the town could not afford,"
        + " and that the school would keep the library open in the evenings and at weekends for everyone who wants to use it."
        + " Work on the move will start in the spring.";

    [Fact]
    public void Reader_comments_signed_with_who_posted_them_and_when_are_not_part_of_the_article() =>
        Assert.Equal(
            [LineKind.Body, LineKind.Comment, LineKind.Comment, LineKind.Comment, LineKind.Comment],
            Lines.KindsBy(new CommentThreadRule(),
                Story, "Posted by: tom, farnworth on 8:21pm Tue 1 Jan 08", "A shame, it was a fine building.",
                "Posted by: Andrew | January 2, 2008 09:06 AM", "About time too."));

    [Fact]
    public void An_articles_own_posted_by_line_starts_no_thread() =>
        Assert.Equal(
            [LineKind.Body, LineKind.Body, LineKind.Body],
            Lines.KindsBy(new CommentThreadRule(), "Posted by Jane Doe on January 6, 2008 2:09 PM", Story, "The vote was seven to two."));

    [Fact]
    public void Signatures_with_no_article_above_them_start_no_thread() =>
        Assert.Equal(
            [LineKind.Body, LineKind.Body, LineKind.Body, LineKind.Body],
            Lines.KindsBy(new CommentThreadRule(),
                "Posted by Jane Doe on January 6, 2008 2:09 PM", "The council voted to close the library.",
                "Posted by John Roe on January 7, 2008 9:15 AM", "The school will open it in the evenings."));

    [Fact]
    public void A_lone_signed_comment_under_the_article_is_not_part_of_it() =>
        Assert.Equal(
            [LineKind.Body, LineKind.Comment, LineKind.Comment],
            Lines.KindsBy(new CommentThreadRule(), Story, "Posted by: tom, farnworth on 8:21pm Tue 1 Jan 08", "A shame, it was a fine building."));

    [Fact]
    public void A_signature_with_more_text_below_it_than_above_starts_no_thread() =>
        Assert.Equal(
            [LineKind.Body, LineKind.Body, LineKind.Body, LineKind.Body],
            Lines.KindsBy(new CommentThreadRule(), Story, "Posted by Jane Doe on January 6, 2008 2:09 PM", Story, "The vote was seven to two."));
}
