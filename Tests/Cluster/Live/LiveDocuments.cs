using System.Text.Json.Nodes;
using Lucene.Net.Index;
using Lucene.Net.Util;
using SearchEngine.Indexing.Cluster;
using SearchEngine.Indexing.Dedup;
using SearchEngine.Indexing.Reading;
using SearchEngine.Indexing.Schema;
using SearchEngine.Indexing.Writing;

namespace SearchEngine.Tests.Cluster.Live;

/// <summary>
/// The seam the live suite loads a cluster through: every article of a local index, built by the real indexer, as the
/// cluster document the contract lays out, read back from its stored fields and doc values. Made from the local index,
/// the cluster holds the very clusters, stories and lineage the local engine found, so the two can be compared result
/// for result. Once <c>ClusterDocument</c> (the ingest side) is merged, the documents can come from it instead.
/// </summary>
internal static class LiveDocuments
{
    public static IReadOnlyList<JsonObject> FromLocalIndex(string indexRoot, DedupSettings settings)
    {
        using var live = LiveReader.Open(new IndexStore(indexRoot));
        var reader = live.Reader;
        var liveDocs = MultiFields.GetLiveDocs(reader);
        var documents = new List<JsonObject>();
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (liveDocs is not null && !liveDocs.Get(doc)) continue;
            documents.Add(Of(reader, doc, settings));
        }
        return documents;
    }

    private static JsonObject Of(IndexReader reader, int doc, DedupSettings settings)
    {
        var stored = reader.Document(doc);
        var json = new JsonObject
        {
            [ArticleSchema.Id] = stored.Get(ArticleSchema.Id),
            [ArticleSchema.Path] = stored.Get(ArticleSchema.Path),
            [ArticleSchema.SourceFile] = stored.Get(ArticleSchema.SourceFile),
        };
        Optional(json, ArticleSchema.Url, stored.Get(ArticleSchema.Url));
        json[ArticleSchema.ContentHash] = stored.Get(ArticleSchema.ContentHash);
        json[ArticleSchema.Title] = stored.Get(ArticleSchema.Title);
        json[ArticleSchema.Body] = stored.Get(ArticleSchema.Body);
        Optional(json, ArticleSchema.Outlet, stored.Get(ArticleSchema.Outlet));
        json[ArticleSchema.People] = new JsonArray([.. stored.GetValues(ArticleSchema.People).Select(p => (JsonNode)p)]);
        Optional(json, ArticleSchema.Date, stored.Get(ArticleSchema.Date));
        if (stored.Get(ArticleSchema.Published) is { } published)
        {
            json[ArticleSchema.Published] = published;
            json[ArticleSchema.DateSort] = Numeric(reader, ArticleSchema.DateSort, doc);
        }
        Optional(json, ArticleSchema.Author, stored.Get(ArticleSchema.Author));
        var signature = stored.GetBinaryValue(ArticleSchema.Fingerprint);
        var fingerprint = Fingerprint.FromBytes(signature.Bytes.AsSpan(signature.Offset, signature.Length));
        json[ArticleSchema.Fingerprint] = Convert.ToBase64String(fingerprint.ToBytes());
        json[ArticleSchema.BodyLength] = stored.GetField(ArticleSchema.BodyLength).GetInt32Value();
        json[ArticleSchema.DuplicateKeys] = new JsonArray([.. DuplicateKeys.For(fingerprint, settings).Select(k => (JsonNode)k)]);
        json[ArticleSchema.Cluster] = Numeric(reader, ArticleSchema.Cluster, doc);
        json[ArticleSchema.ClusterRepresentative] = Numeric(reader, ArticleSchema.ClusterRepresentative, doc) == 1;
        json[ArticleSchema.Story] = Numeric(reader, ArticleSchema.Story, doc);
        var lineage = new BytesRef();
        MultiDocValues.GetBinaryValues(reader, ArticleSchema.Lineage).Get(doc, lineage);
        json[ArticleSchema.Lineage] = new JsonArray([.. StoredLineage.Decode(lineage).Select(s => (JsonNode)new JsonObject
        {
            [ClusterTemplate.LineageSource] = s.Source,
            [ClusterTemplate.LineageShare] = s.Share,
        })]);
        json[ArticleSchema.DerivedStories] = Numeric(reader, ArticleSchema.DerivedStories, doc);
        return json;
    }

    private static long Numeric(IndexReader reader, string field, int doc) => MultiDocValues.GetNumericValues(reader, field).Get(doc);

    private static void Optional(JsonObject json, string field, string? value)
    {
        if (value is not null) json[field] = value;
    }
}
