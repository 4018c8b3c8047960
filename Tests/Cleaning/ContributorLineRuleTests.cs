using SearchEngine.Indexing.Cleaning;
using SearchEngine.Indexing.Cleaning.Rules;

namespace SearchEngine.Tests.Cleaning;

public class ContributorLineRuleTests
{
    [Theory]
    [InlineData("Jane Doe in Paris contributed to this report.")]
    [InlineData("Associated Press writer John Roe contributed to this report from Kursk.")]
    [InlineData("Staff writer Jane Doe contributed reporting.")]
    [InlineData("Some information for this report was provided by the wires.")]
    public void Note_crediting_the_reporters_who_helped_is_a_contributor_line(string line) =>
        Assert.Equal(LineKind.Contributors, Lines.KindBy(new ContributorLineRule(), line));

    [Fact]
    public void Sentence_about_a_contribution_is_body() =>
        Assert.Equal(LineKind.Body, Lines.KindBy(new ContributorLineRule(), "The foundation contributed to the report's costs, the minister said."));
}
