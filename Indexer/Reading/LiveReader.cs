using Lucene.Net.Index;
using Lucene.Net.Store;
using SearchEngine.Indexing.Writing;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace SearchEngine.Indexing.Reading;

/// <summary>
/// A reader on the live generation of an index folder, for searching, with the directory it reads; disposing it closes
/// both, reader first.
/// </summary>
public sealed class LiveReader : IDisposable
{
    private const int MaxOpenAttempts = 5;

    private LiveReader(LuceneDirectory directory, DirectoryReader reader)
    {
        Directory = directory;
        Reader = reader;
    }

    public LuceneDirectory Directory { get; }

    public DirectoryReader Reader { get; }

    /// <summary>
    /// Opens the live generation. A writer may publish between the moment the pointer is read and the moment the
    /// generation it named is opened, and remove that generation: the open then fails while the pointer names another,
    /// which is opened instead. So a search never fails because a build published.
    /// <para>
    /// Searching reads through SimpleFSDirectory rather than <see cref="IndexStore.OpenDirectory"/>'s memory map: in this
    /// Lucene.Net, reads through a memory map go byte by byte through a ByteBuffer, and buffered reads loaded a hit's
    /// stored fields twice as fast and read whole doc-value fields 1.6× as fast, with postings as fast (docs/performance.md, "Query
    /// speed"). Its price is that threads reading the same file take turns.
    /// </para>
    /// </summary>
    /// <exception cref="IndexUnusableException">Nothing is published there, it was written under another schema version, or it cannot be read.</exception>
    public static LiveReader Open(IndexStore store) =>
        Open(store, store.RequireCurrentGeneration());

    /// <summary>As <see cref="Open(IndexStore)"/>, from a generation read from the pointer earlier.</summary>
    public static LiveReader Open(IndexStore store, string generation) =>
        IndexUnusableException.Reading(store.Root, () => OpenFollowingPublishes(store, generation));

    private static LiveReader OpenFollowingPublishes(IndexStore store, string generation)
    {
        for (var attempt = 1; ; attempt++)
        {
            var directory = new SimpleFSDirectory(new DirectoryInfo(generation));
            try
            {
                var reader = DirectoryReader.Open(directory);
                var live = new LiveReader(directory, reader);
                try
                {
                    SchemaCheck.Require(reader, store.Root);
                    return live;
                }
                catch
                {
                    live.Dispose();
                    throw;
                }
            }
            catch (Exception e) when (e is DirectoryNotFoundException or FileNotFoundException or IndexNotFoundException)
            {
                directory.Dispose();
                if (attempt == MaxOpenAttempts || store.CurrentGeneration is not { } current || IndexStore.SamePath(current, generation)) throw;
                generation = current;
            }
            catch (Exception e) when (e is not IndexUnusableException)
            {
                directory.Dispose();
                throw;
            }
        }
    }

    public void Dispose()
    {
        Reader.Dispose();
        Directory.Dispose();
    }
}
