using System.Collections.Concurrent;
using System.Diagnostics;
using Lucene.Net.Index;
using SearchEngine.Indexing.Cli;
using SearchEngine.Indexing.Dedup;
using SearchEngine.Indexing.Extraction;
using SearchEngine.Indexing.Reading;
using SearchEngine.Indexing.Schema;
using SearchEngine.Indexing.Sources;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace SearchEngine.Indexing.Writing;

/// <summary>Settings of a build.</summary>
public sealed record BuildOptions
{
    public SourceOptions Sources { get; init; } = SourceOptions.Default;
    /// <summary>Threads that clean, extract and write articles; reading has a thread of its own.</summary>
    public int Threads { get; init; } = Math.Max(1, Environment.ProcessorCount);
    public double RamBufferMb { get; init; } = 64;
    /// <summary>Near-duplicate settings for a rebuild; an update keeps those the index was built with.</summary>
    public DedupSettings Dedup { get; init; } = DedupSettings.Default;
    /// <summary>
    /// When the sources hold no articles, a rebuild publishes an index of none in place of a live one, and an update
    /// removes every article it had from them; without it, both keep the index as it is.
    /// </summary>
    public bool AllowEmpty { get; init; }
    /// <summary>Update only: also remove the articles of sources the index was built from that the update was not given.</summary>
    public bool RemoveUnlisted { get; init; }
}

/// <summary>
/// Builds and updates an index from source files. A rebuild writes a new generation and publishes it only when it is
/// complete; an update changes the live generation in one commit, rolled back on failure. Either way the index users
/// search is never left half-written.
/// </summary>
public sealed class IndexBuilder(ArticlePipeline pipeline, BuildOptions options)
{
    /// <summary>
    /// Kept in the generation being built, so a failed build's cleanup removes it too; Lucene leaves files that are not
    /// named like its own alone.
    /// </summary>
    private const string SignatureSpillFile = "dedup-signatures.tmp";

    /// <summary>An update's spill file sits beside the generations, outside the live index.</summary>
    private const string UpdateSpillFile = "update-signatures.tmp";

    /// <exception cref="BuildFailedException">No article could be indexed, or the sources hold none and a live index would be replaced by an empty one.</exception>
    public BuildReport Rebuild(IReadOnlyList<string> sourcePaths, IndexStore store, IBuildProgress progress, CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        var sources = SourceSet.Of(sourcePaths);
        // --index ~/coverage where --source was meant: the index's files would be written among the articles.
        if (store.Unusable() is { HoldsArticles: true })
        {
            throw new IndexSourcesException($"{store.Root} holds articles, not an index; an index written there would lie among them. "
                + $"Give the index a folder of its own, such as --index {(IndexStore.IndexBeside(store.Root) is { } beside ? Shell.Quote(beside) : "DIR")}");
        }
        using var writeLock = IndexWriteLock.Acquire(store);
        store.RemoveGenerationsExcept(store.CurrentGeneration);
        var generation = store.CreateGeneration();
        try
        {
            RunResult result;
            using var duplicates = new DuplicateCollector(options.Dedup, Path.Combine(generation, SignatureSpillFile));
            using (var directory = IndexStore.OpenDirectory(generation))
            using (var writer = new IndexWriter(directory, WriterConfig(OpenMode.CREATE)))
            using (var mappers = MapperPerThread())
            {
                var seenIds = new SeenIds();
                result = new ArticleRun(options).Run(sources, progress, cancel, (raw, failures) =>
                {
                    if (!seenIds.First(raw, failures)) return Outcome.Failed;
                    writer.AddDocument(Map(mappers.Value!, pipeline.Process(raw), duplicates));
                    return Outcome.Indexed;
                });
                seenIds.Clear();
                var report = result.ToReport(clock.Elapsed);
                if (report.Indexed == 0 && report.Failed.Count > 0)
                    throw new BuildFailedException("no article could be indexed; the previous index is kept", report);
                if (report.Indexed == 0 && store.Exists && !options.AllowEmpty)
                    throw new BuildFailedException(
                        $"found no articles in {string.Join(", ", sources.Paths)}; the live index is kept (--allow-empty replaces it with an empty one)", report);
                // Written-out buffers and the id check are not needed while clustering, the build's largest step; and
                // what writing left behind goes back to the system before the signatures are read back in.
                writer.Flush(triggerMerge: false, applyAllDeletes: true);
                ReturnFreedMemory();
                var clusters = duplicates.Time(() => new DuplicateClusterer(options.Dedup).Cluster(duplicates.Texts));
                // Moving copies needs only the clusters: free the signatures (half a gigabyte at a million articles) and
                // give their memory back, or the doc-values updates grow the process on top of it.
                duplicates.Dispose();
                ReturnFreedMemory();
                ClusterPlacement.Apply(writer, clusters, ClusterPlacement.Alone);
                writer.SetCommitData(WithFacetMerges(writer, CommitData(options.Dedup, sources, builtAt: DateTime.UtcNow)));
                PausePoint.Reached(PausePoint.BeforeCommit);
                writer.Commit();
            }
            PausePoint.Reached(PausePoint.BeforePublish);
            store.Publish(generation);
            return result.ToReport(clock.Elapsed) with { Duplicates = duplicates.Costs() };
        }
        catch
        {
            store.RemoveGenerationsExcept(store.CurrentGeneration);
            throw;
        }
    }

