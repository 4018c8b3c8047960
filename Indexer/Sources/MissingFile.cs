namespace SearchEngine.Indexing.Sources;

/// <summary>Why a file found by the scan cannot be opened, in words that say what to do about it.</summary>
internal static class MissingFile
{
    /// <summary>What .NET reads, on Linux, in place of each byte of a file name that is not UTF-8; it cannot open the file by that name.</summary>
    private const char NotUtf8 = '\uFFFD';

    public const string NameNotUtf8 = "its name is not valid UTF-8 (each byte that is not is shown as \uFFFD), so it cannot be "
                                      + "opened by name; rename it to UTF-8 (convmv does) to index it";

    public static bool HasNameNotUtf8(string path) => path.Contains(NotUtf8);

    /// <summary>Why a path given on the command line names nothing.</summary>
    public static string NotFound(string path) => HasNameNotUtf8(path) ? NameNotUtf8 : "no such file or folder";

    /// <summary>Why a file the build found is gone when it comes to be read.</summary>
    public static string Reason(string fullPath)
    {
        if (HasNameNotUtf8(fullPath)) return NameNotUtf8;
        if (Directory.Exists(fullPath)) return "it is a folder now, not a file; it changed while the build ran";
        if (new FileInfo(fullPath).LinkTarget is { } target) return $"it is a link to {target}, which does not exist";
        return "no such file; it was removed while the build ran";
    }
}
