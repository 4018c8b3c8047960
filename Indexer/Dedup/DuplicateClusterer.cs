namespace SearchEngine.Indexing.Dedup;

/// <summary>
/// Groups copies of the same story. Exact copies and near-duplicates (resemblance at or above the threshold, published
/// within the copy window) are joined, and chains of them form one cluster. A partial copy (containment at or above
/// the threshold) joins only the cluster of its best-matching earlier text, so one article that quotes two stories
/// cannot merge them. Only pairs sharing an LSH band are ever compared, so the work grows with the number of texts
/// and their copies, not with the number of pairs.
/// </summary>
/// <remarks>
/// The result depends only on the set of documents, not on their order, so an incremental update is a rerun over the
/// new set (<see cref="Recluster"/>): that is always correct, including when a removed text was the link holding a
/// cluster together.
/// </remarks>
public sealed class DuplicateClusterer
{
    private readonly DedupSettings _settings;

    public DuplicateClusterer(DedupSettings settings)
    {
        settings.Validate();
        _settings = settings;
    }

    public DedupResult Cluster(IEnumerable<DedupDocument> documents)
    {
        var docs = documents.Order(RepresentativeOrder.Instance).ToArray();
        var duplicateId = docs.GroupBy(d => d.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicateId is not null) throw new ArgumentException($"document id '{duplicateId.Key}' appears more than once");
        foreach (var doc in docs)
            if (doc.Fingerprint.HashCount != _settings.HashCount)
                throw new ArgumentException($"'{doc.Id}' has a signature of {doc.Fingerprint.HashCount} values; the settings want {_settings.HashCount}");

        var run = new Run(docs, _settings);
        run.JoinExactCopies();
        run.CompareBandMates();
        run.AttachPartialCopies();
        return run.Result();
    }

    /// <summary>The clusters after adding or changing <paramref name="upserted"/> and removing <paramref name="removedIds"/>.</summary>
    public DedupResult Recluster(IEnumerable<DedupDocument> existing, IEnumerable<DedupDocument> upserted, IEnumerable<string> removedIds)
    {
        var byId = existing.ToDictionary(d => d.Id, StringComparer.Ordinal);
        foreach (var id in removedIds) byId.Remove(id);
        foreach (var doc in upserted) byId[doc.Id] = doc;
        return Cluster(byId.Values);
    }

    /// <summary>One clustering; documents are referred to by their position in representative order.</summary>
    private sealed class Run(DedupDocument[] docs, DedupSettings settings)
    {
        private readonly UnionFind _sets = new(docs.Length);
        private readonly List<DuplicateLink> _links = [];
        private readonly bool[] _isLaterExactCopy = new bool[docs.Length];
        private readonly List<(int Source, Similarity Similarity)>?[] _sourceCandidates = new List<(int, Similarity)>?[docs.Length];
        private readonly uint[][] _signatures = docs.Select(d => d.Fingerprint.MinHashArray).ToArray();
        private long _comparedPairs;

        public void JoinExactCopies()
        {
            var first = new Dictionary<(ulong, int), int>();
            for (var i = 0; i < docs.Length; i++)
            {
                var fingerprint = docs[i].Fingerprint;
                if (fingerprint.ShingleCount == 0) continue;
                if (first.TryGetValue((fingerprint.TextHash, fingerprint.ShingleCount), out var original))
                {
                    _sets.Union(original, i);
                    _isLaterExactCopy[i] = true;
                    _links.Add(new DuplicateLink(docs[original].Id, docs[i].Id, LinkKind.ExactCopy, new Similarity(1, 1)));
                }
                else first.Add((fingerprint.TextHash, fingerprint.ShingleCount), i);
            }
        }

