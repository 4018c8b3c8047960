using SearchEngine.Indexing.Cleaning;
using SearchEngine.Indexing.Extraction;
using SearchEngine.Indexing.Sources;

namespace SearchEngine.Tests.Extraction;

/// <summary>Runs text through the default pipeline, as the indexer does.</summary>
internal static class Pipeline
{
    public static Article Process(string text, ExplicitMetadata? meta = null) =>
        ArticlePipeline.Default.Process(new RawArticle("test", "test", text, meta ?? ExplicitMetadata.None, "hash"));

    public static string Page(params string[] lines) => string.Join("\n\n", lines);

    public static CleanedPage Clean(params string[] lines) => PageCleaner.Default.Clean(Page(lines), null);
}
