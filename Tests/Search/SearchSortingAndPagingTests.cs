using Lucene.Net.Search;
using SearchEngine.Indexing.Extraction;
using SearchEngine.Indexing.Schema;
using SearchEngine.Querying.Search;
using SearchEngine.Querying.Search.Parsing;
using SearchEngine.Tests.Support;
using static SearchEngine.Tests.Support.TestIndex;
using SortOrder = SearchEngine.Querying.Search.SortOrder;

namespace SearchEngine.Tests.Search;

public sealed class SearchSortingAndPagingTests
{
    private static string[] HitIds(SearchResult result) => [.. result.Hits.Select(h => h.Id)];

    [Fact]
    public void Relevance_puts_an_article_that_names_the_word_in_its_title_first()
    {
        using var index = Build(
            Article("body", title: "Banks agree", body: "The banks agreed on a merger of their retail arms after long talks."),
            Article("title", title: "Merger agreed", body: "The banks agreed on the deal of their retail arms after long talks."));
        using var searcher = index.OpenSearcher();

        var result = searcher.Search(new SearchRequest { QueryText = "merger" });

        Assert.Equal(["title", "body"], HitIds(result));
    }

    [Fact]
    public void Relevance_puts_more_mentions_first()
    {
        using var index = Build(
            Article("once", body: "Gold rose today while silver and copper fell back in thin trade."),
            Article("thrice", body: "Gold rose today; gold miners cheered and gold funds fell back in thin trade."));
        using var searcher = index.OpenSearcher();

        var result = searcher.Search(new SearchRequest { QueryText = "gold" });

        Assert.Equal(["thrice", "once"], HitIds(result));
    }

    [Fact]
    public void Hits_are_scored_by_bm25()
    {
        using var index = Build(
            Article("a", body: "Gold rose today."),
            Article("b", body: "Gold and gold again, said the gold trader."));
        using var searcher = index.OpenSearcher();
        using var reader = index.OpenReader(out var directory);
        using var analyzer = ArticleSchema.CreateAnalyzer();
        var bm25 = new IndexSearcher(reader) { Similarity = new Lucene.Net.Search.Similarities.BM25Similarity() };
        var expected = bm25.Search(new ArticleQueryParser(reader, analyzer).Parse("gold"), 10).ScoreDocs.Select(d => d.Score);

        var result = searcher.Search(new SearchRequest { QueryText = "gold" });

        Assert.Equal(expected, result.Hits.Select(h => h.Score));
        directory.Dispose();
    }

    /// <summary>Five articles any search for "ferry" scores alike, and their ids, as the same search on any build lists them.</summary>
    private static Article[] EquallyRelevant() =>
        [.. new[] { "alpha", "bravo", "charlie", "delta", "echo" }.Select(id => Article(id, body: "The ferry sailed at noon."))];

    private static string[] HitIdsIn(Article[] articles, bool collapse)
    {
        using var index = Build(articles);
        using var searcher = index.OpenSearcher();
        return HitIds(searcher.Search(new SearchRequest { QueryText = "ferry", Collapse = collapse }));
    }

    [Fact]
    public void Equally_relevant_stories_come_in_the_same_order_whatever_order_they_were_indexed_in() =>
        Assert.Equal(HitIdsIn(EquallyRelevant(), collapse: true), HitIdsIn([.. EquallyRelevant().Reverse()], collapse: true));

    [Fact]
    public void Equally_relevant_articles_come_in_the_same_order_whatever_order_they_were_indexed_in_when_every_copy_is_shown() =>
        Assert.Equal(HitIdsIn(EquallyRelevant(), collapse: false), HitIdsIn([.. EquallyRelevant().Reverse()], collapse: false));

    [Fact]
    public void Date_order_puts_the_newest_first_and_undated_articles_last()
    {
        using var index = Build(
            Article("undated", body: "Oil."),
            Article("old", body: "Oil.", date: "2024-01-05"),
            Article("newest", body: "Oil.", date: "2024-03-01T08:00:00"),
            Article("middle", body: "Oil.", date: "2024-03-01"));
        using var searcher = index.OpenSearcher();

        var result = searcher.Search(new SearchRequest { QueryText = "oil", Sort = SortOrder.Date });

        Assert.Equal(["newest", "middle", "old", "undated"], HitIds(result));
    }

