using SearchEngine.Indexing.Cleaning;
using SearchEngine.Indexing.Sources;

namespace SearchEngine.Indexing.Extraction;

/// <summary>Raw article → cleaned page → extracted fields → <see cref="Article"/>. Explicit metadata always wins over inference.</summary>
public sealed class ArticlePipeline
{
    private readonly PageCleaner _cleaner;

    public ArticlePipeline(PageCleaner cleaner) => _cleaner = cleaner;

    public static ArticlePipeline Default { get; } = new(PageCleaner.Default);

    public Article Process(RawArticle raw) => Process(raw, out _);

    public Article Process(RawArticle raw, out CleanedPage page)
    {
        var meta = raw.Metadata;
        page = _cleaner.Clean(raw.Text, meta.Title);
        var title = TitleExtractor.Find(page, meta);
        var outlet = OutletExtractor.Find(page, meta);
        var published = PublicationDateExtractor.Find(page, meta);
        var author = BylineExtractor.Find(page, meta);
        return new Article
        {
            Id = raw.Id,
            SourcePath = raw.SourcePath,
            SourceFile = raw.SourceFile,
            ContentHash = raw.ContentHash,
            Title = title.Value,
            Body = page.Body,
            Outlet = outlet.Value,
            Published = published.Value,
            Author = author.Value,
            People = PeopleExtractor.Extract(page, meta),
            Url = meta.Url,
            Origins = new FieldOrigins
            {
                Title = title.Origin, Outlet = outlet.Origin, Date = published.Origin, Author = author.Origin, Body = meta.Origins.Body,
            },
        };
    }
}
