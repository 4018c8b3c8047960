using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchEngine.Indexing.Extraction.Dates;
using SearchEngine.Indexing.Schema;
using SearchEngine.Indexing.Writing;
using SearchEngine.Tests.Support;

namespace SearchEngine.Tests.Schema;

public class DocumentMapperTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_mapper_reused_for_the_next_article_indexes_only_that_articles_values()
    {
        var mapper = new DocumentMapper();
        using (var directory = IndexStore.OpenDirectory(_dir.Path))
        using (var writer = new IndexWriter(directory, WriterSettings.Create(ArticleSchema.CreateAnalyzer(), OpenMode.CREATE, new BuildOptions())))
        {
            writer.AddDocument(mapper.Map(TestIndex.Article("a", outlet: "Herald", date: "2024-10-19", people: ["Ann Lee", "Bo Kim"])));
            writer.AddDocument(mapper.Map(TestIndex.Article("b", people: ["Cy Day"])));
        }

        using var written = IndexStore.OpenDirectory(_dir.Path);
        using var reader = DirectoryReader.Open(written);
        var searcher = new IndexSearcher(reader);
        string[] Ids(string field, string value) =>
            searcher.Search(new TermQuery(new Term(field, value)), 10).ScoreDocs.Select(d => reader.Document(d.Doc).Get(ArticleSchema.Id)).ToArray();

        Assert.Equal(["a"], Ids(ArticleSchema.Id, "a"));
        Assert.Equal(["b"], Ids(ArticleSchema.Id, "b"));
        Assert.Equal(["a"], Ids(ArticleSchema.People, "Ann Lee"));
        Assert.Equal(["a"], Ids(ArticleSchema.People, "Bo Kim"));
        Assert.Equal(["b"], Ids(ArticleSchema.People, "Cy Day"));
        Assert.Equal(["a"], Ids(ArticleSchema.Outlet, "Herald"));
        Assert.Equal(["a"], Ids(ArticleSchema.Date, "2024-10-19"));
    }

    [Fact]
    public void The_words_of_title_and_body_are_indexed_as_written_and_only_as_a_vocabulary()
    {
        using (var directory = IndexStore.OpenDirectory(_dir.Path))
        using (var writer = new IndexWriter(directory, WriterSettings.Create(ArticleSchema.CreateAnalyzer(), OpenMode.CREATE, new BuildOptions())))
            writer.AddDocument(new DocumentMapper().Map(TestIndex.Article("a", "Troops cross", "Interest rates rose in Zürich.")));

        using var written = IndexStore.OpenDirectory(_dir.Path);
        using var reader = DirectoryReader.Open(written);
        var words = MultiFields.GetTerms(reader, ArticleSchema.Words).GetEnumerator();
        var vocabulary = new List<string>();
        while (words.MoveNext()) vocabulary.Add(words.Term.Utf8ToString());
        Assert.Equal(["cross", "in", "interest", "rates", "rose", "troops", "zurich"], vocabulary);
        var field = MultiFields.GetMergedFieldInfos(reader).FieldInfo(ArticleSchema.Words);
        Assert.Equal(IndexOptions.DOCS_ONLY, field.IndexOptions);
        Assert.True(field.OmitsNorms);
        Assert.Null(reader.Document(0).Get(ArticleSchema.Words));
    }

    [Fact]
    public void An_evening_time_with_an_offset_is_indexed_under_the_page_s_own_day()
    {
        var article = TestIndex.Article("a") with { Published = DateParser.Parse("2024-10-19T22:30:00-05:00") };
        using (var directory = IndexStore.OpenDirectory(_dir.Path))
        using (var writer = new IndexWriter(directory, WriterSettings.Create(ArticleSchema.CreateAnalyzer(), OpenMode.CREATE, new BuildOptions())))
            writer.AddDocument(new DocumentMapper().Map(article));

        using var written = IndexStore.OpenDirectory(_dir.Path);
        using var reader = DirectoryReader.Open(written);
        var hits = new IndexSearcher(reader).Search(new TermQuery(new Term(ArticleSchema.Date, "2024-10-19")), 10).ScoreDocs;
        Assert.Equal("2024-10-19T22:30:00-05:00", reader.Document(Assert.Single(hits).Doc).Get(ArticleSchema.Published));
    }

    [Fact]
    public void A_stored_article_reads_back_what_the_mapper_wrote()
    {
        var article = TestIndex.Article("a", "Grain deal", "Ships sail.", outlet: "Herald", date: "2024-10-19", author: "Ana Ruiz", people: ["Ann Lee", "Bo Kim"])
            with { Url = "https://herald.example/grain-deal" };

        var stored = StoredArticle.Read(new DocumentMapper().Map(article));

        Assert.Equal(("a", "Grain deal", "Ships sail.", "Herald", "2024-10-19", "Ana Ruiz", article.SourcePath),
            (stored.Id, stored.Title, stored.Body, stored.Outlet, stored.Published, stored.Author, stored.Path));
        Assert.Equal(["Ann Lee", "Bo Kim"], stored.People);
        Assert.Equal("https://herald.example/grain-deal", stored.Url);
        Assert.Equal(["Herald"], stored.FacetValues[ArticleSchema.Outlet]);
        Assert.Equal(["2024-10-19"], stored.FacetValues[ArticleSchema.Date]);
    }
}
