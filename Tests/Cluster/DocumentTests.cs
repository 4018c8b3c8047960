using System.Reflection;
using System.Text.Json.Nodes;
using SearchEngine.Indexing.Cluster;
using SearchEngine.Indexing.Dedup;
using SearchEngine.Indexing.Extraction;
using SearchEngine.Indexing.Schema;

namespace SearchEngine.Tests.Cluster;

public class DocumentTests
{
    /// <summary>Eight hash values in four bands, so the golden file shows every kind of lookup key and stays short.</summary>
    private static readonly DedupSettings SmallSignatures = new() { HashCount = 8, BandRows = 2, MinShingles = 3 };

    private static readonly Article Full = new()
    {
        Id = "world/001",
        SourcePath = "world/001.txt",
        ContentHash = "9b1c0f2e4d7a8b3c",
        Title = "North Korean troops reach the front",
        Body = "Around 12,000 soldiers from North Korea are set to arrive, officials in Kyiv said on Friday. Café owners near the border said little.",
        Outlet = "Reuters",
        Published = new PublicationDate(new DateTime(2024, 10, 18, 9, 30, 0), HasTime: true),
        Author = "Jane Doe",
        People = ["Kim Jong Un", "Vladimir Putin"],
        Url = "https://example.com/world/001",
    };

    private static JsonObject Document(Article article, TextRelations relations) =>
        JsonNode.Parse(ClusterDocument.Of(article, new FingerprintBuilder(SmallSignatures).Compute(article.Body), relations, SmallSignatures))!.AsObject();

    [Fact]
    public void An_article_with_every_field_and_a_source_is_the_document_of_the_golden_file()
    {
        var relations = new TextRelations("world/001", "pa/007", "pa/001", [new StorySource("pa/001", 0.43219)], DerivedStories: 2);

        GoldenFiles.Matches("document-full", Document(Full, relations));
    }

    [Fact]
    public void An_article_without_outlet_date_author_or_address_leaves_those_fields_out_and_keeps_its_lists()
    {
        var bare = new Article { Id = "a", SourcePath = "a.txt", ContentHash = "h", Title = "T", Body = "Body text." };

        var document = Document(bare, new TextRelations("a", "a", "a", [], 0));

        foreach (var absent in new[] { ArticleSchema.Outlet, ArticleSchema.Date, ArticleSchema.Published, ArticleSchema.DateSort, ArticleSchema.Author, ArticleSchema.Url })
            Assert.False(document.ContainsKey(absent), absent);
        Assert.Empty(document[ArticleSchema.People]!.AsArray());
        Assert.Empty(document[ArticleSchema.Lineage]!.AsArray());
        Assert.Equal("a.txt", document[ArticleSchema.SourceFile]!.GetValue<string>());
        Assert.True(document[ArticleSchema.ClusterRepresentative]!.GetValue<bool>());
        Assert.Equal(ClusterKey.Of("a"), document[ArticleSchema.Cluster]!.GetValue<long>());
    }

    [Fact]
    public void Every_field_of_a_document_is_named_by_the_schema()
    {
        var names = typeof(ArticleSchema).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetRawConstantValue()!).ToHashSet();

        var document = Document(Full, new TextRelations(Full.Id, Full.Id, Full.Id, [], 0));

        Assert.All(document.Select(p => p.Key), key => Assert.Contains(key, names));
    }

    [Fact]
    public void The_facet_fields_hold_what_the_facet_dimensions_give()
    {
        var document = Document(Full, new TextRelations(Full.Id, Full.Id, Full.Id, [], 0));

        foreach (var dimension in ArticleSchema.FacetDimensions)
        {
            var field = document[dimension.Field]!;
            var values = field is JsonArray list ? list.Select(v => v!.GetValue<string>()) : [field.GetValue<string>()];
            Assert.Equal(dimension.ValuesOf(Full), values);
        }
    }
}
