using Lucene.Net.Index;
using Lucene.Net.Store;
using SearchEngine.Indexing.Reading;
using SearchEngine.Indexing.Sources;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace SearchEngine.Indexing.Writing;

/// <summary>
/// The on-disk layout of an index folder. Each full build goes into its own generation folder; a small pointer file,
/// replaced atomically, names the live one. So a rebuild that fails or is killed never touches what users search.
/// <code>
/// INDEX/CURRENT          name of the live generation
/// INDEX/gen-…/           a Lucene index (while it is being built, also the near-duplicate signatures' spill file)
/// INDEX/indexer.lock     held by the one process writing
/// </code>
/// </summary>
public sealed class IndexStore
{
    private const string PointerFile = "CURRENT";
    private const string GenerationPrefix = "gen-";
    private const string LockFile = "indexer.lock";

    public IndexStore(string root) => Root = System.IO.Path.GetFullPath(root);


    public string Root { get; }

    public string LockPath => System.IO.Path.Combine(Root, LockFile);

    /// <summary>
    /// Whether a folder is an index folder as this layout leaves one: a generation folder beside the pointer or the lock
    /// file (a build leaves the lock behind, and a first build killed half way leaves no pointer). Either file's name
    /// alone could be someone's own file; beside a <c>gen-…</c> folder they are ours.
    /// </summary>
    public static bool IsIndexFolder(string folder) =>
        (File.Exists(System.IO.Path.Combine(folder, PointerFile)) || File.Exists(System.IO.Path.Combine(folder, LockFile)))
        && System.IO.Directory.EnumerateDirectories(folder, GenerationPrefix + "*").Any();

