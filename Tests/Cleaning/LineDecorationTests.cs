using SearchEngine.Indexing.Cleaning;

namespace SearchEngine.Tests.Cleaning;

public class LineDecorationTests
{
    private static string Trimmed(string line) => LineDecoration.Trim(line).ToString();

    [Theory]
    [InlineData("• Troops arrive in Kursk")]
    [InlineData("Troops arrive in Kursk »")]
    [InlineData("» Troops arrive in Kursk «")]
    [InlineData(" | Troops arrive in Kursk > ")]
    public void Bullets_and_arrows_at_either_end_are_trimmed(string line) => Assert.Equal("Troops arrive in Kursk", Trimmed(line));

    [Theory]
    [InlineData("« Les troupes arrivent »")]
    [InlineData("»Die Truppen kommen«")]
    public void Guillemets_that_quote_the_line_stay(string line) => Assert.Equal(line, Trimmed(line));

    [Fact]
    public void A_line_of_decoration_alone_trims_to_nothing() => Assert.Equal("", Trimmed(" • » "));
}
