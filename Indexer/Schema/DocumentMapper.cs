using Lucene.Net.Documents;
using Lucene.Net.Util;
using SearchEngine.Indexing.Dedup;
using SearchEngine.Indexing.Extraction;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace SearchEngine.Indexing.Schema;

/// <summary>
/// Article → Lucene document, field by field as <see cref="ArticleSchema"/> describes; <see cref="StoredArticle"/> reads
/// one back. Facet fields are written for every declared <see cref="FacetDimension"/>. A mapper keeps its keyword and
/// numeric fields from one document to the next: Lucene builds the token stream of such a field once per field
/// instance, and building it (a locked attribute lookup) cost more than a tenth of a build and serialised the writing
/// threads. So use one mapper per thread, and add each document before mapping the next.
/// </summary>
public sealed class DocumentMapper
{
    private readonly StringField _id = Keyword(ArticleSchema.Id);
    private readonly StringField _contentHash = Keyword(ArticleSchema.ContentHash);
    private readonly Int64Field _dateSort = new(ArticleSchema.DateSort, 0, Field.Store.NO);
    private readonly IReadOnlyList<(FacetDimension Dimension, List<StringField> Fields)> _facets;

    /// <param name="facetDimensions">The dimensions to write; the schema's unless a caller declares others.</param>
    public DocumentMapper(IReadOnlyList<FacetDimension>? facetDimensions = null) =>
        _facets = [.. (facetDimensions ?? ArticleSchema.FacetDimensions).Select(d => (d, new List<StringField>()))];

    /// <summary>The article as a document of fields of its own, for callers that write a few articles.</summary>
    public static LuceneDocument ToDocument(Article article, Fingerprint? fingerprint = null) => new DocumentMapper().Map(article, fingerprint);

    /// <summary>
    /// The article as a document. It starts as a cluster and a story of its own, derived from nothing; the builder moves
    /// it into its copies' cluster and links it to its sources once every article has been fingerprinted. The document shares fields with the next one this mapper returns.
    /// </summary>
    public LuceneDocument Map(Article article, Fingerprint? fingerprint = null)
    {
        var doc = new LuceneDocument
        {
            Set(_id, article.Id),
            new StoredField(ArticleSchema.Path, article.SourcePath),
            new StoredField(ArticleSchema.SourceFile, article.SourceFile ?? article.SourcePath),
            Set(_contentHash, article.ContentHash),
            new TextField(ArticleSchema.Title, article.Title, Field.Store.YES),
            new TextField(ArticleSchema.Body, article.Body, Field.Store.YES),
            new Field(ArticleSchema.Words, article.Title, WordsType),
            new Field(ArticleSchema.Words, article.Body, WordsType),
        };
        doc.Add(new BinaryDocValuesField(ArticleSchema.Id, new BytesRef(article.Id)));
        doc.Add(new BinaryDocValuesField(ArticleSchema.ContentHash, new BytesRef(article.ContentHash)));
        doc.Add(new SortedDocValuesField(ArticleSchema.SourceFile, new BytesRef(article.SourceFile ?? article.SourcePath)));
        doc.Add(new NumericDocValuesField(ArticleSchema.Cluster, ClusterKey.Of(article.Id)));
        doc.Add(new NumericDocValuesField(ArticleSchema.ClusterRepresentative, 1));
        doc.Add(new NumericDocValuesField(ArticleSchema.Story, ClusterKey.Of(article.Id)));
        doc.Add(new BinaryDocValuesField(ArticleSchema.Lineage, new BytesRef()));
        doc.Add(new NumericDocValuesField(ArticleSchema.DerivedStories, 0));
        doc.Add(new StoredField(ArticleSchema.BodyLength, article.Body.Length));
        if (fingerprint is not null)
            doc.Add(new StoredField(ArticleSchema.Fingerprint, fingerprint.ToBytes()));
        foreach (var (dimension, fields) in _facets)
            AddFacet(doc, dimension, fields, article);
        if (article.Outlet is { } outlet)
            doc.Add(new TextField(ArticleSchema.OutletText, outlet, Field.Store.NO));
        if (article.Published is { } published)
        {
            var seconds = ArticleSchema.DateSortSeconds(published.Value);
            _dateSort.SetInt64Value(seconds);
            doc.Add(_dateSort);
            doc.Add(new NumericDocValuesField(ArticleSchema.DateSort, seconds));
            doc.Add(new StoredField(ArticleSchema.Published, published.ToString()));
        }
        if (article.Url is { } url)
            doc.Add(new StoredField(ArticleSchema.Url, url));
        if (article.Author is { } author)
        {
            doc.Add(new StoredField(ArticleSchema.Author, author));
            doc.Add(new TextField(ArticleSchema.AuthorText, author, Field.Store.NO));
        }
        foreach (var person in article.People)
            doc.Add(new TextField(ArticleSchema.PeopleText, person, Field.Store.NO));
        return doc;
    }

    /// <summary>A vocabulary (<see cref="ArticleSchema.Words"/>): which articles hold a word is all a pattern needs.</summary>
    private static readonly FieldType WordsType = VocabularyType();

    private static FieldType VocabularyType()
    {
        var type = new FieldType
        {
            IsIndexed = true,
            IsTokenized = true,
            OmitNorms = true,
            IndexOptions = Lucene.Net.Index.IndexOptions.DOCS_ONLY,
        };
        type.Freeze();
        return type;
    }

    private static StringField Keyword(string name) => new(name, "", Field.Store.YES);

    private static StringField Set(StringField field, string value)
    {
        field.SetStringValue(value);
        return field;
    }

    /// <summary>Each of the article's values of a dimension: the exact term (drill-down, display) and its SortedSetDocValues (counting).</summary>
    private static void AddFacet(LuceneDocument doc, FacetDimension dimension, List<StringField> fields, Article article)
    {
        var count = 0;
        foreach (var value in dimension.ValuesOf(article))
        {
            if (count == fields.Count) fields.Add(Keyword(dimension.Field));
            doc.Add(Set(fields[count++], value));
            doc.Add(new SortedSetDocValuesField(dimension.Field, new BytesRef(value)));
        }
    }
}
