using SearchEngine.Indexing.Schema;
using SearchEngine.Querying.Search.Facets;
using SearchEngine.Tests.Support;
using static SearchEngine.Tests.Support.TestIndex;

namespace SearchEngine.Tests.Search;

/// <summary>Each document's facet ordinals, read into memory once per reader.</summary>
public sealed class DocumentOrdinalsTests
{
    /// <summary>The values of every document, in document order, as the in-memory ordinals give them.</summary>
    private static List<string[]> ValuesByDocument(TestIndex index, string dimension)
    {
        using var reader = index.OpenReader(out var directory);
        using (directory)
        {
            var ordinals = DimensionOrdinals.Build(reader, dimension);
            return [.. Enumerable.Range(0, reader.MaxDoc).Select(doc => ordinals.Documents.Of(doc).ToArray().Select(ordinals.ValueOf).ToArray())];
        }
    }

    [Fact]
    public void A_single_valued_dimension_gives_each_document_its_value_or_none()
    {
        using var index = Build(Article("a", outlet: "Reuters"), Article("b"), Article("c", outlet: "AP"));

        Assert.Equal([["Reuters"], [], ["AP"]], ValuesByDocument(index, ArticleSchema.Outlet));
    }

    [Fact]
    public void A_multi_valued_dimension_gives_each_document_all_its_values_in_value_order()
    {
        using var index = Build(
            Article("a", people: ["Paul Volcker", "James Baker"]), Article("b"), Article("c", people: ["Clayton Yeutter"]));

        Assert.Equal([["James Baker", "Paul Volcker"], [], ["Clayton Yeutter"]], ValuesByDocument(index, ArticleSchema.People));
    }

    [Fact]
    public void Documents_of_later_segments_are_numbered_after_the_earlier_ones()
    {
        using var index = BuildSegments([
            [Article("a"), Article("b", people: ["James Baker"])],
            [Article("c", people: ["Paul Volcker", "James Baker"])],
        ]);

        Assert.Equal([[], ["James Baker"], ["James Baker", "Paul Volcker"]], ValuesByDocument(index, ArticleSchema.People));
    }

    [Fact]
    public void Counting_a_document_adds_one_under_each_of_its_values()
    {
        using var index = Build(Article("a", people: ["James Baker", "Paul Volcker"]), Article("b", people: ["James Baker"]));
        using var reader = index.OpenReader(out var directory);
        using (directory)
        {
            var people = DimensionOrdinals.Build(reader, ArticleSchema.People);
            var counts = new int[people.ValueCount];

            people.Documents.CountInto(counts, 0);
            people.Documents.CountInto(counts, 1);

            Assert.Equal([2, 1], counts);
        }
    }

    [Fact]
    public void A_document_has_any_of_the_marked_values_only_when_one_of_its_values_is_marked()
    {
        using var index = Build(Article("a", people: ["James Baker", "Paul Volcker"]), Article("b", people: ["James Baker"]));
        using var reader = index.OpenReader(out var directory);
        using (directory)
        {
            var people = DimensionOrdinals.Build(reader, ArticleSchema.People);
            var volcker = new bool[people.ValueCount];
            volcker[people.Find("Paul Volcker")] = true;

            Assert.True(people.Documents.HasAny(0, volcker));
            Assert.False(people.Documents.HasAny(1, volcker));
        }
    }

    [Fact]
    public void A_merged_value_gives_each_document_the_value_it_is_counted_under_once()
    {
        using var index = Build(
            Article("a", people: ["Paul Volcker", "Paul A. Volcker"]), Article("b", people: ["Paul A. Volcker", "James Baker"]), Article("c"));
        using var reader = index.OpenReader(out var directory);
        using (directory)
        {
            var people = DimensionOrdinals.Build(reader, ArticleSchema.People, new Dictionary<string, string> { ["Paul A. Volcker"] = "Paul Volcker" });

            Assert.Equal([["Paul Volcker"], ["James Baker", "Paul Volcker"], []],
                Enumerable.Range(0, reader.MaxDoc).Select(doc => people.Documents.Of(doc).ToArray().Select(people.ValueOf).ToArray()));
            Assert.Equal(people.Find("Paul Volcker"), people.Find("Paul A. Volcker"));
        }
    }
}