    /// <summary>
    /// Where an index of the articles in <paramref name="folder"/> goes: beside it ("~/coverage-index"), not inside it,
    /// where its files would lie among the articles; null for a file system's root, which has nothing beside it.
    /// </summary>
    public static string? IndexBeside(string folder) =>
        System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(folder)) is var full && System.IO.Path.GetDirectoryName(full) is not null
            ? full + "-index"
            : null;

    /// <summary>
    /// Whether a name in an index folder is one of the index's own: the pointer (and its replacement being written),
    /// the lock, a generation. Anything else there is someone else's, such as the articles of an index built into
    /// their own folder.
    /// </summary>
    public static bool IsIndexEntry(string name) =>
        name is PointerFile or PointerFile + ".tmp" or LockFile || name.StartsWith(GenerationPrefix, StringComparison.Ordinal);

    /// <summary>The live generation's folder, or null when nothing has been published here.</summary>
    public string? CurrentGeneration
    {
        get
        {
            var pointer = System.IO.Path.Combine(Root, PointerFile);
            if (!File.Exists(pointer)) return null;
            var name = File.ReadAllText(pointer).Trim();
            if (name.Length == 0 || name.Contains('/') || name.Contains('\\')) return null;
            var path = System.IO.Path.Combine(Root, name);
            return System.IO.Directory.Exists(path) ? path : null;
        }
    }

    public bool Exists => CurrentGeneration is not null;

    /// <summary>
    /// No index here at all: no folder, or one holding nothing but the lock file (which a build leaves behind, whether it
    /// finished or failed). Anything more may be someone's index, however damaged: the first run never seeds it.
    /// </summary>
    public bool HoldsNothing =>
        !System.IO.Directory.Exists(Root) && !File.Exists(Root)
        || System.IO.Directory.Exists(Root) && System.IO.Directory.EnumerateFileSystemEntries(Root).All(entry => SamePath(entry, LockPath));

    /// <summary>
    /// Why no live generation can be opened here, or null when one can: nothing published, or what is wrong with the folder.
    /// </summary>
    public IndexUnusableException? Unusable()
    {
        if (Exists) return null;
        if (HoldsArticles()) return IndexUnusableException.Articles(Root);
        return Damage() is { } damage ? IndexUnusableException.Damaged(Root, damage) : IndexUnusableException.Missing(Root);
    }

    /// <summary>Opens the live generation for reading or updating. The caller disposes it.</summary>
    public LuceneDirectory OpenCurrent() => OpenDirectory(RequireCurrentGeneration());

    public static bool SamePath(string a, string b) => System.IO.Path.GetFullPath(a) == System.IO.Path.GetFullPath(b);

    /// <summary>
    /// The one place that picks the Lucene directory implementation for writing (and plain reading):
    /// FSDirectory.Open, memory-mapped on Linux. Searching opens <see cref="Reading.LiveReader"/>, which says why it
    /// reads otherwise.
    /// </summary>
    public static LuceneDirectory OpenDirectory(string path) => FSDirectory.Open(path);

    /// <summary>The live generation's folder.</summary>
    /// <exception cref="IndexUnusableException">Nothing is published here, or the pointer names no generation folder.</exception>
    public string RequireCurrentGeneration() => CurrentGeneration ?? throw Unusable() ?? IndexUnusableException.Missing(Root);

    /// <summary>
    /// Whether this is a folder of articles rather than an index (<c>--index ~/coverage</c> for <c>--source</c>): no
    /// index's files, and an article file among the first thousands of its files, which is enough to tell.
    /// </summary>
    private bool HoldsArticles()
    {
        if (!System.IO.Directory.Exists(Root) || File.Exists(System.IO.Path.Combine(Root, PointerFile)) || IsIndexFolder(Root))
            return false;
        var everywhere = new EnumerationOptions
        {
            RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden,
        };
        return System.IO.Directory.EnumerateFiles(Root, "*", everywhere).Take(10_000).Any(SourceScanner.IsSupported);
    }

    /// <summary>What is wrong with a folder that holds something but no live generation; null when it holds nothing.</summary>
    private string? Damage()
    {
        if (File.Exists(Root)) return "it is a file, not an index folder";
        if (HoldsNothing) return null;
        var pointer = System.IO.Path.Combine(Root, PointerFile);
        if (!File.Exists(pointer)) return $"it holds no {PointerFile} file naming the live generation";
        var name = File.ReadAllText(pointer).Trim();
        if (name.Length == 0) return $"its {PointerFile} file is empty";
        const int Shown = 60;
        var excerpt = name.Length > Shown ? name[..Shown] + "…" : name;
        return $"its {PointerFile} file names '{excerpt}', which is not a generation folder there";
    }

    /// <summary>A new, empty generation folder for a full build; it is invisible to readers until published.</summary>
    public string CreateGeneration()
    {
        System.IO.Directory.CreateDirectory(Root);
        var name = $"{GenerationPrefix}{DateTime.UtcNow:yyyyMMdd'T'HHmmssfff}-{Guid.NewGuid():N}"[..40];
        var path = System.IO.Path.Combine(Root, name);
        System.IO.Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Makes <paramref name="generation"/> the live index (atomic rename of the pointer), then removes the others.</summary>
    public void Publish(string generation)
    {
        var pointer = System.IO.Path.Combine(Root, PointerFile);
        var temp = pointer + ".tmp";
        File.WriteAllText(temp, System.IO.Path.GetFileName(generation));
        File.Move(temp, pointer, overwrite: true);
        PausePoint.Reached(PausePoint.AfterPublish);
        RemoveGenerationsExcept(generation);
    }

    /// <summary>Deletes generation folders that are not live: older builds and builds that were killed half way.</summary>
    public void RemoveGenerationsExcept(string? keep)
    {
        if (!System.IO.Directory.Exists(Root)) return;
        foreach (var dir in System.IO.Directory.EnumerateDirectories(Root, GenerationPrefix + "*"))
        {
            if (keep is not null && SamePath(dir, keep)) continue;
            try { System.IO.Directory.Delete(dir, recursive: true); }
            catch (IOException) { /* still open elsewhere (Windows); the next build removes it */ }
            catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>Total size of the live generation's files.</summary>
    public long SizeBytes() =>
        CurrentGeneration is { } gen
            ? new DirectoryInfo(gen).EnumerateFiles().Sum(f => f.Length)
            : 0;
}
