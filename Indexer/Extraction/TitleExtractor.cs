using SearchEngine.Indexing.Cleaning;
using SearchEngine.Indexing.Sources;

namespace SearchEngine.Indexing.Extraction;

public static class TitleExtractor
{
    public static string Extract(CleanedPage page, ExplicitMetadata meta) => meta.Title ?? page.Lines.FirstOrDefault()?.Text ?? "";
}
