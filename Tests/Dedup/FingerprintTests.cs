using SearchEngine.Indexing.Dedup;

namespace SearchEngine.Tests.Dedup;

public class FingerprintTests
{
    [Fact]
    public void The_same_text_always_gets_the_same_signature()
    {
        // Pinned values: if they change, every signature stored in an existing index becomes incomparable, so the
        // algorithm version in DedupSettings must change with them.
        var fingerprint = Stories.Fingerprint("The quick brown fox jumps over the lazy dog.");
        Assert.Equal(0xd2945bfc9443f025UL, fingerprint.TextHash);
        Assert.Equal(7, fingerprint.ShingleCount);
        Assert.Equal([(ushort)23520, (ushort)10456, (ushort)37503], fingerprint.MinHashes[..3].ToArray());
    }

    [Fact]
    public void Case_punctuation_and_whitespace_do_not_change_the_signature()
    {
        var plain = Stories.Fingerprint("The ferry's master said he didn't hear the alarm");
        var noisy = Stories.Fingerprint("  THE FERRY’S MASTER,\n said -- he DIDN'T hear <the> alarm!!<\n");
        Assert.Equal(plain, noisy);
    }

    [Fact]
    public void A_different_word_changes_the_signature()
    {
        Assert.NotEqual(Stories.Fingerprint(Stories.Wire), Stories.Fingerprint(Stories.Wire.Replace("fourteen-hour", "twelve-hour")));
    }

    [Fact]
    public void Shingles_are_counted_once_each()
    {
        Assert.Equal(3, Stories.Fingerprint("one two three one two three one two three").ShingleCount);
    }

    [Fact]
    public void A_text_without_words_has_no_shingles()
    {
        var fingerprint = Stories.Fingerprint(" -- <\n ... ");
        Assert.Equal(0, fingerprint.ShingleCount);
    }

    [Fact]
    public void A_signature_survives_a_round_trip_through_bytes()
    {
        var fingerprint = Stories.Fingerprint(Stories.Wire);
        Assert.Equal(fingerprint, Fingerprint.FromBytes(fingerprint.ToBytes()));
    }

    [Fact]
    public void Word_pairs_are_stored_in_fewer_bytes_than_their_hashes()
    {
        var fingerprint = Stories.Fingerprint(Stories.Wire);
        var signatureBytes = 1 + 8 + 4 + 2 + 4 + 2 * DedupSettings.Default.HashCount;
        Assert.InRange(fingerprint.ToBytes().Length - signatureBytes, 1, 4 * fingerprint.Grams.Length - 1);
    }

    [Fact]
    public void Word_pairs_are_the_distinct_runs_of_two_words()
    {
        var pairs = Stories.Fingerprint("the cat saw the cat").Grams.ToArray();
        Assert.Equal(3, pairs.Length);
        Assert.Equal(pairs, Stories.Fingerprint("The CAT saw... the cat!").Grams.ToArray());
        Assert.Equal(pairs.Order(), pairs);
    }

    [Fact]
    public void The_word_pairs_of_a_long_text_come_out_ascending_and_each_once()
    {
        // 150 words said twice over: 299 runs of two words, 150 of them distinct.
        var pairs = Stories.Fingerprint(string.Join(' ', Enumerable.Range(0, 300).Select(i => $"w{i % 150}"))).Grams.ToArray();
        Assert.Equal(150, pairs.Length);
        Assert.All(pairs.Zip(pairs.Skip(1)), p => Assert.True(p.First < p.Second, $"{p.First} before {p.Second}"));
    }

    [Fact]
    public void Cut_short_word_pairs_are_refused()
    {
        var bytes = Stories.Fingerprint(Stories.Wire).ToBytes();
        Assert.Throws<FormatException>(() => Fingerprint.FromBytes(bytes.AsSpan(0, bytes.Length - 1)));
    }

    [Fact]
    public void Bytes_of_another_format_are_refused()
    {
        var bytes = Stories.Fingerprint(Stories.Wire).ToBytes();
        bytes[0] = 99;
        Assert.Throws<FormatException>(() => Fingerprint.FromBytes(bytes));
    }

    [Fact]
    public void Each_quotation_of_five_words_or_more_keeps_the_keys_of_its_word_pairs()
    {
        var fingerprint = Stories.Fingerprint("He said: \"We were lucky to get off alive.\" The firm said it was \"very sorry\".");
        var quotation = Assert.Single(fingerprint.Quotations);
        Assert.Equal(6, quotation.Length);
        Assert.All(quotation, key => Assert.Contains(fingerprint.Grams.ToArray(), pair => WordPair.Key(pair) == key));
    }

    [Fact]
    public void A_signature_with_quotations_survives_a_round_trip_through_bytes()
    {
        var fingerprint = Stories.Fingerprint("\"We were lucky to get off alive,\" one said. \"Nobody has ever said sorry to us,\" said the other.");
        Assert.Equal(2, fingerprint.Quotations.Count);
        Assert.Equal(fingerprint, Fingerprint.FromBytes(fingerprint.ToBytes()));
    }

    [Fact]
    public void Cut_short_quotations_are_refused()
    {
        var bytes = Stories.Fingerprint("\"We were lucky to get off alive,\" one said.").ToBytes();
        Assert.Throws<FormatException>(() => Fingerprint.FromBytes(bytes.AsSpan(0, bytes.Length - 1)));
    }
}
