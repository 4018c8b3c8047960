using SearchEngine.Indexing.Cleaning;
using SearchEngine.Indexing.Cleaning.Rules;

namespace SearchEngine.Tests.Cleaning;

public class DisclaimerRuleTests
{
    [Theory]
    [InlineData("[This article has been trending online recently and has been generated with AI. Your feed is customized.]")]
    [InlineData("[Generative AI is experimental.]")]
    [InlineData("This article was written with the help of AI and checked by an editor.")]
    public void Generated_with_ai_note_is_a_disclaimer(string line) =>
        Assert.Equal(LineKind.Disclaimer, Lines.KindBy(new DisclaimerRule(), line));

    [Fact]
    public void Story_sentence_about_ai_is_body() =>
        Assert.Equal(LineKind.Body, Lines.KindBy(new DisclaimerRule(), "The company said generative AI is experimental and its answers were generated with AI models."));
}
