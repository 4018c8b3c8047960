using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace SearchEngine.Indexing.Dedup;

/// <summary>
/// Finds two relations between texts. <b>Copies</b> are near-identical: exact copies, near-duplicates (resemblance at
/// or above the threshold, published within the copy window) and trimmed copies (nearly all of a text inside one
/// earlier text); they are joined, chains of them form one cluster, and a search collapses a cluster into one hit.
/// <b>Derived from</b> links a story to the earlier original(s) it was written from (a wire story, its takes), with
/// the share of its text from each; it joins no cluster, so an outlet's own reporting is never hidden under its source,
/// and it never chains: sources are originals (see <see cref="PartialCopyFinder"/>). A text that is a near-duplicate of
/// an earlier one already has its cluster and looks for no source. Near-duplicates are found among pairs sharing an LSH
/// band, and a band's bucket keeps one text per cluster; trimmed copies and sources are found through the distinctive
/// word pairs of the texts inside the copy window, where a near-duplicate is represented by its cluster's earlier text.
/// So the work grows with the number of texts and stories, not with the number of copies of a story squared.
/// </summary>
/// <remarks>
/// The result depends only on the set of documents, not on their order, so an incremental update is a rerun over the
/// new set (<see cref="Recluster"/>): that is always correct, including when a removed text was the link holding a
/// cluster together.
/// </remarks>
public sealed class DuplicateClusterer
{
    /// <summary>
    /// The most earlier texts one text is compared with in a band's bucket. Buckets hold one text per cluster, so only a
    /// value shared by many unrelated texts (stock phrases) reaches it; the newest are compared, as copies come close in time.
    /// </summary>
    public const int BucketComparisonLimit = 64;

    private const int KeyBlockBands = 8;

    private readonly DedupSettings _settings;

    public DuplicateClusterer(DedupSettings settings)
    {
        settings.Validate();
        _settings = settings;
    }

    public DedupResult Cluster(IEnumerable<DedupDocument> documents)
    {
        using var texts = DedupSet.Of(documents, _settings.HashCount);
        return Cluster(texts);
    }

    public DedupResult Cluster(DedupSet set)
    {
        if (set.HashCount != _settings.HashCount)
            throw new ArgumentException($"the texts have signatures of {set.HashCount} values; the settings want {_settings.HashCount}");
        set.LoadSignatures();
        var order = RepresentativeOrder(set);
        for (var p = 1; p < order.Length; p++)
            if (set.Id(order[p]) == set.Id(order[p - 1]))
                throw new ArgumentException($"document id '{set.Id(order[p])}' appears more than once");

        var run = new Run(set, order, _settings);
        run.JoinExactCopies();
        run.CompareBandMates();
        run.FindOrigins(new PartialCopyFinder(set, order, _settings));
        return run.Result();
    }

    /// <summary>
    /// The clusters after adding or changing <paramref name="upserted"/> and removing <paramref name="removedIds"/>.
    /// <paramref name="existing"/> is read once, as a stream; with a <paramref name="spillFile"/> the signatures wait
    /// there until clustering (see <see cref="DedupSet"/>).
    /// </summary>
    public DedupResult Recluster(IEnumerable<DedupDocument> existing, IEnumerable<DedupDocument> upserted, IEnumerable<string> removedIds,
        string? spillFile = null)
    {
        var replacements = upserted.ToList();
        var dropped = removedIds.Concat(replacements.Select(d => d.Id)).ToHashSet(StringComparer.Ordinal);
        using var texts = DedupSet.Of(existing.Where(d => !dropped.Contains(d.Id)).Concat(replacements), _settings.HashCount, spillFile);
        return Cluster(texts);
    }

    /// <summary>
    /// Positions sorted so the representative of a cluster comes first: the earliest published, then the most complete
    /// (longest), then the smallest id, so the choice is stable. Undated texts come after dated ones.
    /// </summary>
    private static int[] RepresentativeOrder(DedupSet set)
    {
        var order = Enumerable.Range(0, set.Count).ToArray();
        Array.Sort(order, (x, y) => CompareAsRepresentatives(set.Published(x), set.Length(x), set.Id(x), set.Published(y), set.Length(y), set.Id(y)));
        return order;
    }