        /// <summary>
        /// Compares each pair that shares a band, once: in the first band where their values agree. A later exact copy
        /// is left out, as its original stands for it.
        /// </summary>
        public void CompareBandMates()
        {
            var candidates = Enumerable.Range(0, docs.Length)
                .Where(i => !_isLaterExactCopy[i] && docs[i].Fingerprint.ShingleCount >= settings.MinShingles)
                .ToArray();
            var newestInBucket = new Dictionary<ulong, int>(candidates.Length);
            var previousInBucket = new int[docs.Length];
            for (var band = 0; band < settings.BandCount; band++)
            {
                newestInBucket.Clear();
                foreach (var i in candidates)
                {
                    var key = DuplicateKeys.BandHash(_signatures[i], band, settings.BandRows);
                    var earlier = newestInBucket.GetValueOrDefault(key, -1);
                    previousInBucket[i] = earlier;
                    newestInBucket[key] = i;
                    for (var j = earlier; j >= 0; j = previousInBucket[j])
                        if (FirstSharedBand(j, i) == band) Compare(j, i);
                }
            }
        }

        /// <summary>Checking earlier bands is cheaper than remembering every compared pair, and near copies agree early.</summary>
        private int FirstSharedBand(int a, int b)
        {
            var x = _signatures[a];
            var y = _signatures[b];
            var rows = settings.BandRows;
            for (int band = 0, start = 0; band < settings.BandCount; band++, start += rows)
            {
                var row = 0;
                while (row < rows && x[start + row] == y[start + row]) row++;
                if (row == rows) return band;
            }
            return -1;
        }

        /// <summary><paramref name="earlier"/> precedes <paramref name="later"/> in representative order.</summary>
        private void Compare(int earlier, int later)
        {
            _comparedPairs++;
            var similarity = Similarity.Estimate(docs[earlier].Fingerprint, docs[later].Fingerprint);
            if (IsNearDuplicate(earlier, later, similarity))
            {
                _sets.Union(earlier, later);
                _links.Add(new DuplicateLink(docs[earlier].Id, docs[later].Id, LinkKind.NearDuplicate, similarity));
            }
            if (similarity.Containment >= settings.ContainmentThreshold)
                (_sourceCandidates[later] ??= []).Add((earlier, similarity));
        }

        private bool IsNearDuplicate(int earlier, int later, Similarity similarity) =>
            similarity.Resemblance >= settings.ResemblanceThreshold && WithinWindow(docs[earlier], docs[later]);

        private bool WithinWindow(DedupDocument source, DedupDocument copy) =>
            source.Published is not { } from || copy.Published is not { } to || (to - from).TotalDays <= settings.CopyWindowDays;

        /// <summary>
        /// A text joins its best-matching earlier text (highest containment) when that match is a partial copy: not a
        /// near-duplicate it is joined with already, and within the time window. Only the best match counts, so an
        /// article that quotes two stories joins one of them and cannot merge the two.
        /// </summary>
        public void AttachPartialCopies()
        {
            for (var i = 0; i < docs.Length; i++)
            {
                if (_sourceCandidates[i] is not { } candidates) continue;
                var (source, similarity) = candidates.OrderByDescending(c => c.Similarity.Containment).ThenBy(c => c.Source).First();
                if (IsNearDuplicate(source, i, similarity) || !WithinWindow(docs[source], docs[i])) continue;
                _sets.Union(source, i);
                _links.Add(new DuplicateLink(docs[source].Id, docs[i].Id, LinkKind.PartialCopy, similarity));
            }
        }

        public DedupResult Result()
        {
            var members = new Dictionary<int, List<string>>();
            var clusters = new List<List<string>>();
            for (var i = 0; i < docs.Length; i++)
            {
                var root = _sets.Find(i);
                if (!members.TryGetValue(root, out var list))
                {
                    members[root] = list = [];
                    clusters.Add(list);
                }
                list.Add(docs[i].Id);
            }
            return new DedupResult(clusters.Select(c => new DuplicateCluster(c)).ToList(), _links, _comparedPairs);
        }
    }
}
