using SearchEngine.Indexing.Extraction;
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
}