    /// <summary>
    /// Negative when the first text goes before the second in representative order (see <see cref="RepresentativeOrder"/>);
    /// also the rule by which copies found among stored articles choose their representative.
    /// </summary>
    internal static int CompareAsRepresentatives(DateTime? publishedA, int lengthA, string idA, DateTime? publishedB, int lengthB, string idB)
    {
        var byDate = (publishedA, publishedB) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            ({ } a, { } b) => a.CompareTo(b),
        };
        if (byDate != 0) return byDate;
        var byLength = lengthB.CompareTo(lengthA);
        return byLength != 0 ? byLength : string.CompareOrdinal(idA, idB);
    }

    /// <summary>One clustering; documents are referred to by their position in representative order.</summary>
    private sealed class Run(DedupSet set, int[] order, DedupSettings settings)
    {
        private readonly int _count = order.Length;
        private readonly UnionFind _sets = new(order.Length);
        private readonly List<LinkRecord> _links = [];
        private readonly bool[] _isLaterExactCopy = new bool[order.Length];
        private readonly bool[] _followsNearDuplicate = new bool[order.Length];
        private long _comparedPairs;

        private ReadOnlySpan<ushort> Signature(int position) => set.Signature(order[position]);

        public void JoinExactCopies()
        {
            var first = new Dictionary<(ulong, int), int>();
            for (var i = 0; i < _count; i++)
            {
                var key = (set.TextHash(order[i]), set.ShingleCount(order[i]));
                if (key.Item2 == 0) continue;
                if (first.TryGetValue(key, out var original))
                {
                    _sets.Union(original, i);
                    _isLaterExactCopy[i] = true;
                    _links.Add(new LinkRecord(original, i, LinkKind.ExactCopy, new Similarity(1, 1)));
                }
                else first.Add(key, i);
            }
        }

        /// <summary>
        /// Compares each pair that shares a band, once: in the first band where their values agree. A later exact copy
        /// is left out, as its original stands for it. When a text has joined a cluster, it takes the place of that
        /// cluster's entry in the bucket wherever it sits, so a story's fifty copies leave one entry to compare with, not
        /// fifty, even where other stories' texts fill the bucket between them.
        /// </summary>
        public void CompareBandMates()
        {
            var candidates = Enumerable.Range(0, _count)
                .Where(i => !_isLaterExactCopy[i] && set.ShingleCount(order[i]) >= settings.MinShingles)
                .ToArray();
            var heads = new BucketHeads(candidates.Length);
            var previousInBucket = new int[_count];
            // Keys for a few bands at a time: one visit to each signature per block instead of one per band.
            var keys = new uint[KeyBlockBands][];
            for (var b = 0; b < KeyBlockBands; b++) keys[b] = new uint[candidates.Length];
            for (var band = 0; band < settings.BandCount; band++)
            {
                var inBlock = band % KeyBlockBands;
                if (inBlock == 0) BandKeys(candidates, band, keys);
                heads.Clear();
                for (var k = 0; k < candidates.Length; k++)
                {
                    var i = candidates[k];
                    var newest = heads.Push(keys[inBlock][k], i);
                    var walked = 0;
                    for (var j = newest; j >= 0 && walked < BucketComparisonLimit; j = previousInBucket[j], walked++)
                        if (!(_followsNearDuplicate[i] && _sets.Find(j) == _sets.Find(i)) && FirstSharedBand(j, i) == band)
                            Compare(j, i);
                    previousInBucket[i] = newest;
                    // A text that has joined a cluster takes the place of that cluster's entry, wherever it sits.
                    if (newest >= 0 && !_sets.IsAlone(i))
                        Unchain(i, _sets.Find(i), previousInBucket);
                }
            }
        }

        /// <summary>
        /// The bucket keys of each candidate in the bands from <paramref name="firstBand"/>, as many as fit in
        /// <paramref name="keys"/>. A band of one or two 16-bit values is its own key; a longer one is hashed.
        /// </summary>
        private void BandKeys(int[] candidates, int firstBand, uint[][] keys)
        {
            var bands = Math.Min(keys.Length, settings.BandCount - firstBand);
            var rows = settings.BandRows;
            for (var k = 0; k < candidates.Length; k++)
            {
                var signature = Signature(candidates[k]);
                for (var b = 0; b < bands; b++)
                {
                    var start = (firstBand + b) * rows;
                    keys[b][k] = rows switch
                    {
                        1 => signature[start],
                        2 => signature[start] | (uint)signature[start + 1] << 16,
                        _ => Fold(DuplicateKeys.BandHash(signature, firstBand + b, rows)),
                    };
                }
            }
        }

        /// <summary>
        /// Takes the earlier entry of <paramref name="cluster"/> out of the bucket chain that <paramref name="head"/> now
        /// heads, looking as deep as a comparison would.
        /// </summary>
        private void Unchain(int head, int cluster, int[] previousInBucket)
        {
            var walked = 0;
            for (int after = head, j = previousInBucket[head]; j >= 0 && walked < BucketComparisonLimit; after = j, j = previousInBucket[j], walked++)
            {
                if (_sets.Find(j) != cluster) continue;
                previousInBucket[after] = previousInBucket[j];
                return;
            }
        }

        private static uint Fold(ulong hash) => (uint)(hash ^ (hash >> 32));

        /// <summary>
        /// Checking earlier bands is cheaper than remembering every compared pair, and near copies agree early. A band
        /// of one, two or four values is compared as one number, a vector of bands at a time.
        /// </summary>
        private int FirstSharedBand(int a, int b)
        {
            var x = Signature(a);
            var y = Signature(b);
            var rows = settings.BandRows;
            switch (rows)
            {
                case 1: return FirstEqual(x, y);
                case 2: return FirstEqual(MemoryMarshal.Cast<ushort, uint>(x), MemoryMarshal.Cast<ushort, uint>(y));
                case 4: return FirstEqual(MemoryMarshal.Cast<ushort, ulong>(x), MemoryMarshal.Cast<ushort, ulong>(y));
            }
            for (int band = 0, start = 0; band < settings.BandCount; band++, start += rows)
                if (x.Slice(start, rows).SequenceEqual(y.Slice(start, rows))) return band;
            return -1;
        }

        private static int FirstEqual<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> y) where T : unmanaged, IEquatable<T>
        {
            var i = 0;
            if (Vector256.IsHardwareAccelerated)
                for (; i + Vector256<T>.Count <= x.Length; i += Vector256<T>.Count)
                    if (Vector256.Equals(Vector256.Create(x[i..]), Vector256.Create(y[i..])).ExtractMostSignificantBits() is var equal and not 0)
                        return i + BitOperations.TrailingZeroCount(equal);
            for (; i < x.Length; i++)
                if (x[i].Equals(y[i])) return i;
            return -1;
        }

        /// <summary><paramref name="earlier"/> precedes <paramref name="later"/> in representative order.</summary>
        private void Compare(int earlier, int later)
        {
            _comparedPairs++;
            var similarity = set.Similarity(order[earlier], order[later]);
            if (similarity.Resemblance < settings.ResemblanceThreshold || !WithinWindow(earlier, later)) return;
            _sets.Union(earlier, later);
            _followsNearDuplicate[later] = true;
            _links.Add(new LinkRecord(earlier, later, LinkKind.NearDuplicate, similarity));
        }

        private bool WithinWindow(int source, int copy) =>
            set.Published(order[source]) is not { } from || set.Published(order[copy]) is not { } to || (to - from).TotalDays <= settings.CopyWindowDays;

        /// <summary>
        /// A trimmed copy joins its source's cluster; a derived text is linked to each of its sources. A near-duplicate
        /// or exact copy looks for no source and is none: its cluster's earlier text stands for it, as in the LSH buckets.
        /// Short texts take part too (a newspaper's brief is written from a wire story), as derived texts only.
        /// </summary>
        public void FindOrigins(PartialCopyFinder finder)
        {
            bool Takes(int i) => !_isLaterExactCopy[i] && !_followsNearDuplicate[i];
            foreach (var origin in finder.Find(takesPart: Takes))
                foreach (var (source, share) in origin.Sources)
                {
                    if (origin.IsCopy) _sets.Union(source, origin.Position);
                    var resemblance = set.Similarity(order[source], order[origin.Position]).Resemblance;
                    _links.Add(new LinkRecord(source, origin.Position, origin.IsCopy ? LinkKind.TrimmedCopy : LinkKind.DerivedFrom,
                        new Similarity(resemblance, share)));
                }
            _comparedPairs += finder.ComparedPairs;
        }

        public DedupResult Result()
        {
            var representative = new int[_count];
            var firstOfSet = Enumerable.Repeat(-1, _count).ToArray();
            for (var i = 0; i < _count; i++)
            {
                var root = _sets.Find(i);
                if (firstOfSet[root] < 0) firstOfSet[root] = i;
                representative[i] = firstOfSet[root];
            }
            return new DedupResult(order.Select(set.Id).ToArray(), representative, _links, _comparedPairs);
        }
    }
}
