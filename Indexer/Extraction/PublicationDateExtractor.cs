using SearchEngine.Indexing.Cleaning;
using SearchEngine.Indexing.Sources;

namespace SearchEngine.Indexing.Extraction;

public static class PublicationDateExtractor
{
    public static PublicationDate? Extract(CleanedPage page, ExplicitMetadata meta) => null;
}
