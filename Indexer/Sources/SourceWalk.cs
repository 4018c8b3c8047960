using SearchEngine.Indexing.Writing;

namespace SearchEngine.Indexing.Sources;

/// <summary>
/// Finds the files of a source set (folders recursively), each real file once, under its real path inside the sources
/// when it has one. A page reached as itself, through a link to it and through a linked folder would otherwise be read
/// three times, counted thrice in the facets, and named by whichever way the walk met first. A link that leads to a file
/// or folder read under another path is listed as passed over, one line for a folder however much it holds, and a
/// link back up the tree is not followed round.
/// <para>
/// A link to a file or folder outside every source is followed, and what it leads to is named by the link's path: the
/// user put the link there to include it, and its real path, outside the folder the ids are relative to, could not be
/// named by an id (nor given to an update). Moving the link then renames the article, as renaming a file does.
/// </para>
/// </summary>
internal sealed class SourceWalk
{
    /// <summary>As the system gives up resolving a path (ELOOP): a chain of links this long is a loop.</summary>
    private const int MaxLinksInPath = 40;

    /// <summary>
    /// An index kept inside its source folder (<c>--source news --index news/index</c>) would otherwise give a line
    /// for each of its dozens of files at every build.
    /// </summary>
    private const string IndexFolderReason =
        "an index folder (CURRENT or indexer.lock beside gen-… folders); the index's own files are not read";

    private static readonly string LoopReason = $"a link that leads round in a loop (more than {MaxLinksInPath} links); nothing to read";

    private static readonly EnumerationOptions OneLevel = new() { IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden };

    private readonly SourceSet _sources;
    /// <summary>Each source as given, with its real path (a source may itself be reached through a link).</summary>
    private readonly (string Given, string Real)[] _roots;
    /// <summary>Each real file met, with the path it is read under.</summary>
    private readonly Dictionary<string, string> _files = new(StringComparer.Ordinal);
    /// <summary>Each real folder walked, with the path it was walked under.</summary>
    private readonly Dictionary<string, string> _folders = new(StringComparer.Ordinal);
    private readonly List<(int Source, SourceFileInfo File)> _found = [];
    private int _source;

    private SourceWalk(SourceSet sources)
    {
        _sources = sources;
        _roots = [.. sources.Paths.Select(p => (p, RealPath(p) ?? p))];
    }

    /// <summary>The files of the set, source by source in path order, with every link and folder passed over.</summary>
    public static IReadOnlyList<SourceFileInfo> Find(SourceSet sources)
    {
        var walk = new SourceWalk(sources);
        for (walk._source = 0; walk._source < sources.Paths.Count; walk._source++)
        {
            var path = sources.Paths[walk._source];
            if (Directory.Exists(path)) walk.Walk(path);
            else walk.AddFile(path, isLink: true, inFolder: false);
        }
        return [.. walk._found.OrderBy(f => f.Source).ThenBy(f => f.File.FullPath, StringComparer.Ordinal).Select(f => f.File)];
    }

