using static SearchEngine.Tests.Extraction.People.PeopleText;

namespace SearchEngine.Tests.Extraction.People;

public class TheBeforeTests
{
    [Theory]
    [InlineData("The Red Sox beat the Oakland Athletics 6-4 on Tuesday.")]
    [InlineData("Her reward was the passage of the Brady Bill in 1993.")]
    [InlineData("The crew returned to their ship, The Mary Shelley, on Friday.")]
    [InlineData("The Jesse Jackson campaign raised more money.")]
    public void A_run_after_the_names_a_thing(string sentence) =>
        Assert.Empty(PeopleIn(sentence));

    [Theory]
    [InlineData("He signed autographs for the American Carl Lewis.", "Carl Lewis")]
    [InlineData("The march was led by the Reverend Jesse Jackson.", "Jesse Jackson")]
    [InlineData("The Reverend Jesse Jackson led the march.", "Jesse Jackson")]
    public void A_nationality_or_title_after_the_still_introduces_a_person(string sentence, string person) =>
        Assert.Equal([person], PeopleIn(sentence));
}
