using System.Text.Encodings.Web;
using System.Text.Json;
using SearchEngine.Indexing.Dedup;
using SearchEngine.Indexing.Extraction;
using SearchEngine.Indexing.Schema;

namespace SearchEngine.Indexing.Cluster;

/// <summary>
/// An article as a cluster stores it: one JSON object whose fields are the <see cref="ArticleSchema"/> names, holding
/// what <see cref="DocumentMapper"/> writes into the local index (text, facets, date, fingerprint, placement among
/// copies and stories) plus the fingerprint's lookup keys. Made in two parts, because an article's placement is known
/// only once the whole run has been clustered: its content when it is read, its placement at the end.
/// </summary>
public static class ClusterDocument
{
    /// <summary>The fields that say where an article sits among copies and stories; they change without its text changing.</summary>
    public static readonly IReadOnlyList<string> PlacementFields =
        [ArticleSchema.Cluster, ArticleSchema.ClusterRepresentative, ArticleSchema.Story, ArticleSchema.Lineage, ArticleSchema.DerivedStories];

    /// <summary>Text as UTF-8, escaping only what JSON requires: a bulk body is not HTML, and escaped accents would double its size.</summary>
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The whole document as one line of UTF-8 JSON, placed where the local clustering put it.</summary>
    public static byte[] Of(Article article, Fingerprint fingerprint, TextRelations relations, DedupSettings settings) =>
        Join(Content(article, fingerprint, settings), Placement(relations, RunPlacements.Local.Of(relations)));

    /// <summary>
    /// The article's own fields, <c>id</c> to <c>dup_keys</c>, as an object left open for <see cref="Placement"/>.
    /// Single-valued facets are omitted when the article has no value, many-valued ones are always a list.
    /// </summary>
    internal static byte[] Content(Article article, Fingerprint fingerprint, DedupSettings settings)
    {
        using var buffer = new MemoryStream(article.Body.Length + article.Title.Length + 4096);
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString(ArticleSchema.Id, article.Id);
            json.WriteString(ArticleSchema.Path, article.SourcePath);
            json.WriteString(ArticleSchema.SourceFile, article.SourceFile ?? article.SourcePath);
            if (article.Url is { } url) json.WriteString(ArticleSchema.Url, url);
            json.WriteString(ArticleSchema.ContentHash, article.ContentHash);
            json.WriteString(ArticleSchema.Title, article.Title);
            json.WriteString(ArticleSchema.Body, article.Body);
            foreach (var dimension in ArticleSchema.FacetDimensions)
                WriteFacet(json, dimension, article);
            if (article.Published is { } published)
            {
                json.WriteString(ArticleSchema.Published, published.ToString());
                json.WriteNumber(ArticleSchema.DateSort, ArticleSchema.DateSortSeconds(published.Value));
            }
            if (article.Author is { } author) json.WriteString(ArticleSchema.Author, author);
            json.WriteBase64String(ArticleSchema.Fingerprint, fingerprint.ToBytes());
            json.WriteNumber(ArticleSchema.BodyLength, article.Body.Length);
            json.WriteStartArray(ArticleSchema.DuplicateKeys);
            foreach (var key in DuplicateKeys.For(fingerprint, settings))
                json.WriteStringValue(key);
            json.WriteEndArray();
            // Left open: the placement's fields follow once the run is clustered.
            json.Flush();
        }
        return buffer.ToArray();
    }

    /// <summary>
    /// Where the article sits, <c>cluster</c> to <c>derived</c>, as a JSON object: the same values
    /// <see cref="Writing.ClusterPlacement"/> keeps in the local index, lineage shares in thousandths as it stores them.
    /// </summary>
    internal static byte[] Placement(TextRelations relations, RunPlacement placement)
    {
        using var buffer = new MemoryStream(128);
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteNumber(ArticleSchema.Cluster, placement.Cluster);
            json.WriteBoolean(ArticleSchema.ClusterRepresentative, placement.IsRepresentative);
            json.WriteNumber(ArticleSchema.Story, placement.Story);
            json.WriteStartArray(ArticleSchema.Lineage);
            foreach (var source in relations.Sources)
            {
                json.WriteStartObject();
                json.WriteString(ClusterTemplate.LineageSource, source.Source);
                json.WriteNumber(ClusterTemplate.LineageShare, Math.Round(source.Share * 1000) / 1000);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteNumber(ArticleSchema.DerivedStories, relations.DerivedStories);
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    /// <summary>The open content and the placement object as one object: the placement's fields after the content's.</summary>
    internal static byte[] Join(ReadOnlySpan<byte> content, ReadOnlySpan<byte> placement)
    {
        var joined = new byte[content.Length + placement.Length];
        content.CopyTo(joined);
        joined[content.Length] = (byte)',';
        placement[1..].CopyTo(joined.AsSpan(content.Length + 1));
        return joined;
    }

    private static void WriteFacet(Utf8JsonWriter json, FacetDimension dimension, Article article)
    {
        if (dimension.ManyValues)
        {
            json.WriteStartArray(dimension.Field);
            foreach (var value in dimension.ValuesOf(article))
                json.WriteStringValue(value);
            json.WriteEndArray();
        }
        else if (dimension.ValuesOf(article).FirstOrDefault() is { } value)
            json.WriteString(dimension.Field, value);
    }
}
