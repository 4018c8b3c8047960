namespace SearchEngine.Tests.Support;

/// <summary>Paths in the checkout the tests run from: the repository root is the folder holding SearchEngine.sln.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Seed(string prefix) =>
        Directory.EnumerateFiles(Seeds, prefix + "*").Single();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SearchEngine.sln")))
                return dir.FullName;
        throw new InvalidOperationException($"no SearchEngine.sln above {AppContext.BaseDirectory}");
    }
}