    [Fact]
    public void Date_order_across_segments_is_still_newest_first()
    {
        using var index = BuildSegments([
            [Article("jan", body: "Oil.", date: "2024-01-01"), Article("mar", body: "Oil.", date: "2024-03-01")],
            [Article("feb", body: "Oil.", date: "2024-02-01"), Article("undated", body: "Oil.")],
        ]);
        using var searcher = index.OpenSearcher();

        var result = searcher.Search(new SearchRequest { QueryText = "oil", Sort = SortOrder.Date });

        Assert.Equal(["mar", "feb", "jan", "undated"], HitIds(result));
    }

    [Fact]
    public void Date_order_keeps_the_relevance_score_of_each_hit()
    {
        using var index = Build(Article("a", body: "Oil.", date: "2024-01-01"));
        using var searcher = index.OpenSearcher();

        var byDate = searcher.Search(new SearchRequest { QueryText = "oil", Sort = SortOrder.Date });
        var byRelevance = searcher.Search(new SearchRequest { QueryText = "oil" });

        Assert.Equal(byRelevance.Hits[0].Score, byDate.Hits[0].Score);
    }

    [Fact]
    public void Pages_follow_each_other_without_gaps_or_repeats()
    {
        using var index = Build([.. Enumerable.Range(0, 7).Select(i => Article($"d{i}", body: "Oil.", date: $"2024-01-0{i + 1}"))]);
        using var searcher = index.OpenSearcher();
        SearchResult Page(int offset) => searcher.Search(new SearchRequest { QueryText = "oil", Sort = SortOrder.Date, Offset = offset, Limit = 3 });

        var pages = new[] { Page(0), Page(3), Page(6) };

        Assert.All(pages, p => Assert.Equal(7, p.Total));
        Assert.Equal(["d6", "d5", "d4", "d3", "d2", "d1", "d0"], pages.SelectMany(HitIds));
    }

    [Fact]
    public void An_offset_past_the_last_hit_gives_no_hits_but_the_total()
    {
        using var index = Build(Article("a", body: "Oil."), Article("b", body: "Oil."));
        using var searcher = index.OpenSearcher();

        var result = searcher.Search(new SearchRequest { QueryText = "oil", Offset = 5 });

        Assert.Empty(result.Hits);
        Assert.Equal(2, result.Total);
    }

    [Fact]
    public void A_limit_of_zero_gives_counts_without_hits()
    {
        using var index = Build(Article("a", body: "Oil.", outlet: "Reuters"), Article("b", body: "Oil.", outlet: "Reuters"));
        using var searcher = index.OpenSearcher();

        var result = searcher.Search(new SearchRequest { QueryText = "oil", Limit = 0 });

        Assert.Empty(result.Hits);
        Assert.Equal(2, result.Total);
        Assert.Equal([new FacetValue("Reuters", 2)], result.Facets[ArticleSchema.Outlet]);
    }

    [Fact]
    public void A_negative_offset_is_refused()
    {
        using var index = Build(Article("a"));
        using var searcher = index.OpenSearcher();

        Assert.Throws<ArgumentOutOfRangeException>(() => searcher.Search(new SearchRequest { QueryText = "oil", Offset = -1 }));
    }

    [Fact]
    public void A_hit_carries_the_stored_fields_of_its_article()
    {
        using var index = Build(Article("a", title: "Oil rises", body: "Oil.", outlet: "Reuters", date: "2024-01-02T10:30:00",
            author: "Jane Smith", people: ["James Baker", "Paul Volcker"]));
        using var searcher = index.OpenSearcher();

        var hit = Assert.Single(searcher.Search(new SearchRequest { QueryText = "oil" }).Hits);

        Assert.Equal(("a", "Oil rises", "Reuters", "2024-01-02T10:30:00", "Jane Smith", "/corpus/a.txt"),
            (hit.Id, hit.Title, hit.Outlet, hit.Date, hit.Author, hit.Path));
        Assert.Equal(["James Baker", "Paul Volcker"], hit.People);
    }
}
