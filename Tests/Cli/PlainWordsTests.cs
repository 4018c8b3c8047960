using SearchEngine.Querying.Cli;

namespace SearchEngine.Tests.Cli;

public class PlainWordsTests
{
    [Fact]
    public void Operators_fields_and_punctuation_are_dropped_to_lower_case_words()
    {
        Assert.Equal("title grain and ukraine", PlainWords.Of("title:(grain AND \"ukraine"));
    }

    [Fact]
    public void Letters_outside_ascii_are_kept()
    {
        Assert.Equal("zürich 東京", PlainWords.Of("Zürich* 東京~"));
    }
}
