using System.Collections.Concurrent;
using System.Diagnostics;
using SearchEngine.Indexing.Dedup;
using SearchEngine.Indexing.Extraction;

namespace SearchEngine.Indexing.Writing;

/// <summary>
/// Fingerprints articles as a build writes them, from any thread, and keeps what clustering needs afterwards, with the
/// time it all took, so a build can report what near-duplicate detection costs.
/// </summary>
internal sealed class DuplicateCollector(DedupSettings settings)
{
    private readonly FingerprintBuilder _fingerprints = new(settings);
    private readonly ConcurrentBag<DedupDocument> _documents = [];
    private long _signatureTicks;

    public IEnumerable<DedupDocument> Documents => _documents;

    public IEnumerable<string> Ids => _documents.Select(d => d.Id);

    /// <summary>Time spent computing signatures, summed over threads.</summary>
    public TimeSpan SignatureTime => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _signatureTicks));

    public TimeSpan ClusteringTime { get; private set; }

    private DedupResult? _result;

    public Fingerprint Add(Article article)
    {
        var start = Stopwatch.GetTimestamp();
        var fingerprint = _fingerprints.Compute(article.Body);
        Interlocked.Add(ref _signatureTicks, Stopwatch.GetTimestamp() - start);
        _documents.Add(new DedupDocument(article.Id, fingerprint, article.Published?.Value, article.Body.Length));
        return fingerprint;
    }

    /// <summary>Runs <paramref name="clustering"/> and remembers how long it took.</summary>
    public DedupResult Time(Func<DedupResult> clustering)
    {
        var clock = Stopwatch.StartNew();
        _result = clustering();
        ClusteringTime = clock.Elapsed;
        return _result;
    }

    public DuplicateCosts Costs()
    {
        var copies = _result?.Clusters.Where(c => !c.IsSingleton).ToList() ?? [];
        return new DuplicateCosts(SignatureTime, ClusteringTime, copies.Count, copies.Sum(c => c.Members.Count - 1));
    }
}
