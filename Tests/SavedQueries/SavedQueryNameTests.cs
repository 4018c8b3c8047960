using SearchEngine.Querying.SavedQueries;

namespace SearchEngine.Tests.SavedQueries;

public class SavedQueryNameTests
{
    [Theory]
    [InlineData("a")]
    [InlineData("ukraine-grain_2024.v2")]
    [InlineData("Überwachung")]
    public void Letters_digits_dashes_underscores_and_inner_dots_are_allowed(string name)
    {
        Assert.Null(SavedQueryName.Problem(name));
    }

    [Fact]
    public void Sixty_four_characters_are_allowed_and_sixty_five_are_not()
    {
        Assert.Null(SavedQueryName.Problem(new string('a', 64)));
        Assert.Contains("at most 64", SavedQueryName.Problem(new string('a', 65)));
    }

    [Fact]
    public void An_empty_name_is_refused()
    {
        Assert.Equal("a saved query needs a name", SavedQueryName.Problem(""));
    }

    [Fact]
    public void A_leading_dot_is_refused()
    {
        Assert.Equal("saved query name '.grain' must not start with a dot", SavedQueryName.Problem(".grain"));
    }

    [Fact]
    public void The_message_names_the_character_that_is_not_allowed()
    {
        Assert.Equal("saved query name 'my grain' contains a space; use letters, digits, '-', '_' and '.'", SavedQueryName.Problem("my grain"));
        Assert.Contains("contains '*'", SavedQueryName.Problem("grain*"));
        Assert.Contains("contains U+001B", SavedQueryName.Problem("x\ey"));
    }
}
