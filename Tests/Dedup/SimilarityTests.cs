using SearchEngine.Indexing.Dedup;

namespace SearchEngine.Tests.Dedup;

public class SimilarityTests
{
    [Fact]
    public void Identical_texts_resemble_each_other_fully()
    {
        var similarity = Similarity.Estimate(Stories.Fingerprint(Stories.Wire), Stories.Fingerprint(Stories.Wire.ToUpperInvariant()));
        Assert.Equal(new Similarity(1, 1), similarity);
    }

    [Fact]
    public void A_copy_trimmed_to_its_first_half_is_fully_contained_but_only_half_resembling()
    {
        var similarity = Similarity.Estimate(Stories.Fingerprint(Stories.Wire), Stories.Fingerprint(Stories.WireParagraphsOf(0, 1)));
        Assert.InRange(similarity.Containment, 0.9, 1);
        Assert.InRange(similarity.Resemblance, 0.25, 0.55);
    }

    [Fact]
    public void A_copy_with_a_few_words_changed_resembles_the_original_closely()
    {
        var similarity = Similarity.Estimate(Stories.Fingerprint(Stories.Wire), Stories.Fingerprint(Stories.EditEvery(Stories.Wire, 25, 10, "changed")));
        Assert.InRange(similarity.Resemblance, 0.6, 0.95);
    }

    [Fact]
    public void An_independent_report_of_the_same_event_shares_little_text()
    {
        var similarity = Similarity.Estimate(Stories.Fingerprint(Stories.Wire), Stories.Fingerprint(Stories.IndependentReport));
        Assert.InRange(similarity.Resemblance, 0, 0.1);
        Assert.InRange(similarity.Containment, 0, 0.15);
    }

    [Fact]
    public void An_empty_text_resembles_nothing()
    {
        Assert.Equal(Similarity.None, Similarity.Estimate(Stories.Fingerprint(""), Stories.Fingerprint("")));
    }

    [Fact]
    public void Measured_containment_is_the_exact_share_of_the_shorter_texts_word_pairs_in_the_other()
    {
        var similarity = Similarity.Measure(Stories.Fingerprint("Alpha beta gamma delta."), Stories.Fingerprint("Alpha beta xray yankee zulu."));
        Assert.Equal(1.0 / 3, similarity.Containment);
    }

    [Fact]
    public void A_copy_trimmed_to_its_first_half_measures_fully_contained()
    {
        var similarity = Similarity.Measure(Stories.Fingerprint(Stories.Wire), Stories.Fingerprint(Stories.WireParagraphsOf(0, 1)));
        Assert.Equal(1, similarity.Containment);
    }
}
