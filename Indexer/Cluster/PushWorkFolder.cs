namespace SearchEngine.Indexing.Cluster;

/// <summary>
/// The temporary folder of one push: its spool of documents and its spill of signatures, which at a million articles
/// are gigabytes. A push removes its own when it ends, but one killed outright never gets to; so each holds an OS lock
/// on a file inside for its whole run (released when the process dies, however it dies), and each push starting
/// removes the folders whose lock nobody holds. A folder is made and locked under a name of its own, then renamed into
/// view: opening a file and locking it are two steps, and another push starting between them would take the new folder
/// for an abandoned one and remove it from under its push.
/// </summary>
public sealed class PushWorkFolder : IDisposable
{
    public const string Prefix = "searchengine-push-";
    public const string LockFile = "owner.lock";

    /// <summary>The name a folder has while it is made and locked, before it takes its own.</summary>
    public const string MakingPrefix = "." + Prefix;

    /// <summary>A folder without its lock file, or still being made, is one made this moment, or one whose push died making it.</summary>
    private static readonly TimeSpan Unlocked = TimeSpan.FromMinutes(10);

    private readonly FileStream _lock;

    private PushWorkFolder(string path, FileStream held)
    {
        Path = path;
        _lock = held;
    }

    public string Path { get; }

    /// <summary>Removes what killed pushes left in <paramref name="parent"/>, then makes and locks a new folder there.</summary>
    public static PushWorkFolder Create(string parent)
    {
        RemoveAbandoned(parent, Prefix);
        RemoveAbandoned(parent, MakingPrefix);
        var name = Guid.NewGuid().ToString("N")[..12];
        var making = Directory.CreateDirectory(System.IO.Path.Combine(parent, MakingPrefix + name)).FullName;
        var held = Lock(making, FileMode.CreateNew)!;
        var path = System.IO.Path.Combine(parent, Prefix + name);
        Directory.Move(making, path);
        return new PushWorkFolder(path, held);
    }

    public void Dispose()
    {
        _lock.Dispose();
        Directory.Delete(Path, recursive: true);
    }

    /// <summary>Removes the folders named with <paramref name="prefix"/> that no push holds; one being made only once it is old.</summary>
    private static void RemoveAbandoned(string parent, string prefix)
    {
        foreach (var folder in Directory.EnumerateDirectories(parent, prefix + "*"))
        {
            try
            {
                using var held = Lock(folder, FileMode.Open);
                if ((held is null || prefix == MakingPrefix) && DateTime.UtcNow - Directory.GetCreationTimeUtc(folder) < Unlocked) continue;
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Locked by a push still running, or not ours to remove (another user's, in a shared temp folder).
            }
        }
    }

    /// <summary>The folder's lock, held until disposed; null when the folder has no lock file.</summary>
    /// <exception cref="IOException">Another process holds it.</exception>
    private static FileStream? Lock(string folder, FileMode mode)
    {
        var path = System.IO.Path.Combine(folder, LockFile);
        if (mode == FileMode.Open && !File.Exists(path)) return null;
        return new FileStream(path, mode, FileAccess.ReadWrite, FileShare.None);
    }
}
