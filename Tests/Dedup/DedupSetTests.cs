using SearchEngine.Indexing.Dedup;
using SearchEngine.Tests.Support;

namespace SearchEngine.Tests.Dedup;

public class DedupSetTests
{
    [Fact]
    public void A_text_reads_back_as_it_was_added()
    {
        var set = new DedupSet(DedupSettings.Default.HashCount);
        var fingerprint = Stories.Fingerprint(Stories.Wire);
        var slot = set.Add("wire", fingerprint, new DateTime(2024, 3, 1, 9, 30, 0), 812);
        Assert.Equal(("wire", new DateTime(2024, 3, 1, 9, 30, 0), 812), (set.Id(slot), set.Published(slot), set.Length(slot)));
        Assert.Equal(fingerprint, set.FingerprintOf(slot));
    }

    [Fact]
    public void Texts_of_one_outlet_share_an_outlet_code_and_read_back_its_name()
    {
        var set = new DedupSet(DedupSettings.Default.HashCount);
        var fingerprint = Stories.Fingerprint(Stories.Wire);
        int[] slots = [set.Add("a", fingerprint, null, 1, "PA"), set.Add("b", fingerprint, null, 1, "The Sun"), set.Add("c", fingerprint, null, 1, "PA")];
        Assert.Equal(set.OutletOf(slots[0]), set.OutletOf(slots[2]));
        Assert.NotEqual(set.OutletOf(slots[0]), set.OutletOf(slots[1]));
        Assert.Equal(["PA", "The Sun", "PA"], slots.Select(set.OutletName));
    }

    [Fact]
    public void A_text_without_an_outlet_has_outlet_code_zero()
    {
        var set = new DedupSet(DedupSettings.Default.HashCount);
        var slot = set.Add("unknown", Stories.Fingerprint(Stories.Wire), null, 1);
        Assert.Equal((0, (string?)null), (set.OutletOf(slot), set.OutletName(slot)));
    }

    [Fact]
    public void A_text_without_a_date_reads_back_without_one()
    {
        var set = new DedupSet(DedupSettings.Default.HashCount);
        var slot = set.Add("undated", Stories.Fingerprint(Stories.Wire), null, 10);
        Assert.Null(set.Published(slot));
    }

    [Fact]
    public void Texts_added_from_several_threads_are_all_kept_across_chunks()
    {
        var set = new DedupSet(8);
        var fingerprint = new Fingerprint(1, 5, [1, 2, 3, 4, 5, 6, 7, 8]);
        Parallel.For(0, 10_000, i => set.Add($"t{i}", fingerprint, null, i));
        Assert.Equal(10_000, set.Count);
        Assert.Equal(Enumerable.Range(0, 10_000).Select(i => $"t{i}").Order(), Enumerable.Range(0, set.Count).Select(set.Id).Order());
        Assert.All(Enumerable.Range(0, set.Count), slot => Assert.Equal($"t{set.Length(slot)}", set.Id(slot)));
    }

    [Fact]
    public void A_signature_of_another_length_is_refused()
    {
        var set = new DedupSet(8);
        Assert.Throws<ArgumentException>(() => set.Add("short", new Fingerprint(1, 5, [1, 2]), null, 2));
    }

    [Fact]
    public void Spilled_texts_read_back_as_they_were_added_from_several_threads()
    {
        using var folder = new TempFolder();
        var spill = Path.Combine(folder.Path, "spill");
        using var set = new DedupSet(8, spill);
        // More than one chunk of 4,096 texts, so whole chunks go to the files and the last one stays in memory.
        var fingerprints = Enumerable.Range(0, 10_000)
            .Select(i => new Fingerprint((ulong)i, 40, [.. Enumerable.Range(0, 8).Select(k => (ushort)(i * 8 + k))], [.. Enumerable.Range(0, i % 50).Select(k => (uint)(i + k))]))
            .ToArray();
        Parallel.For(0, fingerprints.Length, i => set.Add($"t{i}", fingerprints[i], null, i));
        set.LoadSignatures();
        Assert.True(new FileInfo(spill).Length >= 8192 * 8 * sizeof(ushort), "two whole chunks of signatures were written out");
        Assert.All(Enumerable.Range(0, set.Count), slot => Assert.Equal(fingerprints[set.Length(slot)], set.FingerprintOf(slot)));
    }

    [Fact]
    public void Every_texts_word_pairs_are_visited_once_in_the_order_added_whether_spilled_or_not()
    {
        using var folder = new TempFolder();
        using var set = new DedupSet(8, Path.Combine(folder.Path, "spill"));
        var grams = Enumerable.Range(0, 10_000).Select(i => Enumerable.Range(0, i % 7).Select(k => (uint)(i * 7 + k)).ToArray()).ToArray();
        for (var i = 0; i < grams.Length; i++) set.Add($"t{i}", new Fingerprint((ulong)i, 40, new ushort[8], grams[i]), null, i);
        var visited = new List<(int Slot, uint[] Grams)>();
        set.ForEachGrams((slot, pairs) => visited.Add((slot, pairs.ToArray())));
        Assert.Equal(Enumerable.Range(0, grams.Length), visited.Select(v => v.Slot));
        Assert.All(visited, v => Assert.Equal(grams[v.Slot], v.Grams));
    }

    [Theory]
    [InlineData("forwards")]
    [InlineData("backwards")]
    [InlineData("shuffled")]
    public void A_gram_reader_reads_every_texts_word_pairs_and_quotations_in_any_order(string order)
    {
        using var folder = new TempFolder();
        using var set = new DedupSet(8, Path.Combine(folder.Path, "spill"));
        var grams = Enumerable.Range(0, 10_000).Select(i => Enumerable.Range(0, i % 300).Select(k => (uint)(i * 300 + k)).ToArray()).ToArray();
        uint[][] QuotationsOf(int i) => [.. Enumerable.Range(0, i % 4).Select(q => Enumerable.Range(q, 1 + i % 7).Select(k => (uint)(7 * k + i)).ToArray())];
        for (var i = 0; i < grams.Length; i++) set.Add($"t{i}", new Fingerprint((ulong)i, 40, new ushort[8], grams[i], QuotationsOf(i)), null, i);
        var slots = Enumerable.Range(0, grams.Length).ToArray();
        if (order == "backwards") Array.Reverse(slots);
        if (order == "shuffled") new Random(3).Shuffle(slots);
        var reader = set.ReadGrams();
        Assert.All(slots, slot =>
        {
            var pairs = reader.Of(slot);
            Assert.Equal(grams[slot], pairs.Grams.ToArray());
            var quotations = new List<uint[]>();
            foreach (var quotation in pairs.Quotations) quotations.Add(quotation.ToArray());
            Assert.Equal(QuotationsOf(slot), quotations);
        });
    }

    [Fact]
    public void Spilled_signatures_cannot_be_read_before_they_are_loaded()
    {
        using var folder = new TempFolder();
        using var set = new DedupSet(DedupSettings.Default.HashCount, Path.Combine(folder.Path, "spill"));
        set.Add("wire", Stories.Fingerprint(Stories.Wire), null, 1);
        Assert.Throws<InvalidOperationException>(() => set.Signature(0).Length);
    }

    [Fact]
    public void Disposing_a_spilled_set_deletes_its_file()
    {
        using var folder = new TempFolder();
        var spill = Path.Combine(folder.Path, "spill");
        var set = new DedupSet(DedupSettings.Default.HashCount, spill);
        set.Add("wire", Stories.Fingerprint(Stories.Wire), null, 1);
        set.Dispose();
        Assert.False(File.Exists(spill));
    }
}
