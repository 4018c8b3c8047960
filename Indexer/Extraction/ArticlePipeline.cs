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
        return new Article
        {
            Id = raw.Id,
            SourcePath = raw.SourcePath,
            SourceFile = raw.SourceFile,
            ContentHash = raw.ContentHash,
            Title = TitleExtractor.Extract(page, meta),
            Body = page.Body,
            Outlet = OutletExtractor.Extract(page, meta),
            Published = PublicationDateExtractor.Extract(page, meta),
            Author = BylineExtractor.Extract(page, meta),
            People = PeopleExtractor.Extract(page, meta),
            Url = meta.Url,
        };
    }
}
