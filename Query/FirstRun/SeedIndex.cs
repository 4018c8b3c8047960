using SearchEngine.Indexing;
using SearchEngine.Indexing.Cli;
using SearchEngine.Indexing.Extraction;
using SearchEngine.Indexing.Reading;
using SearchEngine.Indexing.Writing;

namespace SearchEngine.Querying.FirstRun;

/// <summary>The sample corpus shipped beside the program, indexed the first time the program finds no index.</summary>
public static class SeedIndex
{
    public static string SeedsFolder => Path.Combine(AppContext.BaseDirectory, "seeds");

    /// <summary>Builds the index from the seeds when <paramref name="store"/> has none; returns the build's report, or null when an index was already there.</summary>
    public static BuildReport? EnsureBuilt(IndexStore store, IBuildProgress progress)
    {
        if (store.Exists) return null;
        return new IndexBuilder(ArticlePipeline.Default, new BuildOptions()).Rebuild([SeedsFolder], store, progress);
    }

    /// <summary>
    /// Readies the index either front end is about to open, or says why it cannot be opened. The first run: when the
    /// default index folder holds nothing at all, the seeds are indexed there, saying so on stderr, so there are
    /// articles to search before the user has built an index. A folder named by --index or $SEARCHENGINE_INDEX is never
    /// filled with the seeds, nor is one that holds anything: a damaged index is still the user's, to rebuild or mend.
    /// Where an indexer is writing the first index, that is what is reported.
    /// </summary>
    /// <returns>Null when a live generation is there to open; else what to report.</returns>
    public static IndexUnusableException? Prepare(string indexDirectory, CliContext context)
    {
        var store = new IndexStore(indexDirectory);
        var isDefault = string.IsNullOrEmpty(context.Environment(DefaultPaths.IndexVariable))
            && IndexStore.SamePath(indexDirectory, DefaultPaths.IndexDirectory(context.Environment));
        if (store.Exists)
        {
            if (!isDefault || !IsEarlierSampleIndex(store)) return null;
            context.Error.WriteLine($"The sample index at {store.Root} was built by an earlier version: indexing the sample articles in {SeedsFolder} again.");
            return Build(store, context, rebuild: true);
        }
        // A first build under way holds the lock and has a generation folder but no pointer yet: not damage.
        if (IndexWriteLock.IsHeldElsewhere(store)) return IndexUnusableException.Written(store.Root);
        if (!isDefault || !store.HoldsNothing) return store.Unusable();
        context.Error.WriteLine($"No index at {store.Root} yet: indexing the sample articles in {SeedsFolder} first.");
        return Build(store, context, rebuild: false);
    }

    /// <summary>
    /// Whether the index holds only the seeds beside this program, under another schema version: ours to rebuild, as
    /// nothing in it is the user's (an index of anything else is never touched; its rebuild hint names its sources).
    /// </summary>
    private static bool IsEarlierSampleIndex(IndexStore store)
    {
        try
        {
            using var directory = store.OpenCurrent();
            return !SchemaCheck.IsCurrent(directory)
                && IndexedArticles.SourcesOf(directory) is { Paths: [var only] } && IndexStore.SamePath(only, SeedsFolder);
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException or System.Text.Json.JsonException
            or Lucene.Net.Index.CorruptIndexException or IndexUnusableException)
        {
            // What cannot be read is reported when the index is opened, not mended here.
            return false;
        }
    }

    private static IndexUnusableException? Build(IndexStore store, CliContext context, bool rebuild)
    {
        IBuildProgress progress = context.ErrorIsTerminal ? new TerminalProgressBar(context.Error) : new LogProgress(context.Error);
        try
        {
            var report = rebuild
                ? new IndexBuilder(ArticlePipeline.Default, new BuildOptions()).Rebuild([SeedsFolder], store, progress)
                : EnsureBuilt(store, progress);
            if (report is not null) context.Error.WriteLine($"Indexed {report.Indexed} sample articles into {store.Root}.");
        }
        catch (IndexLockedException)
        {
            // An indexer (or another first run) took the lock after the look above.
            return IndexUnusableException.Written(store.Root);
        }
        return store.Unusable();
    }
}
