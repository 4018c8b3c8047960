using SearchEngine.Indexing.Cleaning;
using SearchEngine.Indexing.Cleaning.Rules;

namespace SearchEngine.Tests.Cleaning;

public class MastheadRuleTests
{
    [Fact]
    public void Known_outlet_alone_at_the_top_is_masthead() =>
        Assert.Equal(
            [LineKind.Navigation, LineKind.Body, LineKind.Body, LineKind.Body, LineKind.Body],
            Lines.KindsBy(new MastheadRule(), "BBC News", "Headline here", "First paragraph.", "Second paragraph.", "Third paragraph."));

    [Fact]
    public void Known_outlet_named_in_a_body_line_is_body() =>
        Assert.All(
            Lines.KindsBy(new MastheadRule(), "Headline here", "The Guardian reported the talks.", "More prose.", "Yet more.", "The end."),
            kind => Assert.Equal(LineKind.Body, kind));
}
