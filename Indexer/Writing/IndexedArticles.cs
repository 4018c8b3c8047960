using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Util;
using SearchEngine.Indexing.Dedup;
using SearchEngine.Indexing.Extraction;
using SearchEngine.Indexing.Reading;
using SearchEngine.Indexing.Schema;
using SearchEngine.Indexing.Sources;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace SearchEngine.Indexing.Writing;

/// <summary>What an index already holds, as an update needs it: each article's content hash and source file.</summary>
public static class IndexedArticles
{
    private static readonly ISet<string> DuplicateFields = new HashSet<string>
    {
        ArticleSchema.Id, ArticleSchema.Fingerprint, ArticleSchema.Published, ArticleSchema.BodyLength, ArticleSchema.Outlet,
    };

    public static IndexedArticleTable Read(LuceneDirectory directory)
    {
        using var reader = DirectoryReader.Open(directory);
        var entries = new IndexedArticleTable(reader.NumDocs);
        foreach (var leaf in reader.Leaves)
        {
            var atomic = leaf.AtomicReader;
            var clusters = atomic.GetNumericDocValues(ArticleSchema.Cluster);
            var representatives = atomic.GetNumericDocValues(ArticleSchema.ClusterRepresentative);
            var stories = atomic.GetNumericDocValues(ArticleSchema.Story);
            var lineages = atomic.GetBinaryDocValues(ArticleSchema.Lineage);
            var derived = atomic.GetNumericDocValues(ArticleSchema.DerivedStories);
            var lineage = new BytesRef();
            var (ids, hashes, files) = (atomic.GetBinaryDocValues(ArticleSchema.Id), atomic.GetBinaryDocValues(ArticleSchema.ContentHash),
                atomic.GetSortedDocValues(ArticleSchema.SourceFile));
            var (idBytes, hashBytes, fileBytes) = (new BytesRef(), new BytesRef(), new BytesRef());
            foreach (var doc in LiveDocuments(atomic))
            {
                ids.Get(doc, idBytes);
                var id = idBytes.Utf8ToString();
                lineages?.Get(doc, lineage);
                var placement = new ClusterPlacement(clusters?.Get(doc) ?? ClusterKey.Of(id), (representatives?.Get(doc) ?? 1) == 1,
                    stories?.Get(doc) ?? ClusterKey.Of(id),
                    lineages is null ? "" : StoredLineage.FromBytes(lineage.Bytes.AsSpan(lineage.Offset, lineage.Length)),
                    (int)(derived?.Get(doc) ?? 0));
                hashes.Get(doc, hashBytes);
                files.Get(doc, fileBytes);
                entries.Add(id, hashBytes.Utf8ToString(), fileBytes.Utf8ToString(), placement);
            }
        }
        return entries;
    }

    /// <summary>
    /// What near-duplicate detection needs of each article in the index's last commit, read one at a time, so an update
    /// of a large index never holds every fingerprint as an object.
    /// </summary>
    public static IEnumerable<DedupDocument> StoredFingerprints(LuceneDirectory directory)
    {
        using var reader = DirectoryReader.Open(directory);
        foreach (var leaf in reader.Leaves)
            foreach (var doc in LiveDocuments(leaf.AtomicReader))
            {
                var stored = leaf.AtomicReader.Document(doc, DuplicateFields);
                if (DuplicatesOf(stored.Get(ArticleSchema.Id), stored) is { } duplicates) yield return duplicates;
            }
    }

    /// <summary>The segment's documents that are not deleted.</summary>
    private static IEnumerable<int> LiveDocuments(AtomicReader segment)
    {
        var live = segment.LiveDocs;
        for (var doc = 0; doc < segment.MaxDoc; doc++)
            if (live is null || live.Get(doc)) yield return doc;
    }

    private static DedupDocument? DuplicatesOf(string id, Lucene.Net.Documents.Document stored)
    {
        if (stored.GetBinaryValue(ArticleSchema.Fingerprint) is not { } bytes) return null;
        var published = PublicationDate.Parse(stored.Get(ArticleSchema.Published))?.Instant;
        var length = stored.GetField(ArticleSchema.BodyLength)?.GetInt32Value() ?? 0;
        return new DedupDocument(id, Fingerprint.FromBytes(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length)), published, length, stored.Get(ArticleSchema.Outlet));
    }

    /// <summary>The near-duplicate settings recorded when the index was built, if any.</summary>
    public static DedupSettings? DedupSettingsOf(LuceneDirectory directory) =>
        IndexCommitData.Of(directory).TryGetValue(ArticleSchema.CommitDedupSettings, out var text) ? DedupSettings.Parse(text) : null;

    /// <summary>The sources the index records it holds, or null for an index built before they were recorded.</summary>
    public static SourceSet? SourcesOf(LuceneDirectory directory) =>
        IndexCommitData.Of(directory).TryGetValue(ArticleSchema.CommitSources, out var text) ? SourceSet.Parse(text) : null;

    public static DateTime? BuiltAt(LuceneDirectory directory) => CommitTime(directory, ArticleSchema.CommitBuiltAt);

    public static DateTime? CommitTime(LuceneDirectory directory, string key)
    {
        var data = IndexCommitData.Of(directory);
        return data.TryGetValue(key, out var text) && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
            ? at
            : null;
    }
}
