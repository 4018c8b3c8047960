using SearchEngine.Indexing.Extraction;

namespace SearchEngine.Tests.Extraction;

public class OutletSpellingsTests
{
    private static IReadOnlyDictionary<string, string> Merges(params (string Value, int Texts)[] values) =>
        OutletSpellings.Find(new CollectionValues(values, (_, _) => null, (_, _) => false));

    [Fact]
    public void A_name_with_and_without_the_leading_article_is_one_outlet() =>
        Assert.Equal(new Dictionary<string, string> { ["The New York Times"] = "New York Times" },
            Merges(("New York Times", 4), ("The New York Times", 3)));

    [Fact]
    public void A_name_written_as_its_site_address_is_counted_under_the_name() =>
        Assert.Equal(new Dictionary<string, string> { ["CNN.com"] = "CNN", ["washingtonpost.com"] = "Washington Post" },
            Merges(("CNN", 11), ("CNN.com", 2), ("Washington Post", 1), ("washingtonpost.com", 1)));

    [Fact]
    public void A_country_ending_of_the_address_is_set_aside_too() =>
        Assert.Equal(new Dictionary<string, string> { ["Libération.fr"] = "Libération", ["Mirror.co.uk"] = "Mirror" },
            Merges(("Libération", 2), ("Libération.fr", 1), ("Mirror", 3), ("Mirror.co.uk", 1)));

    [Fact]
    public void Spellings_that_differ_only_in_spaces_case_or_accents_are_one_outlet() =>
        Assert.Equal(new Dictionary<string, string> { ["HeraldSun"] = "Herald Sun", ["LE MONDE"] = "Le Monde" },
            Merges(("Herald Sun", 2), ("HeraldSun", 1), ("Le Monde", 2), ("LE MONDE", 1)));

    [Fact]
    public void A_spelling_without_its_accents_is_the_same_outlet() =>
        Assert.Equal(new Dictionary<string, string> { ["Liberation"] = "Libération" }, Merges(("Libération", 3), ("Liberation", 1)));

    [Fact]
    public void On_a_tie_the_spelling_written_as_a_name_is_kept() =>
        Assert.Equal(new Dictionary<string, string> { ["CNN.com"] = "CNN" }, Merges(("CNN.com", 2), ("CNN", 2)));

    [Fact]
    public void Names_that_differ_by_a_word_stay_apart() =>
        Assert.Empty(Merges(("The Daily Telegraph", 3), ("The Telegraph", 3), ("BBC", 2), ("BBC News", 11), ("Guardian Unlimited", 2)));

    [Fact]
    public void A_subdomain_is_not_read_as_the_site_name() =>
        Assert.Empty(Merges(("news.bbc.co.uk", 1), ("BBC", 2), ("News BBC", 1)));
}