    private void Walk(string start)
    {
        var pending = new Stack<string>();
        pending.Push(start);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            if (RealPath(folder) is not { } real)
            {
                PassOver(folder, LoopReason, isFolder: true);
                continue;
            }
            var canonical = Canonical(real) ?? folder;
            if (canonical != folder)
            {
                PassOver(folder, IsWithin(folder, canonical)
                    ? $"a link up to {Display(canonical)}/, a folder that holds it; not followed, as it would lead round and round"
                    : $"a link to the folder {Display(canonical)}/, whose files are read under their own paths", isFolder: true);
                if (!_folders.ContainsKey(real)) pending.Push(canonical);
                continue;
            }
            if (!_folders.TryAdd(real, folder))
            {
                if (_folders[real] != folder)
                    PassOver(folder, $"a link to the same folder as {Display(_folders[real])}/, whose files are read under that path",
                        isFolder: true);
                continue;
            }
            // An index built into the articles' own folder leaves the articles beside it to be read.
            var index = IndexStore.IsIndexFolder(folder);
            if (index) PassOver(folder, IndexFolderReason, isFolder: true);
            // In name order, subfolders after the files, so which of two links to one outside file names it does not
            // change with the order the file system lists them in.
            var entries = new DirectoryInfo(folder).EnumerateFileSystemInfos("*", OneLevel)
                .Where(e => !index || !IndexStore.IsIndexEntry(e.Name))
                .OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
            foreach (var file in entries.Where(e => e is not DirectoryInfo))
                AddFile(file.FullName, file.LinkTarget is not null, inFolder: true, Path.Join(real, file.Name));
            foreach (var sub in entries.OfType<DirectoryInfo>().Reverse()) pending.Push(sub.FullName);
        }
    }

    /// <param name="realIfNoLink">The file's real path when it is no link: its real folder's, with its name.</param>
    private void AddFile(string path, bool isLink, bool inFolder, string? realIfNoLink = null)
    {
        var real = isLink ? RealPath(path) : realIfNoLink ?? RealPath(path);
        if (real is null)
        {
            PassOver(path, LoopReason, isFolder: false);
            return;
        }
        // A link to nothing is read as itself, which reports it as a link to a file that does not exist.
        if (isLink && !File.Exists(real)) real = path;
        var canonical = isLink ? Canonical(real) ?? path : path;
        if (_files.TryGetValue(real, out var first))
        {
            if (first != path)
                PassOver(path, (isLink, canonical == first) switch
                {
                    (false, _) => $"the same file as {Display(first)} (reached through a linked folder), which is read under that path",
                    (true, true) => $"a link to {Display(first)}, which is read under that path",
                    (true, false) => $"a link to the same file as {Display(first)}, which is read under that path",
                }, isFolder: false);
            return;
        }
        _files.Add(real, canonical);
        Add(Describe(canonical) with { FoundInFolder = canonical == path ? inFolder : !_sources.Paths.Contains(canonical) });
        if (canonical != path)
            PassOver(path, $"a link to {Display(canonical)}, which is read under that path", isFolder: false);
    }

    private void PassOver(string path, string reason, bool isFolder) =>
        Add(Describe(path, isFolder ? "/" : "") with { FoundInFolder = true, PassedOver = reason });

    private void Add(SourceFileInfo file) => _found.Add((_source, file));

    private SourceFileInfo Describe(string fullPath, string suffix = "") => SourceScanner.Describe(fullPath, Display(fullPath) + suffix);

    private string Display(string fullPath) => Path.GetRelativePath(_sources.Root, fullPath).Replace('\\', '/');

    /// <summary>The path a real file or folder inside a source is known by: that source's, as given, and its place in it.</summary>
    private string? Canonical(string real)
    {
        foreach (var (given, root) in _roots)
            if (IsWithin(real, root)) return given + real[root.Length..];
        return null;
    }

    private static bool IsWithin(string path, string folder) =>
        path == folder
        || path.StartsWith(Path.EndsInDirectorySeparator(folder) ? folder : folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>
    /// The path with every link in it resolved, the folders leading to it included (which resolving the last link
    /// alone misses); null for a loop of links. A part that does not exist is kept as written.
    /// </summary>
    public static string? RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var real = Path.GetPathRoot(full)!;
        var pending = new Stack<string>();
        PushParts(pending, full[real.Length..]);
        var links = 0;
        while (pending.Count > 0)
        {
            var part = pending.Pop();
            if (part is "" or ".") continue;
            if (part == "..")
            {
                real = Path.GetDirectoryName(real) ?? real;
                continue;
            }
            var next = Path.Join(real, part);
            if (LinkTarget(next) is not { } target)
            {
                real = next;
                continue;
            }
            if (++links > MaxLinksInPath) return null;
            if (Path.IsPathRooted(target))
            {
                real = Path.GetPathRoot(target)!;
                target = target[real.Length..];
            }
            PushParts(pending, target);
        }
        return Path.TrimEndingDirectorySeparator(real);
    }

    private static void PushParts(Stack<string> pending, string relative)
    {
        var parts = relative.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar]);
        for (var i = parts.Length - 1; i >= 0; i--) pending.Push(parts[i]);
    }

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