    /// <summary>
    /// Adds new and changed articles from the sources and removes those whose files are gone from them. Articles of
    /// sources the index was built from but this update was not given are kept (and counted), unless
    /// <see cref="BuildOptions.RemoveUnlisted"/>; the index then records the sources it holds.
    /// </summary>
    /// <exception cref="IndexSourcesException">A source lies outside the folder the index's ids are relative to.</exception>
    /// <exception cref="BuildFailedException">
    /// The sources hold no articles and the update would remove some (see <see cref="BuildOptions.AllowEmpty"/>).
    /// </exception>
    public BuildReport Update(IReadOnlyList<string> sourcePaths, IndexStore store, IBuildProgress progress, CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        using var writeLock = IndexWriteLock.Acquire(store);
        // A rebuild killed half way left its generation folder; the lock says no build is running now.
        store.RemoveGenerationsExcept(store.CurrentGeneration);
        using var directory = store.OpenCurrent();
        var existing = IndexUnusableException.Reading(store.Root, () =>
        {
            SchemaCheck.Require(directory, store.Root);
            return IndexedArticles.Read(directory);
        });
        var built = IndexedArticles.SourcesOf(directory);
        var sources = built is null ? SourceSet.Of(sourcePaths) : SourceSet.Within(built, sourcePaths) ?? throw IndexSourcesException.Outside(built, sourcePaths);
        var settings = IndexedArticles.DedupSettingsOf(directory) ?? options.Dedup;
        using var upserted = new DuplicateCollector(settings);
        using var writer = new IndexWriter(directory, WriterConfig(OpenMode.APPEND));
        using var mappers = MapperPerThread();
        try
        {
            var seen = new bool[existing.Count];
            // Seen is marked only for an article read (or known unchanged): a changed file that now yields none is gone.
            bool Holds(string id, string hash)
            {
                if (!existing.TryFind(id, out var ordinal) || !existing.HasContentHash(ordinal, hash)) return false;
                seen[ordinal] = true;
                return true;
            }
            // The file of each article written, so the report can say which files changed and not only how many articles.
            var added = new ConcurrentQueue<string>();
            var changed = new ConcurrentQueue<string>();
            var result = new ArticleRun(options).Run(sources, progress, cancel, (raw, _) =>
            {
                var held = existing.TryFind(raw.Id, out var ordinal);
                if (held)
                {
                    seen[ordinal] = true;
                    if (existing.HasContentHash(ordinal, raw.ContentHash)) return Outcome.Unchanged;
                }
                writer.UpdateDocument(new Term(ArticleSchema.Id, raw.Id), Map(mappers.Value!, pipeline.Process(raw), upserted));
                (held ? changed : added).Enqueue(raw.SourceFile);
                return Outcome.Indexed;
            }, Holds);
            // A file that could not be read this time may still exist: keep its articles rather than lose them.
            var unreadable = result.Failures.Select(f => f.SourceFile).ToHashSet();
            var unseen = Enumerable.Range(0, existing.Count).Where(o => !seen[o] && !unreadable.Contains(existing.SourceFile(o))).ToList();
            var fromOtherSources = unseen.Where(o => !sources.Contains(sources.FullPathOf(existing.SourceFile(o)))).ToHashSet();
            var goneOrdinals = unseen.Where(o => options.RemoveUnlisted || !fromOtherSources.Contains(o)).ToList();
            var gone = goneOrdinals.Select(existing.Id).ToList();
            // Sources that yield nothing at all are more likely a disk not mounted or a folder emptied by mistake than
            // every article deleted on purpose.
            if (result.Indexed + result.Unchanged == 0 && gone.Count > 0 && !options.AllowEmpty)
                throw new BuildFailedException(
                    $"found no articles in {string.Join(", ", sources.Paths)}, so the update would remove "
                    + $"{Counted.Of(gone.Count, "article")}; the index is kept as it is (--allow-empty removes them)",
                    result.ToReport(clock.Elapsed));
            foreach (var id in gone)
                writer.DeleteDocuments(new Term(ArticleSchema.Id, id));
            // Copies and lineage depend only on the set of texts (and the index's own settings): with none written or
            // removed, the last clustering stands, and reading every fingerprint again would cost most of the update.
            var textsChanged = result.Indexed > 0 || gone.Count > 0;
            if (textsChanged)
            {
                ReturnFreedMemory();
                Recluster(writer, settings, IndexedArticles.StoredFingerprints(directory), Path.Combine(store.Root, UpdateSpillFile), existing,
                    upserted, gone);
            }
            var holds = options.RemoveUnlisted || built is null ? sources : built.With(sources);
            writer.SetCommitData(WithFacetMerges(writer, CommitData(settings, holds, builtAt: IndexedArticles.BuiltAt(directory) ?? DateTime.UtcNow, updatedAt: DateTime.UtcNow)));
            PausePoint.Reached(PausePoint.BeforeCommit);
            writer.Commit();
            PausePoint.Reached(PausePoint.AfterCommit);
            return result.ToReport(clock.Elapsed) with
            {
                Removed = gone.Count,
                AddedFiles = ChangedFile.Of(added),
                ChangedFiles = ChangedFile.Of(changed),
                RemovedFiles = ChangedFile.Of(goneOrdinals.Select(existing.SourceFile)),
                OtherSources = built?.Except(sources) ?? [],
                RemovedFromOtherSources = options.RemoveUnlisted ? fromOtherSources.Count : 0,
                KeptFromOtherSources = options.RemoveUnlisted ? 0 : fromOtherSources.Count,
                Duplicates = textsChanged ? upserted.Costs() : existing.StandingDuplicates(),
            };
        }
        catch
        {
            writer.Rollback();
            throw;
        }
    }

