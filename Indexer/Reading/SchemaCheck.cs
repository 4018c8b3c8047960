using System.Globalization;
using Lucene.Net.Index;
using SearchEngine.Indexing.Schema;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace SearchEngine.Indexing.Reading;

/// <summary>Readers and updates refuse an index written under another schema version: its fields mean other things.</summary>
public static class SchemaCheck
{
    /// <exception cref="IndexUnusableException">The reader's commit records another schema version, or none.</exception>
    public static void Require(DirectoryReader reader, string root) => Require(reader.IndexCommit.UserData, root);

    /// <exception cref="IndexUnusableException">The directory's last commit records another schema version, or none.</exception>
    public static void Require(LuceneDirectory directory, string root)
    {
        var infos = new SegmentInfos();
        infos.Read(directory);
        Require(infos.UserData, root);
    }

    private static void Require(IDictionary<string, string> commitData, string root)
    {
        var version = commitData.TryGetValue(ArticleSchema.CommitSchemaVersion, out var v) ? v : "none";
        if (version != ArticleSchema.SchemaVersion.ToString(CultureInfo.InvariantCulture))
            throw IndexUnusableException.OtherSchema(root, version, ArticleSchema.SchemaVersion);
    }
}
