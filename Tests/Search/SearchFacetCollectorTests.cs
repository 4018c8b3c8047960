using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchEngine.Indexing.Schema;
using SearchEngine.Querying.Search;
using SearchEngine.Querying.Search.Facets;
using SearchEngine.Tests.Support;
using static SearchEngine.Tests.Support.TestIndex;
using LuceneQuery = Lucene.Net.Search.Query;

namespace SearchEngine.Tests.Search;

/// <summary>The facet collector on its own, over real indexes with one or several segments.</summary>
public sealed class SearchFacetCollectorTests
{
    private static readonly LuceneQuery All = new MatchAllDocsQuery();

    private static Dictionary<string, IReadOnlyList<FacetValue>> Count(TestIndex index, LuceneQuery query, FacetFilters? filters = null, int topN = 10)
    {
        using var reader = index.OpenReader(out var directory);
        using (directory)
        {
            var state = FacetReaderState.Build(reader);
            var counters = FacetCounting.CreateCounters(state, filters ?? FacetFilters.None);
            new IndexSearcher(reader).Search(query, new MultiSelectFacetCollector(TopScoreDocCollector.Create(1, false), counters));
            return FacetCounting.Summarize(state, counters, topN);
        }
    }

    private static TermQuery Word(string word) => new(new Term(ArticleSchema.Body, word));

    [Fact]
    public void A_single_valued_dimension_counts_each_document_once()
    {
        using var index = Build(
            Article("a", outlet: "Reuters"), Article("b", outlet: "Reuters"), Article("c", outlet: "AP"), Article("d"));

        var outlets = Count(index, All)[ArticleSchema.Outlet];

        Assert.Equal([new FacetValue("Reuters", 2), new FacetValue("AP", 1)], outlets);
    }

    [Fact]
    public void A_multi_valued_dimension_counts_a_document_under_each_of_its_values()
    {
        using var index = Build(
            Article("a", people: ["James Baker", "Paul Volcker"]),
            Article("b", people: ["James Baker"]));

        var people = Count(index, All)[ArticleSchema.People];

        Assert.Equal([new FacetValue("James Baker", 2), new FacetValue("Paul Volcker", 1)], people);
    }

    [Fact]
    public void Only_matching_documents_are_counted()
    {
        using var index = Build(
            Article("a", body: "gold", outlet: "Reuters"), Article("b", body: "silver", outlet: "AP"));

        var outlets = Count(index, Word("gold"))[ArticleSchema.Outlet];

        Assert.Equal([new FacetValue("Reuters", 1)], outlets);
    }

    [Fact]
    public void A_segment_without_the_field_counts_nothing_for_it()
    {
        using var index = BuildSegments([
            [Article("a"), Article("b")],
            [Article("c", people: ["James Baker"], outlet: "AP")],
        ]);

        var facets = Count(index, All);

        Assert.Equal([new FacetValue("James Baker", 1)], facets[ArticleSchema.People]);
        Assert.Equal([new FacetValue("AP", 1)], facets[ArticleSchema.Outlet]);
    }

    [Fact]
    public void Several_segments_count_the_same_as_one()
    {
        var articles = new[]
        {
            Article("a", outlet: "Reuters", date: "1987-03-01", people: ["James Baker", "Paul Volcker"]),
            Article("b", outlet: "AP", date: "1987-03-02", people: ["Paul Volcker"]),
            Article("c", outlet: "Reuters", date: "1987-03-01", people: ["Clayton Yeutter"]),
            Article("d", outlet: "Xinhua", date: "1987-03-05"),
            Article("e", outlet: "AP", people: ["James Baker"]),
        };
        using var one = Build(articles);
        using var several = BuildSegments([articles[..2], articles[2..3], articles[3..]]);

        Assert.Equal(Count(one, All), Count(several, All));
    }

    [Fact]
    public void Deleted_documents_are_not_counted()
    {
        using var index = BuildSegments(
            [[Article("a", outlet: "Reuters"), Article("b", outlet: "AP")], [Article("c", outlet: "Reuters")]],
            deletedIds: ["b", "c"]);

        var outlets = Count(index, All)[ArticleSchema.Outlet];

        Assert.Equal([new FacetValue("Reuters", 1)], outlets);
    }

    [Fact]
    public void Only_the_top_n_values_are_kept_with_ties_broken_by_value()
    {
        using var index = Build(
            Article("a", outlet: "Zeta"), Article("b", outlet: "Zeta"),
            Article("c", outlet: "Beta"), Article("d", outlet: "Alpha"), Article("e", outlet: "Gamma"));

        var outlets = Count(index, All, topN: 3)[ArticleSchema.Outlet];

        Assert.Equal([new FacetValue("Zeta", 2), new FacetValue("Alpha", 1), new FacetValue("Beta", 1)], outlets);
    }

    [Fact]
    public void Dates_within_about_two_months_are_counted_per_day()
    {
        using var index = Build(
            Article("a", date: "1987-03-01"), Article("b", date: "1987-03-01T12:00:00"), Article("c", date: "1987-04-30"));

        var dates = Count(index, All)[ArticleSchema.Date];

        Assert.Equal([new FacetValue("1987-03-01", 2), new FacetValue("1987-04-30", 1)], dates);
    }

    [Fact]
    public void Dates_spread_over_more_than_two_months_are_counted_per_month()
    {
        using var index = Build(
            Article("a", date: "1987-02-26"), Article("b", date: "1987-03-01"), Article("c", date: "1987-03-31"),
            Article("d", date: "1987-10-19"));

        var dates = Count(index, All)[ArticleSchema.Date];

        Assert.Equal([new FacetValue("1987-02", 1), new FacetValue("1987-03", 2), new FacetValue("1987-10", 1)], dates);
    }

    [Fact]
    public void The_date_facet_is_every_day_with_hits_oldest_first_however_many_values_other_facets_show()
    {
        var days = Enumerable.Range(1, 12).Select(d => $"1987-03-{13 - d:00}").ToArray();
        using var index = Build([.. days.Select((day, i) => Article($"a{i}", date: day)), Article("busy", date: "1987-03-05")]);

        var dates = Count(index, All, topN: 3)[ArticleSchema.Date];

        Assert.Equal(days.Order(StringComparer.Ordinal), dates.Select(d => d.Value));
        Assert.Equal(2, dates.Single(d => d.Value == "1987-03-05").Count);
    }

    [Fact]
    public void The_date_span_is_judged_on_the_matching_documents_only()
    {
        using var index = Build(
            Article("a", body: "gold", date: "1987-03-01"), Article("b", body: "gold", date: "1987-03-09"),
            Article("c", body: "silver", date: "1987-10-19"));

        var dates = Count(index, Word("gold"))[ArticleSchema.Date];

        Assert.Equal([new FacetValue("1987-03-01", 1), new FacetValue("1987-03-09", 1)], dates);
    }

    [Fact]
    public void A_selected_value_that_no_document_has_leaves_no_hits()
    {
        using var index = Build(Article("a", outlet: "Reuters"));

        var facets = Count(index, All, FacetFilters.None.With(FacetDimension.People, ["Nobody"]));

        Assert.Empty(facets[ArticleSchema.Outlet]);
    }
}
