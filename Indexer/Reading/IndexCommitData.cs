using Lucene.Net.Index;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace SearchEngine.Indexing.Reading;

/// <summary>What the indexer recorded with an index's last commit (schema version, sources, settings), read without opening a reader.</summary>
public static class IndexCommitData
{
    public static IDictionary<string, string> Of(LuceneDirectory directory)
    {
        var infos = new SegmentInfos();
        infos.Read(directory);
        return infos.UserData;
    }
}
