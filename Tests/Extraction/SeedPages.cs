using SearchEngine.Indexing.Extraction;
using SearchEngine.Indexing.Sources;

namespace SearchEngine.Tests.Extraction;

/// <summary>The five real pages in <c>seeds/</c>, each run once through the default pipeline.</summary>
public sealed class SeedPages
{
    private readonly Dictionary<string, Article> _byPrefix;

    public SeedPages()
    {
        var seeds = Path.Combine(RepositoryRoot(), "seeds");
        _byPrefix = Directory.GetFiles(seeds, "*.txt").ToDictionary(
            path => Path.GetFileName(path)[..3],
            path => ArticlePipeline.Default.Process(new RawArticle(Path.GetFileName(path), path, File.ReadAllText(path), ExplicitMetadata.None, "")));
    }

    /// <summary>The article from the seed whose file name starts with <paramref name="prefix"/> ("000" … "004").</summary>
    public Article this[string prefix] => _byPrefix[prefix];

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SearchEngine.sln")))
                return dir.FullName;
        throw new InvalidOperationException("SearchEngine.sln not found above " + AppContext.BaseDirectory);
    }
}
