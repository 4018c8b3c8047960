using static SearchEngine.Tests.Extraction.People.PeopleText;

namespace SearchEngine.Tests.Extraction.People;

public class QuotedTitleTests
{
    [Theory]
    [InlineData("It was the studio's biggest success since \"Harold Quinlan\".")]
    [InlineData("It was the studio's biggest success since “Harold Quinlan”, a comedy.")]
    [InlineData("The law, known as the \"Harold Quinlan,\" took effect in May.")]
    public void A_name_that_fills_a_quotation_is_a_title_not_a_person(string sentence) =>
        Assert.Empty(PeopleIn(sentence));

    [Fact]
    public void A_name_inside_a_longer_quotation_is_still_a_person() =>
        Assert.Equal(["Harold Quinlan"], PeopleIn("\"We met Harold Quinlan on Monday,\" she said."));
}
