using System.Reflection;
using System.Runtime.Loader;
using SearchEngine.Indexing.Cleaning;
using SearchEngine.Indexing.Extraction;
using SearchEngine.Indexing.Sources;

namespace SearchEngine.Benchmarks;

/// <summary>
/// A people extractor to measure: this build's, or another build of the indexer (a baseline such as the commit before
/// a change) loaded beside it, so that both are measured in the same run on the same articles. Pages are cleaned by the
/// same build that extracts from them; only extraction is timed.
/// </summary>
public sealed class PeopleExtractorUnderTest
{
    private readonly Func<string, object> _clean;
    private readonly Func<object, IReadOnlyList<string>> _extract;

    private PeopleExtractorUnderTest(string name, Func<string, object> clean, Func<object, IReadOnlyList<string>> extract)
    {
        Name = name;
        _clean = clean;
        _extract = extract;
    }

    public string Name { get; }

    public static PeopleExtractorUnderTest Current { get; } = new(
        "current",
        text => PageCleaner.Default.Clean(text, null),
        page => PeopleExtractor.Extract((CleanedPage)page, ExplicitMetadata.None));

    /// <summary>The extractor of the indexer built in <paramref name="folder"/> (its indexer.dll and dependencies).</summary>
    public static PeopleExtractorUnderTest FromBuild(string folder)
    {
        var indexer = Path.GetFullPath(Path.Combine(folder, "indexer.dll"));
        var assembly = new BuildLoadContext(indexer).LoadFromAssemblyPath(indexer);
        var cleaner = assembly.GetType("SearchEngine.Indexing.Cleaning.PageCleaner", throwOnError: true)!;
        var cleanerDefault = cleaner.GetProperty("Default")!.GetValue(null)!;
        var clean = cleaner.GetMethod("Clean", [typeof(string), typeof(string)])!;
        var metadata = assembly.GetType("SearchEngine.Indexing.Sources.ExplicitMetadata", throwOnError: true)!;
        var none = metadata.GetField("None")!.GetValue(null);
        var extract = assembly.GetType("SearchEngine.Indexing.Extraction.PeopleExtractor", throwOnError: true)!.GetMethod("Extract")!;
        return new PeopleExtractorUnderTest(
            $"baseline ({folder})",
            text => clean.Invoke(cleanerDefault, [text, null])!,
            page => (IReadOnlyList<string>)extract.Invoke(null, [page, none])!);
    }

    public object Clean(string text) => _clean(text);

    public IReadOnlyList<string> Extract(object page) => _extract(page);

    /// <summary>Keeps another build's assemblies apart from this one's, shared framework aside.</summary>
    private sealed class BuildLoadContext(string mainAssembly) : AssemblyLoadContext(isCollectible: false)
    {
        private readonly AssemblyDependencyResolver _resolver = new(mainAssembly);

        protected override Assembly? Load(AssemblyName name) =>
            _resolver.ResolveAssemblyToPath(name) is { } path ? LoadFromAssemblyPath(path) : null;
    }
}
