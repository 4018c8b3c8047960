using System.Diagnostics;
using SearchEngine.Indexing.Dedup;
using SearchEngine.Indexing.Extraction;
using SearchEngine.Indexing.Sources;
using SearchEngine.Indexing.Writing;

namespace SearchEngine.Indexing.Cluster;

/// <summary>
/// A push: a rebuild's pipeline (sources read, cleaned, extracted and fingerprinted on the worker threads, then the
/// run's articles clustered into copies and stories, and placed among the copies already stored: see
/// <see cref="RunPlacements"/>) ending in bulk requests to a <see cref="IBulkTarget"/> instead of
/// an index. Documents go in the order of representatives the clustering gives, so the same sources make the same
/// requests; every document read ends as sent, unchanged, rejected or failed in the report.
/// </summary>
/// <param name="build">Threads, source options and near-duplicate settings, as a rebuild takes them.</param>
/// <param name="indexName">The index the documents are for, named in each action line and the template's pattern.</param>
public sealed class BulkIngest(ArticlePipeline pipeline, BuildOptions build, BulkOptions bulk, string indexName)
{
    /// <param name="reading">Told how reading the sources advances.</param>
    /// <param name="sending">Told how sending advances: documents done and bytes of their content.</param>
    /// <exception cref="BulkStoppedException">The template could not be installed: credentials refused, template rejected, no answer.</exception>
    /// <exception cref="ClusterUnreachableException">No answer to the first request.</exception>
    public async Task<BulkReport> RunAsync(IReadOnlyList<string> sourcePaths, IBulkTarget target, IBuildProgress reading, IBuildProgress sending,
        CancellationToken cancel = default)
    {
        bulk.Validate();
        var clock = Stopwatch.StartNew();
        var sources = SourceSet.Of(sourcePaths);
        // First, so that a cluster that cannot take the documents says so before the sources are read.
        await target.PrepareAsync(ClusterTemplate.Body(build.Dedup, indexName), cancel).ConfigureAwait(false);
        using var work = PushWorkFolder.Create(Path.GetTempPath());
        using var spool = new BulkSpool(Path.Combine(work.Path, "documents.tmp"));
        RunResult read;
        DedupResult clusters;
        RunPlacements placements;
        DuplicateCosts costs;
        using (var duplicates = new DuplicateCollector(build.Dedup, Path.Combine(work.Path, "signatures.tmp")))
        {
            var seenIds = new SeenIds();
            read = new ArticleRun(build).Run(sources, reading, cancel, (raw, failures) =>
            {
                if (!seenIds.First(raw, failures)) return Outcome.Failed;
                var article = pipeline.Process(raw);
                spool.Add(article, ClusterDocument.Content(article, duplicates.Add(article), build.Dedup));
                return Outcome.Indexed;
            });
            seenIds.Clear();
            clusters = duplicates.Time(() => new DuplicateClusterer(build.Dedup).Cluster(duplicates.Texts));
            costs = duplicates.Costs();
            placements = target.StoredCopies is { } stored
                ? await RunPlacements.AmongStoredAsync(stored, clusters, duplicates.Documents, build.Dedup, cancel).ConfigureAwait(false)
                : RunPlacements.Local;
        }
        var tally = await SendAsync(clusters, placements, spool, target, sending, cancel).ConfigureAwait(false);
        // After the documents, so that a run stopped before this leaves the stored clusters as they were, and the
        // same push run again finds the same moves.
        if (tally.Stopped is null && target.StoredCopies is { } copies)
            await copies.MoveAsync(placements.Moves, cancel).ConfigureAwait(false);
        return tally.Report(target.Destination, indexName, read.ToReport(clock.Elapsed) with { Duplicates = costs }, clock.Elapsed) with
        {
            JoinedStored = placements.JoinedStored,
            MovedClusters = tally.Stopped is null ? placements.Moves.Count : 0,
        };
    }

    private async Task<BulkTally> SendAsync(DedupResult clusters, RunPlacements placements, BulkSpool spool, IBulkTarget target, IBuildProgress progress, CancellationToken cancel)
    {
        var tally = new BulkTally();
        var batcher = new BulkBatcher(indexName, bulk);
        long bytesDone = 0;
        progress.Start(spool.Bytes);
        foreach (var text in clusters.Relations())
        {
            if (!spool.TryFind(text.Id, out var entry)) continue;
            bytesDone += entry.Length;
            if (tally.Stopped is { } stopped)
            {
                tally.NotSent(text.Id, entry.SourcePath, stopped);
                continue;
            }
            var placement = ClusterDocument.Placement(text, placements.Of(text));
            var document = ClusterDocument.Join(spool.Read(entry), placement);
            if (batcher.Add(text.Id, entry.SourcePath, entry.ContentHash, placement, document) is { } full)
                tally.Add(full, await target.SendAsync(full, cancel).ConfigureAwait(false));
            progress.Report(tally.Done, bytesDone);
        }
        if (batcher.Flush() is { } last)
        {
            if (tally.Stopped is { } stopped)
                foreach (var item in last.Items) tally.NotSent(item.Id, item.SourcePath, stopped);
            else
                tally.Add(last, await target.SendAsync(last, cancel).ConfigureAwait(false));
        }
        progress.Finish();
        return tally;
    }

    /// <summary>What became of the documents so far.</summary>
    private sealed class BulkTally
    {
        private readonly List<BulkProblem> _rejected = [];
        private readonly List<BulkProblem> _failed = [];
        private int _sent, _unchanged, _requests;
        private long _bytes;

        public string? Stopped { get; private set; }

        public int Done => _sent + _unchanged + _rejected.Count + _failed.Count;

        public void Add(BulkRequest request, BulkSendResult result)
        {
            _requests++;
            _bytes += request.Body.Length;
            Stopped ??= result.Stopped;
            foreach (var outcome in result.Outcomes)
            {
                var item = outcome.Item;
                switch (outcome.Result)
                {
                    case BulkItemResult.Sent: _sent++; break;
                    case BulkItemResult.Unchanged: _unchanged++; break;
                    case BulkItemResult.Rejected: _rejected.Add(new BulkProblem(item.Id, item.SourcePath, outcome.ErrorType, outcome.Reason ?? "")); break;
                    default: _failed.Add(new BulkProblem(item.Id, item.SourcePath, outcome.ErrorType, outcome.Reason ?? "")); break;
                }
            }
        }

        public void NotSent(string id, string sourcePath, string stopped) =>
            _failed.Add(new BulkProblem(id, sourcePath, null, $"not sent: the run stopped sending ({stopped})"));

        public BulkReport Report(string destination, string indexName, BuildReport read, TimeSpan elapsed) => new()
        {
            Destination = destination,
            IndexName = indexName,
            Read = read,
            Sent = _sent,
            Unchanged = _unchanged,
            Rejected = _rejected,
            Failed = _failed,
            Requests = _requests,
            Bytes = _bytes,
            Stopped = Stopped,
            Elapsed = elapsed,
        };
    }
}
