using System.Text.Json;
using SearchEngine.Indexing.Extraction;
using SearchEngine.Indexing.Schema;
using SearchEngine.Indexing.Writing;
using SearchEngine.Querying.Search;
using SearchEngine.Tests.Dedup;
using SearchEngine.Tests.Support;

namespace SearchEngine.Tests.Search;

/// <summary>The scenario, end to end through the indexer and the searcher: three copies of a wire story and an independent report of the same event.</summary>
public class NearDuplicateSearchTests : IDisposable
{
    private readonly TempFolder _dir = new();
    private readonly IndexStore _store;
    private readonly IndexBuilder _builder = new(ArticlePipeline.Default, new BuildOptions { Threads = 2 });

    public NearDuplicateSearchTests()
    {
        _store = new IndexStore(_dir.Combine("index"));
        WriteSources(
            Record("wire", Stories.WireHeadline, Stories.Wire, "Wire Agency", "2024-03-05"),
            Record("retitled", "Dunmore ferry firm pays for crash", Stories.WireParagraphsOf(0, 1, 2, 3), "Daily Wrap", "2024-03-06"),
            Record("respelled", Stories.WireHeadline, "By Sam Writer\n\n" + Stories.Wire.Replace("harbour", "harbor"), "Sweden Herald", "2024-03-06"),
            Record("independent", "Ferry firm must pay for harbour crash", Stories.IndependentReport, "Coastal Times", "2024-03-06"));
        _builder.Rebuild([Sources], _store, IBuildProgress.None);
    }

    public void Dispose() => _dir.Dispose();

    private string Sources => _dir.Combine("src");

    private static string Record(string id, string title, string body, string outlet, string date) =>
        JsonSerializer.Serialize(new { id, title, body, outlet, date });

    private void WriteSources(params string[] lines) => _dir.Write("src/feed.jsonl", string.Join("\n", lines) + "\n");

    private SearchResult Search(string query, bool collapse = true, int offset = 0, int limit = 10)
    {
        using var searcher = ArticleSearcher.Open(_store.Root);
        return searcher.Search(new SearchRequest { QueryText = query, Collapse = collapse, Offset = offset, Limit = limit });
    }

    [Fact]
    public void The_three_copies_collapse_into_one_hit_with_two_similar()
    {
        var result = Search("ferry");
        var copy = Assert.Single(result.Hits, h => h.SimilarCount > 0);
        Assert.Equal(2, copy.SimilarCount);
        Assert.Equal(2, result.Total);
        Assert.Equal(4, result.TotalArticles);
    }

    [Fact]
    public void The_independent_report_of_the_same_event_stays_a_hit_of_its_own()
    {
        var independent = Assert.Single(Search("ferry").Hits, h => h.Id == "feed/independent");
        Assert.Equal(0, independent.SimilarCount);
    }

    [Fact]
    public void A_collapsed_hit_names_the_outlets_of_its_other_copies()
    {
        var copy = Assert.Single(Search("ferry").Hits, h => h.SimilarCount > 0);
        Assert.Equal(3, copy.SimilarOutlets.Count + 1);
        Assert.DoesNotContain(copy.Outlet, copy.SimilarOutlets);
    }

    [Fact]
    public void A_collapsed_hit_names_its_copies_outlets_when_the_outlet_is_not_a_counted_dimension()
    {
        using var searcher = ArticleSearcher.Open(_store.Root, [FacetDimension.People]);

        var copy = Assert.Single(searcher.Search(new SearchRequest { QueryText = "ferry" }).Hits, h => h.SimilarCount > 0);

        Assert.Equal(2, copy.SimilarOutlets.Count);
    }

    [Fact]
    public void Without_collapsing_every_copy_is_a_hit()
    {
        var result = Search("ferry", collapse: false);
        Assert.Equal(4, result.Total);
        Assert.Equal(4, result.Hits.Count);
    }

    [Fact]
    public void Facets_count_every_matching_copy_even_when_collapsed()
    {
        var outlets = Search("ferry").Facets["outlet"];
        Assert.Equal(4, outlets.Sum(o => o.Count));
    }

