using SearchEngine.Indexing.Cleaning;
using SearchEngine.Indexing.Sources;

namespace SearchEngine.Indexing.Extraction;

public static class OutletExtractor
{
    public static string? Extract(CleanedPage page, ExplicitMetadata meta) => meta.Outlet;
}
