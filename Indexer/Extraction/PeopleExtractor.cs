using SearchEngine.Indexing.Cleaning;
using SearchEngine.Indexing.Sources;

namespace SearchEngine.Indexing.Extraction;

public static class PeopleExtractor
{
    public static IReadOnlyList<string> Extract(CleanedPage page, ExplicitMetadata meta) => meta.People ?? [];
}