    [Fact]
    public void Paging_collapsed_results_neither_loses_nor_repeats_a_story()
    {
        var all = Search("ferry", limit: 10).Hits.Select(h => h.Id).ToList();
        var paged = Enumerable.Range(0, all.Count).SelectMany(i => Search("ferry", offset: i, limit: 1).Hits).Select(h => h.Id).ToList();
        Assert.Equal(all, paged);
    }

    [Fact]
    public void Similar_lists_the_other_copies_with_their_resemblance()
    {
        using var searcher = ArticleSearcher.Open(_store.Root);
        var copies = searcher.Similar("feed/wire");
        Assert.Equal(["feed/respelled", "feed/retitled"], copies.Select(c => c.Article.Id).Order(StringComparer.Ordinal));
        Assert.All(copies, c => Assert.InRange(c.Resemblance, 0.3, 1.0));
    }

    [Fact]
    public void The_earliest_copy_represents_the_cluster()
    {
        using var searcher = ArticleSearcher.Open(_store.Root);
        Assert.Contains(searcher.Similar("feed/retitled"), c => c.Article.Id == "feed/wire" && c.IsRepresentative);
    }

    [Fact]
    public void Diff_shows_the_words_a_copy_changed()
    {
        using var searcher = ArticleSearcher.Open(_store.Root);
        var diff = searcher.Diff("feed/wire", "feed/respelled")!;
        Assert.Contains(diff.Pieces, p => p.Kind == DiffKind.Deleted && p.Text.Contains("harbour"));
        Assert.Contains(diff.Pieces, p => p.Kind == DiffKind.Inserted && p.Text.Contains("harbor"));
        Assert.Contains(diff.Pieces, p => p.Kind == DiffKind.Kept && p.Text.Contains("Magistrates heard"));
    }

    [Fact]
    public void Removing_the_copies_of_a_story_by_an_update_leaves_its_original_alone()
    {
        WriteSources(
            Record("wire", Stories.WireHeadline, Stories.Wire, "Wire Agency", "2024-03-05"),
            Record("independent", "Ferry firm must pay for harbour crash", Stories.IndependentReport, "Coastal Times", "2024-03-06"));
        _builder.Update([Sources], _store, IBuildProgress.None);
        var result = Search("ferry");
        Assert.Equal(2, result.Total);
        Assert.All(result.Hits, h => Assert.Equal(0, h.SimilarCount));
    }

    [Fact]
    public void A_copy_added_by_an_update_joins_its_story()
    {
        File.AppendAllText(Path.Combine(Sources, "feed.jsonl"),
            Record("late", "Ferry fine", Stories.WireParagraphsOf(0, 1, 2), "Evening Post", "2024-03-07") + "\n");
        _builder.Update([Sources], _store, IBuildProgress.None);
        Assert.Equal(3, Assert.Single(Search("ferry").Hits, h => h.SimilarCount > 0).SimilarCount);
    }

    [Fact]
    public void An_update_that_changes_nothing_reports_the_copies_and_derived_stories_the_last_one_found()
    {
        var rewrite = Stories.WireParagraphsOf(0, 2) + "\n\n" + Stories.OtherStories[5];
        File.AppendAllText(Path.Combine(Sources, "feed.jsonl"),
            Record("rewrite", "Ferry fine and farm drought", rewrite, "Valley News", "2024-03-07") + "\n"
            + Record("rewrite-copy", "Ferry fine and farm drought", rewrite, "Hill Gazette", "2024-03-08") + "\n");
        var changed = _builder.Update([Sources], _store, IBuildProgress.None).Duplicates!;
        var unchanged = _builder.Update([Sources], _store, IBuildProgress.None).Duplicates!;
        Assert.Equal((2, 3, 1), (changed.Clusters, changed.Copies, changed.Derived));
        Assert.Equal((changed.Clusters, changed.Copies, changed.Derived), (unchanged.Clusters, unchanged.Copies, unchanged.Derived));
    }
}