    /// <summary>Fingerprints the cleaned body for near-duplicate detection and maps the article to its document.</summary>
    private static Lucene.Net.Documents.Document Map(DocumentMapper mapper, Article article, DuplicateCollector duplicates) =>
        mapper.Map(article, duplicates.Add(article));

    /// <summary>
    /// A full, compacting collection that hands free memory back to the system, between the build's phases: measured on
    /// a million articles, without it each phase grew the process on top of what the one before had freed.
    /// </summary>
    private static void ReturnFreedMemory() => GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);

    /// <summary>A mapper reuses its fields, so each writing thread has its own.</summary>
    private static ThreadLocal<DocumentMapper> MapperPerThread() => new(() => new DocumentMapper());

    /// <summary>
    /// Clusters again over the whole new set (a removed copy can split its cluster) and moves only the articles whose
    /// placement changed. Re-written articles start alone, as <see cref="DocumentMapper"/> writes them.
    /// </summary>
    private static void Recluster(IndexWriter writer, DedupSettings settings, IEnumerable<DedupDocument> indexed, string spillFile,
        IndexedArticleTable existing, DuplicateCollector upserted, IReadOnlyList<string> gone)
    {
        var rewritten = upserted.Ids.ToHashSet(StringComparer.Ordinal);
        var result = upserted.Time(() => new DuplicateClusterer(settings).Recluster(indexed, upserted.Documents, gone, spillFile));
        ClusterPlacement.Apply(writer, result, id =>
            !rewritten.Contains(id) && existing.TryFind(id, out var ordinal) ? existing.Placement(ordinal) : ClusterPlacement.Alone(id));
    }

    private IndexWriterConfig WriterConfig(OpenMode mode) => WriterSettings.Create(ArticleSchema.CreateAnalyzer(), mode, options);

    /// <summary>The commit data with the values merged across the collection as it will be committed.</summary>
    private static Dictionary<string, string> WithFacetMerges(IndexWriter writer, Dictionary<string, string> data)
    {
        using var reader = DirectoryReader.Open(writer, applyAllDeletes: true);
        FacetMerges.AddTo(data, reader);
        return data;
    }

    private static Dictionary<string, string> CommitData(DedupSettings dedup, SourceSet sources, DateTime builtAt, DateTime? updatedAt = null)
    {
        var data = new Dictionary<string, string>
        {
            [ArticleSchema.CommitSources] = sources.Serialize(),
            [ArticleSchema.CommitDedupSettings] = dedup.Serialize(),
            [ArticleSchema.CommitSchemaVersion] = ArticleSchema.SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [ArticleSchema.CommitBuiltAt] = builtAt.ToString("O"),
        };
        if (updatedAt is { } u) data[ArticleSchema.CommitUpdatedAt] = u.ToString("O");
        return data;
    }
}
