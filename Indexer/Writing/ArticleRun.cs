using System.Collections.Concurrent;
using SearchEngine.Indexing.Sources;

namespace SearchEngine.Indexing.Writing;

/// <summary>What became of one article a run handed over.</summary>
internal enum Outcome { Indexed, Unchanged, Failed }

/// <summary>What a run read, and every file it skipped, could not read or read with a warning.</summary>
internal sealed record RunResult(int Indexed, int Unchanged, IReadOnlyList<SourceProblem> Warnings,
    IReadOnlyList<SourceProblem> Skipped, IReadOnlyList<SourceProblem> Failures)
{
    public BuildReport ToReport(TimeSpan elapsed) => new()
    {
        Indexed = Indexed,
        Unchanged = Unchanged,
        Warnings = Warnings,
        Skipped = Skipped,
        Failed = Failures,
        Elapsed = elapsed,
    };
}

/// <summary>The ids a run has read, so that a second article with one is reported rather than written over the first.</summary>
internal sealed class SeenIds
{
    // The file, not the file:line, of each id: one shared string per file keeps this small at a million ids.
    private readonly ConcurrentDictionary<string, string> _files = new(StringComparer.Ordinal);

    /// <summary>Whether this is the first article with its id; if not, the failure names the file that had it first.</summary>
    public bool First(RawArticle raw, ConcurrentQueue<SourceProblem> failures)
    {
        if (_files.TryAdd(raw.Id, raw.SourceFile)) return true;
        failures.Enqueue(SourceProblem.Failed(raw.SourceFile, $"duplicate id {raw.Id} (first read from {_files[raw.Id]})"));
        return false;
    }

    public void Clear() => _files.Clear();
}

/// <summary>
/// One pass over the sources, as every command that writes articles makes it: files found and JSON Lines read on a
/// thread of their own, pages parsed and articles handed to a caller's handler on the worker threads, and every problem
/// collected for the report. A rebuild and an update write what the handler gets into the index; a push sends it to a
/// cluster.
/// </summary>
internal sealed class ArticleRun(BuildOptions options)
{
    /// <summary>
    /// Records read ahead: in batches large enough that the reader and the workers seldom wait for each other, and few
    /// enough that even large pages queued keep memory small.
    /// </summary>
    private const int ReadAheadBatches = 4, ReadAheadBatchSize = 64;

    /// <summary>
    /// Finds and reads the sources on a reading thread and hands articles to <paramref name="handle"/> on the worker
    /// threads, which also parse the pages (<see cref="SourceScanner.ReadDeferringPages"/>).
    /// </summary>
    /// <param name="alreadyIndexed">
    /// Whether the index holds an article of this id with this content hash: a file of one article that it holds is
    /// counted unchanged without being parsed, and never handed over.
    /// </param>
    public RunResult Run(SourceSet sources, IBuildProgress progress, CancellationToken cancel,
        Func<RawArticle, ConcurrentQueue<SourceProblem>, Outcome> handle, Func<string, string, bool>? alreadyIndexed = null)
    {
        var files = SourceScanner.FindFiles(sources);
        var scanner = new SourceScanner(options.Sources, alreadyIndexed);
        var warnings = new ConcurrentQueue<SourceProblem>();
        var skipped = new ConcurrentQueue<SourceProblem>();
        var failures = new ConcurrentQueue<SourceProblem>();
        int indexed = 0, unchanged = 0, done = 0;
        progress.Start(files.Sum(f => SafeLength(f.FullPath)));
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Threads, CancellationToken = cancel };
        using var reading = new ReadAhead(scanner.ReadDeferringPages(files), ReadAheadBatches, ReadAheadBatchSize, cancel);
        void Take(SourceRecord record)
        {
            switch (record)
            {
                case DeferredRecord deferred:
                    foreach (var read in ReadSafely(deferred)) Take(read);
                    break;
                case SourceProblem { Kind: ProblemKind.Failed } failure:
                    failures.Enqueue(failure);
                    break;
                case SourceProblem { Kind: ProblemKind.Skipped } skip:
                    skipped.Enqueue(skip);
                    break;
                case SourceProblem warning:
                    warnings.Enqueue(warning);
                    break;
                case UnchangedRecord:
                    Interlocked.Increment(ref unchanged);
                    progress.Report(Interlocked.Increment(ref done), scanner.BytesRead);
                    break;
                case ArticleRecord { Article: var raw }:
                    var outcome = HandleSafely(raw, failures, handle);
                    if (outcome == Outcome.Indexed) Interlocked.Increment(ref indexed);
                    else if (outcome == Outcome.Unchanged) Interlocked.Increment(ref unchanged);
                    progress.Report(Interlocked.Increment(ref done), scanner.BytesRead);
                    break;
            }
        }
        // Unbuffered, so no worker holds records in a chunk of its own while another has none left.
        Parallel.ForEach(Partitioner.Create(reading.Records, EnumerablePartitionerOptions.NoBuffering), parallel, Take);
        reading.Finish();
        progress.Finish();
        return new RunResult(indexed, unchanged, Ordered(warnings), Ordered(skipped), Ordered(failures));
    }

    /// <summary>A page the reader chokes on is reported and passed over, as an article the pipeline chokes on is.</summary>
    private static IReadOnlyList<SourceRecord> ReadSafely(DeferredRecord deferred)
    {
        try
        {
            return [.. deferred.Read()];
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return [SourceProblem.Failed(deferred.File, $"could not read the file: {e.Message}")];
        }
    }

    /// <summary>An article the pipeline chokes on is reported and passed over; the build goes on.</summary>
    private static Outcome HandleSafely(RawArticle raw, ConcurrentQueue<SourceProblem> failures,
        Func<RawArticle, ConcurrentQueue<SourceProblem>, Outcome> handle)
    {
        try
        {
            return handle(raw, failures);
        }
        catch (Exception e) when (e is not (IOException or OutOfMemoryException))
        {
            failures.Enqueue(new SourceProblem(raw.SourceFile, raw.SourcePath, $"could not process the article: {e.Message}", ProblemKind.Failed));
            return Outcome.Failed;
        }
    }

    private static IReadOnlyList<SourceProblem> Ordered(IEnumerable<SourceProblem> problems) =>
        problems.OrderBy(p => p.SourceFile, StringComparer.Ordinal).ThenBy(p => p.Location, StringComparer.Ordinal).ToList();

    private static long SafeLength(string path)
    {
        try { return new FileInfo(path).Length; }
        catch (IOException) { return 0; }
    }
}
