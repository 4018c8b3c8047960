using System.Text.Json;

namespace SearchEngine.Indexing.Sources;

/// <summary>
/// The files and folders an index is built from, and the folder its ids are relative to. One folder is its own root
/// (<c>seeds/000.txt</c> is <c>000</c>), one file's root is its folder; several sources share their nearest common
/// folder, so two sources holding <c>001.txt</c> give <c>a/001</c> and <c>b/001</c>, whatever order they are given in.
/// The index records its set, so an update reads new sources with the ids the build gave and knows what it was built from.
/// </summary>
public sealed record SourceSet
{
    private SourceSet(string root, IReadOnlyList<string> paths)
    {
        Root = root;
        Paths = paths;
    }

    /// <summary>The folder ids and displayed paths are relative to.</summary>
    public string Root { get; }

    /// <summary>The sources as full paths, each once, in ordinal order.</summary>
    public IReadOnlyList<string> Paths { get; }

    public static SourceSet Of(IEnumerable<string> paths)
    {
        var full = Normalise(paths);
        if (full.Count == 0) throw new ArgumentException("a source set needs at least one path", nameof(paths));
        return new SourceSet(CommonFolder(full.Select(FolderOf)), full);
    }

    /// <summary>These paths with the ids of <paramref name="built"/>; null when one lies outside its root, where no id could match.</summary>
    public static SourceSet? Within(SourceSet built, IEnumerable<string> paths)
    {
        var full = Normalise(paths);
        return full.All(p => IsWithin(p, built.Root)) ? new SourceSet(built.Root, full) : null;
    }

    /// <summary>Both sets' paths under this set's root; the other must share it.</summary>
    public SourceSet With(SourceSet other) => new(Root, Normalise(Paths.Concat(other.Paths)));

    /// <summary>Whether a file lies in one of the sources (is one, or is under one).</summary>
    public bool Contains(string fullPath) => Paths.Any(p => IsWithin(fullPath, p));

    /// <summary>The full path of a path displayed relative to <see cref="Root"/>.</summary>
    public string FullPathOf(string displayPath) => Path.GetFullPath(Path.Combine(Root, displayPath));

    /// <summary>The paths that are not in <paramref name="other"/>.</summary>
    public IReadOnlyList<string> Except(SourceSet other) => [.. Paths.Except(other.Paths, StringComparer.Ordinal)];

    public string Serialize() => JsonSerializer.Serialize(new Stored(Root, Paths));

    /// <summary>The set an index recorded, or null for an index built before sets were recorded.</summary>
    public static SourceSet? Parse(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        var stored = JsonSerializer.Deserialize<Stored>(text);
        return stored is { Root: { } root, Paths: { Count: > 0 } paths } ? new SourceSet(root, paths) : null;
    }

    private sealed record Stored(string Root, IReadOnlyList<string> Paths);

    private static List<string> Normalise(IEnumerable<string> paths) =>
        [.. paths.Select(p => Path.TrimEndingDirectorySeparator(Path.GetFullPath(p))).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    private static string FolderOf(string path) => Directory.Exists(path) ? path : Path.GetDirectoryName(path) ?? path;

    private static string CommonFolder(IEnumerable<string> folders)
    {
        var common = folders.Select(f => f.Split(Path.DirectorySeparatorChar)).Aggregate((a, b) => [.. a.Zip(b).TakeWhile(p => p.First == p.Second).Select(p => p.First)]);
        var joined = string.Join(Path.DirectorySeparatorChar, common);
        return joined.Length == 0 ? Path.GetPathRoot(Path.GetFullPath("."))! : joined;
    }

    private static bool IsWithin(string path, string folder) =>
        path == folder || path.StartsWith(folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
