using SearchEngine.Indexing.Dedup;

namespace SearchEngine.Tests.Dedup;

public class WindowPostingsTests
{
    private static int[] Add(WindowPostings postings, uint pair, int position, int oldestLive = 0)
    {
        var earlier = new int[WindowPostings.Capacity];
        return earlier[..postings.Add(pair, position, oldestLive, earlier)];
    }

    [Fact]
    public void A_pair_seen_for_the_first_time_has_no_earlier_holders() =>
        Assert.Empty(Add(new WindowPostings(), 42, 0));

    [Fact]
    public void Earlier_holders_of_a_pair_come_back_oldest_first()
    {
        var postings = new WindowPostings();
        foreach (var position in new[] { 3, 5, 9 }) Add(postings, 42, position);
        Assert.Equal([3, 5, 9], Add(postings, 42, 11));
    }

    [Fact]
    public void Holders_before_the_oldest_live_position_are_not_returned()
    {
        var postings = new WindowPostings();
        foreach (var position in new[] { 1, 2, 6 }) Add(postings, 42, position);
        Assert.Equal([6], Add(postings, 42, 8, oldestLive: 5));
    }

    [Fact]
    public void A_full_list_keeps_the_newest_positions()
    {
        var postings = new WindowPostings();
        for (var position = 0; position < WindowPostings.Capacity + 4; position++) Add(postings, 42, position);
        Assert.Equal(Enumerable.Range(4, WindowPostings.Capacity), Add(postings, 42, 100));
    }

    [Fact]
    public void Lists_stay_right_while_the_table_drops_old_pairs_and_grows()
    {
        var random = new Random(5);
        var postings = new WindowPostings();
        var expected = new Dictionary<uint, List<int>>();
        const int window = 300;
        for (var position = 0; position < 20_000; position++)
        {
            var oldestLive = Math.Max(0, position - window);
            foreach (var pair in Enumerable.Range(0, 20).Select(_ => (uint)random.Next(50_000)).Distinct())
            {
                var list = expected.TryGetValue(pair, out var l) ? l : expected[pair] = [];
                var live = list.Where(p => p >= oldestLive).TakeLast(WindowPostings.Capacity).ToArray();
                Assert.Equal(live, Add(postings, pair, position, oldestLive));
                list.Add(position);
            }
        }
    }
}
