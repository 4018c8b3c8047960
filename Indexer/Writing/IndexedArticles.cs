using System.Globalization;
using Lucene.Net.Index;
using SearchEngine.Indexing.Schema;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace SearchEngine.Indexing.Writing;

/// <summary>What an index already holds, as an update needs it: each article's content hash and source file.</summary>
public static class IndexedArticles
{
    public sealed record Entry(string ContentHash, string SourceFile);

    private static readonly ISet<string> Fields = new HashSet<string> { ArticleSchema.Id, ArticleSchema.ContentHash, ArticleSchema.SourceFile };

    public static Dictionary<string, Entry> Read(LuceneDirectory directory)
    {
        using var reader = DirectoryReader.Open(directory);
        RequireSchema(reader);
        var entries = new Dictionary<string, Entry>(reader.NumDocs, StringComparer.Ordinal);
        foreach (var leaf in reader.Leaves)
        {
            var atomic = leaf.AtomicReader;
            var live = atomic.LiveDocs;
            for (var doc = 0; doc < atomic.MaxDoc; doc++)
            {
                if (live is not null && !live.Get(doc)) continue;
                var stored = atomic.Document(doc, Fields);
                entries[stored.Get(ArticleSchema.Id)] = new Entry(stored.Get(ArticleSchema.ContentHash), stored.Get(ArticleSchema.SourceFile) ?? "");
            }
        }
        return entries;
    }

    public static DateTime? BuiltAt(LuceneDirectory directory) => CommitTime(directory, ArticleSchema.CommitBuiltAt);

    public static DateTime? CommitTime(LuceneDirectory directory, string key)
    {
        var data = SegmentInfosUserData(directory);
        return data.TryGetValue(key, out var text) && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
            ? at
            : null;
    }

    /// <summary>An index written under another schema cannot be updated in place: its fields mean other things.</summary>
    public static void RequireSchema(DirectoryReader reader)
    {
        var data = reader.IndexCommit.UserData;
        var version = data.TryGetValue(ArticleSchema.CommitSchemaVersion, out var v) ? v : "none";
        if (version != ArticleSchema.SchemaVersion.ToString(CultureInfo.InvariantCulture))
            throw new IndexMissingException(
                $"the index was built with schema version {version}, this program uses {ArticleSchema.SchemaVersion}; rebuild it with: indexer rebuild --source DIR --index DIR");
    }

    private static IDictionary<string, string> SegmentInfosUserData(LuceneDirectory directory)
    {
        var infos = new SegmentInfos();
        infos.Read(directory);
        return infos.UserData;
    }
}
