using Lucene.Net.Documents;
using Lucene.Net.Util;
using SearchEngine.Indexing.Dedup;
using SearchEngine.Indexing.Extraction;
using SearchEngine.Indexing.Schema;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace SearchEngine.Indexing.Writing;

/// <summary>Article → Lucene document, field by field as <see cref="ArticleSchema"/> describes.</summary>
public static class DocumentMapper
{
    /// <summary>
    /// The article as a document. It starts as a cluster of its own; the builder moves it into its copies' cluster once
    /// every article has been fingerprinted.
    /// </summary>
    public static LuceneDocument ToDocument(Article article, Fingerprint? fingerprint = null)
    {
        var doc = new LuceneDocument
        {
            new StringField(ArticleSchema.Id, article.Id, Field.Store.YES),
            new StoredField(ArticleSchema.Path, article.SourcePath),
            new StoredField(ArticleSchema.SourceFile, article.SourceFile ?? article.SourcePath),
            new StringField(ArticleSchema.ContentHash, article.ContentHash, Field.Store.YES),
            new TextField(ArticleSchema.Title, article.Title, Field.Store.YES),
            new TextField(ArticleSchema.Body, article.Body, Field.Store.YES),
        };
        doc.Add(new NumericDocValuesField(ArticleSchema.Cluster, ClusterKey.Of(article.Id)));
        doc.Add(new NumericDocValuesField(ArticleSchema.ClusterRepresentative, 1));
        doc.Add(new StoredField(ArticleSchema.BodyLength, article.Body.Length));
        if (fingerprint is not null)
            doc.Add(new StoredField(ArticleSchema.Fingerprint, fingerprint.ToBytes()));
        if (article.Outlet is { } outlet)
        {
            AddFacet(doc, ArticleSchema.Outlet, outlet);
            doc.Add(new TextField(ArticleSchema.OutletText, outlet, Field.Store.NO));
        }
        if (article.Published is { } published)
        {
            AddFacet(doc, ArticleSchema.Date, published.Day);
            var seconds = new DateTimeOffset(DateTime.SpecifyKind(published.Value, DateTimeKind.Utc)).ToUnixTimeSeconds();
            doc.Add(new Int64Field(ArticleSchema.DateSort, seconds, Field.Store.NO));
            doc.Add(new NumericDocValuesField(ArticleSchema.DateSort, seconds));
            doc.Add(new StoredField(ArticleSchema.Published, published.ToString()));
        }
        if (article.Author is { } author)
        {
            doc.Add(new StoredField(ArticleSchema.Author, author));
            doc.Add(new TextField(ArticleSchema.AuthorText, author, Field.Store.NO));
        }
        foreach (var person in article.People)
        {
            AddFacet(doc, ArticleSchema.People, person);
            doc.Add(new TextField(ArticleSchema.PeopleText, person, Field.Store.NO));
        }
        return doc;
    }

    private static void AddFacet(LuceneDocument doc, string dimension, string value)
    {
        doc.Add(new StringField(dimension, value, Field.Store.YES));
        doc.Add(new SortedSetDocValuesField(dimension, new BytesRef(value)));
    }
}
