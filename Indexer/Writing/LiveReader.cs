using Lucene.Net.Index;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace SearchEngine.Indexing.Writing;

/// <summary>A reader on the live generation with the directory it reads; disposing it closes both, reader first.</summary>
public sealed class LiveReader(LuceneDirectory directory, DirectoryReader reader) : IDisposable
{
    public LuceneDirectory Directory { get; } = directory;

    public DirectoryReader Reader { get; } = reader;

    public void Dispose()
    {
        Reader.Dispose();
        Directory.Dispose();
    }
}
