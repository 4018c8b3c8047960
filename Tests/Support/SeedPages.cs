using SearchEngine.Indexing.Cleaning;
using SearchEngine.Indexing.Extraction;
using SearchEngine.Indexing.Sources;

namespace SearchEngine.Tests.Support;

/// <summary>The five real pages in <c>seeds/</c>, each run once through the default pipeline: the article and the cleaned page.</summary>
public sealed class SeedPages
{
    private static readonly Lazy<SeedPages> Shared = new(() => new SeedPages());

    private readonly Dictionary<string, (Article Article, CleanedPage Page)> _byPrefix;

    private SeedPages()
    {
        _byPrefix = Directory.GetFiles(RepoPaths.Seeds, "*.txt").ToDictionary(
            path => Path.GetFileName(path)[..3],
            path =>
            {
                var raw = new RawArticle(Path.GetFileNameWithoutExtension(path), path, File.ReadAllText(path), ExplicitMetadata.None, "");
                var article = ArticlePipeline.Default.Process(raw, out var page);
                return (article, page);
            });
    }

    /// <summary>The article from the seed whose file name starts with <paramref name="prefix"/> ("000" … "004").</summary>
    public static Article Article(string prefix) => Shared.Value._byPrefix[prefix].Article;

    /// <summary>The seed's page with every line classified by the cleaning rules.</summary>
    public static CleanedPage Page(string prefix) => Shared.Value._byPrefix[prefix].Page;
}
