using SearchEngine.Indexing.Dedup;

namespace SearchEngine.Tests.Dedup;

public class DedupSettingsTests
{
    private static readonly DedupSettings Custom = DedupSettings.Default with
    {
        ShingleSize = 4, HashCount = 64, BandRows = 4, Seed = 42, ResemblanceThreshold = 0.7, ContainmentThreshold = 0.55,
        TakeShare = 0.2, TakesContainment = 0.6, GramSize = 3, CommonGramTexts = 8, CopyWindowDays = 0.5, MinShingles = 12,
    };

    [Fact]
    public void Settings_survive_a_round_trip_through_their_short_string()
    {
        Assert.Equal(Custom, DedupSettings.Parse(Custom.Serialize()));
    }

    [Fact]
    public void Settings_survive_a_round_trip_through_a_dictionary()
    {
        Assert.Equal(Custom, DedupSettings.FromDictionary(Custom.ToDictionary()));
    }

    [Fact]
    public void Settings_of_another_algorithm_version_are_refused()
    {
        var values = new Dictionary<string, string>(DedupSettings.Default.ToDictionary()) { ["version"] = "0" };
        Assert.Throws<FormatException>(() => DedupSettings.FromDictionary(values));
    }

    [Fact]
    public void A_hash_count_that_bands_do_not_divide_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new FingerprintBuilder(DedupSettings.Default with { HashCount = 100, BandRows = 3 }));
    }
}
