using LuceneDocument = Lucene.Net.Documents.Document;

namespace SearchEngine.Indexing.Schema;

/// <summary>
/// An article as its stored fields give it back: the mirror of <see cref="DocumentMapper"/>, read by the same schema.
/// Unknown values are null, as they were written.
/// </summary>
public sealed record StoredArticle
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string Body { get; init; }
    public string? Outlet { get; init; }
    /// <summary>Publication date as stored: yyyy-MM-dd, or yyyy-MM-ddTHH:mm:ss when the time is known.</summary>
    public string? Published { get; init; }
    public string? Author { get; init; }
    public IReadOnlyList<string> People { get; init; } = [];
    public string? Url { get; init; }
    /// <summary>The article's values in each facet dimension read, by field.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> FacetValues { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    public required string Path { get; init; }

    /// <param name="facetDimensions">The dimensions whose values to read; the schema's unless a caller declares others.</param>
    public static StoredArticle Read(LuceneDocument document, IReadOnlyList<FacetDimension>? facetDimensions = null) => new()
    {
        Id = document.Get(ArticleSchema.Id),
        Title = document.Get(ArticleSchema.Title) ?? "",
        Body = document.Get(ArticleSchema.Body) ?? "",
        Outlet = document.Get(ArticleSchema.Outlet),
        Published = document.Get(ArticleSchema.Published),
        Author = document.Get(ArticleSchema.Author),
        People = document.GetValues(ArticleSchema.People),
        Url = document.Get(ArticleSchema.Url),
        FacetValues = (facetDimensions ?? ArticleSchema.FacetDimensions)
            .ToDictionary(d => d.Field, IReadOnlyList<string> (d) => document.GetValues(d.Field), StringComparer.Ordinal),
        Path = document.Get(ArticleSchema.Path),
    };
}
