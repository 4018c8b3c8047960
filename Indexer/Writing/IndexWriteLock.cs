namespace SearchEngine.Indexing.Writing;

/// <summary>Another process is writing the index.</summary>
public sealed class IndexLockedException(string message) : Exception(message);

/// <summary>
/// Held by the one process that writes an index folder, for the whole of a rebuild or update. An OS file lock,
/// so it is released when the process dies, however it dies: no stale lock to clear by hand.
/// </summary>
public sealed class IndexWriteLock : IDisposable
{
    private readonly FileStream _stream;

    private IndexWriteLock(FileStream stream) => _stream = stream;

    public static IndexWriteLock Acquire(IndexStore store)
    {
        Directory.CreateDirectory(store.Root);
        try
        {
            var stream = new FileStream(store.LockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            stream.SetLength(0);
            var owner = System.Text.Encoding.UTF8.GetBytes($"pid {Environment.ProcessId} since {DateTime.UtcNow:O}\n");
            stream.Write(owner);
            stream.Flush();
            return new IndexWriteLock(stream);
        }
        catch (IOException)
        {
            throw new IndexLockedException(
                $"the index at {store.Root} is being written by another indexer process (lock file {store.LockPath}); wait for it to finish and try again");
        }
    }

    /// <summary>
    /// Whether another process holds the lock. Asked only where nothing is published, to tell a first build under way
    /// from a damaged folder. The probe takes the lock for an instant: an indexer starting in that instant is told to wait.
    /// </summary>
    public static bool IsHeldElsewhere(IndexStore store)
    {
        try
        {
            using var probe = new FileStream(store.LockPath, FileMode.Open, FileAccess.Read, FileShare.None);
            return false;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException)
        {
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }

    public void Dispose() => _stream.Dispose();
}
