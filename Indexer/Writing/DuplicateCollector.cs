using System.Diagnostics;
using SearchEngine.Indexing.Dedup;
using SearchEngine.Indexing.Extraction;

namespace SearchEngine.Indexing.Writing;

/// <summary>
/// Fingerprints articles as a build writes them, from any thread, and keeps what clustering needs afterwards, with the
/// time it all took, so a build can report what near-duplicate detection costs.
/// </summary>
/// <param name="spillFile">Where to keep the signatures until clustering (see <see cref="DedupSet"/>); null keeps them in memory.</param>
internal sealed class DuplicateCollector(DedupSettings settings, string? spillFile = null) : IDisposable
{
    private readonly FingerprintBuilder _fingerprints = new(settings);
    private long _signatureTicks;
    private DedupResult? _result;

    public DedupSet Texts { get; } = new(settings.HashCount, spillFile);

    public IEnumerable<string> Ids => Enumerable.Range(0, Texts.Count).Select(Texts.Id);

    /// <summary>The collected texts one by one, for reclustering an update's few articles with those already indexed.</summary>
    public IEnumerable<DedupDocument> Documents => Enumerable.Range(0, Texts.Count)
        .Select(slot => new DedupDocument(Texts.Id(slot), Texts.FingerprintOf(slot), Texts.Published(slot), Texts.Length(slot), Texts.OutletName(slot)));

    /// <summary>Time spent computing signatures and keeping them (the spill file's writes too), summed over threads.</summary>
    public TimeSpan SignatureTime => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _signatureTicks));

    public TimeSpan ClusteringTime { get; private set; }

    public Fingerprint Add(Article article)
    {
        var start = Stopwatch.GetTimestamp();
        var fingerprint = _fingerprints.Compute(article.Body);
        Texts.Add(article.Id, fingerprint, article.Published?.Instant, article.Body.Length, article.Outlet);
        Interlocked.Add(ref _signatureTicks, Stopwatch.GetTimestamp() - start);
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

    public void Dispose() => Texts.Dispose();

    public DuplicateCosts Costs() =>
        new(SignatureTime, ClusteringTime, _result?.CopyClusterCount ?? 0, _result?.CopyCount ?? 0, _result?.Lineage().Count() ?? 0);
}
