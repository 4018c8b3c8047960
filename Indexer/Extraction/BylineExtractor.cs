using SearchEngine.Indexing.Cleaning;
using SearchEngine.Indexing.Sources;

namespace SearchEngine.Indexing.Extraction;

public static class BylineExtractor
{
    public static string? Extract(CleanedPage page, ExplicitMetadata meta) => meta.Author;
}
