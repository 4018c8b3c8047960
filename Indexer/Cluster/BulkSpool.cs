using System.Collections.Concurrent;
using Microsoft.Win32.SafeHandles;
using SearchEngine.Indexing.Extraction;

namespace SearchEngine.Indexing.Cluster;

/// <summary>
/// Each article's document content (see <see cref="ClusterDocument"/>) from when it is read until the run has been
/// clustered and its placement is known: on disk, as a million documents of text, signature and keys are gigabytes.
/// Written from the worker threads at offsets each reserves; the file goes when the spool is disposed.
/// </summary>
internal sealed class BulkSpool : IDisposable
{
    private readonly SafeFileHandle _file;
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private long _length;

    public BulkSpool(string path) =>
        _file = File.OpenHandle(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, FileOptions.DeleteOnClose);

    /// <summary>Bytes of content kept.</summary>
    public long Bytes => Interlocked.Read(ref _length);

    public void Add(Article article, byte[] content)
    {
        var offset = Interlocked.Add(ref _length, content.Length) - content.Length;
        RandomAccess.Write(_file, content, offset);
        _entries[article.Id] = new Entry(offset, content.Length, article.SourcePath, article.ContentHash);
    }

    /// <summary>The article's entry; false for an id whose article failed before its content was kept (the run reported it).</summary>
    public bool TryFind(string id, out Entry entry) => _entries.TryGetValue(id, out entry);

    public byte[] Read(Entry entry)
    {
        var content = new byte[entry.Length];
        if (RandomAccess.Read(_file, content, entry.Offset) != content.Length)
            throw new IOException("the push's spool file ended early");
        return content;
    }

    public void Dispose() => _file.Dispose();

    public readonly record struct Entry(long Offset, int Length, string SourcePath, string ContentHash);
}
