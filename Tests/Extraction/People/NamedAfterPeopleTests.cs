using static SearchEngine.Tests.Extraction.People.PeopleText;

namespace SearchEngine.Tests.Extraction.People;

public class NamedAfterPeopleTests
{
    [Theory]
    [InlineData("The flight landed at Charles de Gaulle airport on Monday.")]
    [InlineData("The final will be played in the Rose Bowl in January.")]
    [InlineData("Virginia Tech won its opening game.")]
    [InlineData("Natural gas for delivery at the Henry Hub rose two cents.")]
    [InlineData("He was treated at the John Radcliffe hospital in Oxford.")]
    public void Places_and_institutions_named_after_people_are_not_people(string sentence) =>
        Assert.Empty(PeopleIn(sentence));

    [Theory]
    [InlineData("Charles de Gaulle led France after the war.", "Charles de Gaulle")]
    [InlineData("Henry Hubbard said the talks went well.", "Henry Hubbard")]
    [InlineData("Virginia Wade won Wimbledon in 1977.", "Virginia Wade")]
    public void The_same_names_are_people_when_nothing_named_after_them_follows(string sentence, string person) =>
        Assert.Equal([person], PeopleIn(sentence));
}
