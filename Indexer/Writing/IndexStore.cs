using Lucene.Net.Index;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace SearchEngine.Indexing.Writing;

/// <summary>No searchable index at a location.</summary>
public sealed class IndexMissingException(string message) : Exception(message);

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

    public IndexStore(string root) => Root = System.IO.Path.GetFullPath(root);


    public string Root { get; }

    public string LockPath => System.IO.Path.Combine(Root, "indexer.lock");

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

    /// <summary>Opens the live generation for reading or updating. The caller disposes it.</summary>
    public LuceneDirectory OpenCurrent() => OpenDirectory(RequireCurrentGeneration());

    private const int MaxOpenAttempts = 5;

    /// <summary>
    /// Opens a reader on the live generation for the query side's searches. A writer may publish between the moment the
    /// pointer is read and the moment the generation it named is opened, and remove that generation: the open then
    /// fails while the pointer names another, which is opened instead. So a search never fails because a build published.
    /// </summary>
    public LiveReader OpenLiveReaderForSearching() => OpenLiveReaderForSearching(RequireCurrentGeneration());

    /// <summary>As <see cref="OpenLiveReaderForSearching()"/>, from a generation read from the pointer earlier.</summary>
    public LiveReader OpenLiveReaderForSearching(string generation)
    {
        for (var attempt = 1; ; attempt++)
        {
            var directory = new SimpleFSDirectory(new DirectoryInfo(generation));
            try
            {
                return new LiveReader(directory, DirectoryReader.Open(directory));
            }
            catch (Exception e) when (e is DirectoryNotFoundException or FileNotFoundException or IndexNotFoundException)
            {
                directory.Dispose();
                if (attempt == MaxOpenAttempts || CurrentGeneration is not { } live || SamePath(live, generation)) throw;
                generation = live;
            }
            catch
            {
                directory.Dispose();
                throw;
            }
        }
    }

    private static bool SamePath(string a, string b) => System.IO.Path.GetFullPath(a) == System.IO.Path.GetFullPath(b);

    /// <summary>
    /// The one place that picks the Lucene directory implementation for writing (and plain reading):
    /// FSDirectory.Open, memory-mapped on Linux. Searching uses <see cref="OpenLiveReaderForSearching()"/> instead: in
    /// this Lucene.Net, reads through a memory map go byte by byte through a ByteBuffer, and SimpleFSDirectory's
    /// buffered reads loaded a hit's stored fields twice as fast and read whole doc-value fields 1.6× as fast, with
    /// postings as fast (README, "Query speed"). Its price is that threads reading the same file take turns.
    /// </summary>
    public static LuceneDirectory OpenDirectory(string path) => FSDirectory.Open(path);

    private string RequireCurrentGeneration() =>
        CurrentGeneration ?? throw new IndexMissingException(
            $"no index at {Root}. Build one with: indexer rebuild --source DIR --index {Root}");

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
