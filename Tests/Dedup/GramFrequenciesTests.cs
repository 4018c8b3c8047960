using SearchEngine.Indexing.Dedup;

namespace SearchEngine.Tests.Dedup;

public class GramFrequenciesTests
{
    /// <summary>Texts of random pairs, unquoted (a pair's lowest bit is its quoted flag, which counting ignores).</summary>
    private static uint[][] RandomTexts(int count, int pairsEach, int vocabulary, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ =>
            Enumerable.Range(0, pairsEach).Select(_ => 2 * (uint)random.Next(vocabulary)).Distinct().Order().ToArray())];
    }

    /// <summary>The sketch of 2,000 random texts of 100 pairs each, with the true counts.</summary>
    private static (GramFrequencies Sketch, Dictionary<uint, int> Exact) Counted(int seed)
    {
        var texts = RandomTexts(2000, 100, 50_000, seed);
        var frequencies = new GramFrequencies(texts.Sum(t => (long)t.Length));
        foreach (var text in texts) frequencies.Add(text);
        return (frequencies, texts.SelectMany(t => t).CountBy(g => g).ToDictionary());
    }

    [Fact]
    public void A_count_is_never_below_the_number_of_texts_holding_the_pair()
    {
        var (frequencies, exact) = Counted(seed: 7);
        Assert.All(exact, pair => Assert.True(frequencies.Count(pair.Key) >= pair.Value, $"pair {pair.Key}: {frequencies.Count(pair.Key)} < {pair.Value}"));
    }

    [Fact]
    public void Counts_are_close_to_the_truth()
    {
        var (frequencies, exact) = Counted(seed: 11);
        var meanError = exact.Average(pair => frequencies.Count(pair.Key) - pair.Value);
        Assert.InRange(meanError, 0, 1);
    }

    [Fact]
    public void A_pair_never_added_counts_zero_in_an_empty_sketch() =>
        Assert.Equal(0, new GramFrequencies(1000).Count(12345));

    [Fact]
    public void A_count_stops_at_255_rather_than_wrapping_round()
    {
        var frequencies = new GramFrequencies(1000);
        for (var text = 0; text < 300; text++) frequencies.Add([42u]);
        Assert.Equal(255, frequencies.Count(42));
    }

    [Fact]
    public void Counts_do_not_depend_on_the_order_texts_are_added_in()
    {
        // A sketch sized for far fewer pairs, so that pairs share counters often.
        var texts = RandomTexts(200, 100, 50_000, seed: 5);
        var forwards = new GramFrequencies(1000);
        var backwards = new GramFrequencies(1000);
        foreach (var text in texts) forwards.Add(text);
        foreach (var text in texts.Reverse()) backwards.Add(text);
        Assert.All(texts.SelectMany(t => t).Distinct(), pair => Assert.Equal(forwards.Count(pair), backwards.Count(pair)));
    }

    [Fact]
    public void A_pair_counts_the_same_quoted_or_not()
    {
        var frequencies = new GramFrequencies(1000);
        frequencies.Add([WordPair.Of(0x1234_5678_0000_0000, quoted: false)]);
        frequencies.Add([WordPair.Of(0x1234_5678_0000_0000, quoted: true)]);
        Assert.Equal(2, frequencies.Count(WordPair.Of(0x1234_5678_0000_0000, quoted: false)));
    }
}
