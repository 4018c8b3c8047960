namespace SearchEngine.Indexing.Cluster;

/// <summary>
/// The temporary folder of one push: its spool of documents and its spill of signatures, which at a million articles
/// are gigabytes. A push removes its own when it ends, but one killed outright never gets to; so each holds an OS lock
/// on a file inside for its whole run (released when the process dies, however it dies), and each push starting
/// removes the folders whose lock nobody holds.
/// </summary>
public sealed class PushWorkFolder : IDisposable
{
    public const string Prefix = "searchengine-push-";
    public const string LockFile = "owner.lock";

    /// <summary>A folder without its lock file is one being made this moment, or one whose push died before locking it.</summary>
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
        RemoveAbandoned(parent);
        var folder = Directory.CreateDirectory(System.IO.Path.Combine(parent, Prefix + Guid.NewGuid().ToString("N")[..12]));
        return new PushWorkFolder(folder.FullName, Lock(folder.FullName, FileMode.CreateNew)!);
    }

    public void Dispose()
    {
        _lock.Dispose();
        Directory.Delete(Path, recursive: true);
    }

    private static void RemoveAbandoned(string parent)
    {
        foreach (var folder in Directory.EnumerateDirectories(parent, Prefix + "*"))
        {
            try
            {
                using var held = Lock(folder, FileMode.Open);
                if (held is null && DateTime.UtcNow - Directory.GetCreationTimeUtc(folder) < Unlocked) continue;
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
