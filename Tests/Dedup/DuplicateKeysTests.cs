using SearchEngine.Indexing.Dedup;

namespace SearchEngine.Tests.Dedup;

public class DuplicateKeysTests
{
    private static IReadOnlyList<string> Keys(string text) => DuplicateKeys.For(Stories.Fingerprint(text), DedupSettings.Default);

    [Fact]
    public void A_text_has_an_exact_copy_key_and_one_key_per_band()
    {
        var keys = Keys(Stories.Wire);
        Assert.Equal(1 + DedupSettings.Default.BandCount, keys.Count);
        Assert.Single(keys, k => k.StartsWith("x.", StringComparison.Ordinal));
        Assert.Matches("^b000\\.[0-9a-f]{16}$", keys[1]);
    }

    [Fact]
    public void A_near_copy_shares_band_keys_with_its_original()
    {
        var copy = Stories.EditEvery(Stories.Wire, 25, 10, "changed");
        Assert.NotEmpty(Keys(Stories.Wire).Intersect(Keys(copy)));
    }

    [Fact]
    public void Different_stories_share_no_keys()
    {
        var stories = Stories.OtherStories.Append(Stories.Wire).Append(Stories.IndependentReport).ToList();
        var shared = stories.SelectMany((a, i) => stories.Skip(i + 1).Select(b => Keys(a).Intersect(Keys(b)).Count()));
        Assert.All(shared, count => Assert.Equal(0, count));
    }

    [Fact]
    public void A_text_too_short_for_near_duplicate_matching_has_only_its_exact_copy_key()
    {
        Assert.Equal(["x."], Keys("The hearing was adjourned until tomorrow.").Select(k => k[..2]));
    }

    [Fact]
    public void An_empty_text_has_no_keys()
    {
        Assert.Empty(Keys("  "));
    }
}
