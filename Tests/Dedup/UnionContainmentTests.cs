using SearchEngine.Indexing.Dedup;

namespace SearchEngine.Tests.Dedup;

public class UnionContainmentTests
{
    private static uint[] Signature(string text) => Stories.Fingerprint(text).MinHashes.ToArray();

    private static uint[] UnionOf(params string[] texts)
    {
        var union = Enumerable.Repeat(uint.MaxValue, DedupSettings.Default.HashCount).ToArray();
        foreach (var text in texts) UnionContainment.Add(union, Signature(text));
        return union;
    }

    [Fact]
    public void A_text_drawn_from_two_takes_is_fully_contained_in_their_union()
    {
        var union = UnionOf(Stories.WireParagraphsOf(0, 1, 2), Stories.WireParagraphsOf(3, 4));
        Assert.InRange(UnionContainment.Estimate(Signature(Stories.WireParagraphsOf(1, 3)), union), 0.9, 1);
    }

    [Fact]
    public void A_text_drawn_from_two_takes_is_only_partly_contained_in_either()
    {
        var copy = Signature(Stories.WireParagraphsOf(1, 3));
        Assert.InRange(UnionContainment.Estimate(copy, UnionOf(Stories.WireParagraphsOf(0, 1, 2))), 0.3, 0.7);
        Assert.InRange(UnionContainment.Estimate(copy, UnionOf(Stories.WireParagraphsOf(3, 4))), 0.3, 0.7);
    }

    [Fact]
    public void An_independent_report_of_the_same_event_is_hardly_contained_in_the_wire_takes()
    {
        var union = UnionOf(Stories.WireParagraphsOf(0, 1, 2), Stories.WireParagraphsOf(3, 4));
        Assert.InRange(UnionContainment.Estimate(Signature(Stories.IndependentReport), union), 0, 0.15);
    }

    [Fact]
    public void A_union_of_one_text_is_that_text()
    {
        Assert.Equal(Signature(Stories.Wire), UnionOf(Stories.Wire));
    }
}
