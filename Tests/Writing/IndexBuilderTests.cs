using System.Text.Json;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchEngine.Indexing.Extraction;
using SearchEngine.Indexing.Reading;
using SearchEngine.Indexing.Schema;
using SearchEngine.Indexing.Writing;
using SearchEngine.Tests.Dedup;
using SearchEngine.Tests.Support;

namespace SearchEngine.Tests.Writing;

public class IndexBuilderTests : IDisposable
{
    private readonly TempFolder _dir = new();
    private readonly IndexStore _store;
    private readonly IndexBuilder _builder = new(ArticlePipeline.Default, new BuildOptions { Threads = 2 });

    public IndexBuilderTests() => _store = new IndexStore(_dir.Combine("index"));

    public void Dispose() => _dir.Dispose();

    private string Source => _dir.Combine("articles");

    private void WriteArticle(string name, string text) => _dir.Write(Path.Combine("articles", name), text);

    private BuildReport Rebuild() => _builder.Rebuild([Source], _store, IBuildProgress.None);

    private BuildReport Update() => _builder.Update([Source], _store, IBuildProgress.None);

    private SortedDictionary<string, string> IndexedBodies()
    {
        using var directory = _store.OpenCurrent();
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        return new SortedDictionary<string, string>(
            searcher.Search(new MatchAllDocsQuery(), 1000).ScoreDocs
                .Select(hit => searcher.Doc(hit.Doc))
                .ToDictionary(d => d.Get(ArticleSchema.Id), d => d.Get(ArticleSchema.Body)),
            StringComparer.Ordinal);
    }

    [Fact]
    public void Rebuild_indexes_every_article_under_its_stable_id()
    {
        WriteArticle("a.txt", "Title A\n\nBody of A.");
        WriteArticle("sub/b.txt", "Title B\n\nBody of B.");
        var report = Rebuild();
        Assert.Equal(2, report.Indexed);
        Assert.Equal(["a", "sub/b"], IndexedBodies().Keys);
    }

    [Fact]
    public void An_update_after_a_record_is_added_at_the_top_of_a_feed_indexes_only_that_record()
    {
        const string Feed = """
            {"title": "Port reopens", "body": "The port of Rotterdam reopened after the storm.", "url": "https://example.org/port"}
            {"title": "Frost hits orchards", "date": "2024-10-19", "body": "A late frost damaged apple orchards."}
            """;
        WriteArticle("feed.jsonl", Feed);
        Rebuild();
        var before = IndexedBodies().Keys.ToList();
        WriteArticle("feed.jsonl", """{"title": "Strike ends", "body": "Dock workers ended their strike."}""" + "\n" + Feed);

        var report = Update();

        Assert.Equal((1, 2, 0), (report.Indexed, report.Unchanged, report.Removed));
        Assert.Equal(before, IndexedBodies().Keys.Intersect(before));
    }

    [Fact]
    public void A_published_generation_holds_only_the_index_files()
    {
        WriteArticle("a.txt", "Title A\n\nBody of A.");
        Rebuild();
        Assert.DoesNotContain(Directory.GetFiles(_store.CurrentGeneration!), file => file.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public void Rebuild_publishes_a_new_generation_and_removes_the_previous_one()
    {
        WriteArticle("a.txt", "Title\n\nBody.");
        Rebuild();
        var first = _store.CurrentGeneration;
        Rebuild();
        Assert.NotEqual(first, _store.CurrentGeneration);
        Assert.False(Directory.Exists(first));
    }

    [Fact]
    public void A_rebuild_that_indexes_nothing_leaves_the_previous_index_as_it_was()
    {
        WriteArticle("a.txt", "Title\n\nBody.");
        Rebuild();
        var generation = _store.CurrentGeneration;
        File.Delete(Path.Combine(Source, "a.txt"));
        _dir.Write("articles/broken.txt", [0, 1, 2, 3]);
        var failure = Assert.Throws<BuildFailedException>(Rebuild);
        Assert.Contains("previous index is kept", failure.Message);
        Assert.Equal(generation, _store.CurrentGeneration);
        Assert.Equal(["a"], IndexedBodies().Keys);
    }

    [Fact]
    public void A_build_killed_half_way_is_never_searched_and_the_next_build_clears_it()
    {
        WriteArticle("a.txt", "Title\n\nBody.");
        Rebuild();
        var live = _store.CurrentGeneration;
        var abandoned = _store.CreateGeneration();
        File.WriteAllText(Path.Combine(abandoned, "_0.cfs"), "half-written");
        Assert.Equal(live, _store.CurrentGeneration);
        Assert.Equal(["a"], IndexedBodies().Keys);
        Rebuild();
        Assert.False(Directory.Exists(abandoned));
    }

    [Fact]
    public void An_update_clears_a_build_killed_half_way_too()
    {
        WriteArticle("a.txt", "Title\n\nBody.");
        Rebuild();
        var abandoned = _store.CreateGeneration();
        File.WriteAllText(Path.Combine(abandoned, "_0.cfs"), "half-written");

        Update();

        Assert.False(Directory.Exists(abandoned));
        Assert.Equal(["a"], IndexedBodies().Keys);
    }

    [Fact]
    public void A_second_writer_is_refused_with_a_message_naming_the_lock_file()
    {
        WriteArticle("a.txt", "Title\n\nBody.");
        using var held = IndexWriteLock.Acquire(_store);
        var refused = Assert.Throws<IndexLockedException>(Rebuild);
        Assert.Contains(_store.LockPath, refused.Message);
        Assert.Contains("another indexer process", refused.Message);
    }

    [Fact]
    public void One_broken_file_is_reported_and_the_others_are_indexed()
    {
        WriteArticle("good.txt", "Title\n\nBody.");
        _dir.Write("articles/bad.txt", [0, 0, 0]);
        var report = Rebuild();
        Assert.Equal(1, report.Indexed);
        Assert.Equal("bad.txt", Assert.Single(report.Failed).Location);
    }

    [Fact]
    public void Two_records_with_one_id_index_the_first_and_report_the_second()
    {
        WriteArticle("feed.jsonl", "{\"id\": \"x\", \"body\": \"first\"}\n{\"id\": \"x\", \"body\": \"second\"}\n");
        var report = _builder.Rebuild([Source], _store, IBuildProgress.None);
        Assert.Equal(1, report.Indexed);
        Assert.Contains("duplicate id feed/x", Assert.Single(report.Failed).Reason);
    }

    private Dictionary<string, long> Clusters()
    {
        using var directory = _store.OpenCurrent();
        var articles = IndexedArticles.Read(directory);
        return articles.Ids.ToDictionary(id => id, id => articles.Placement(id).Cluster, StringComparer.Ordinal);
    }

    private Dictionary<string, ClusterPlacement> Placements()
    {
        using var directory = _store.OpenCurrent();
        var articles = IndexedArticles.Read(directory);
        return articles.Ids.ToDictionary(id => id, articles.Placement, StringComparer.Ordinal);
    }

    [Fact]
    public void Update_links_a_story_to_a_source_added_and_unlinks_it_when_the_source_is_removed()
    {
        WriteArticle("paper.jsonl", JsonLine("story", "The Sun", "2024-03-02", Stories.WireParagraphsOf(0, 2) + "\n\n" + Stories.IndependentReport));
        Rebuild();
        Assert.Equal("", Placements()["paper/story"].Lineage);

        WriteArticle("wire.jsonl", JsonLine("take", "PA", "2024-03-01", Stories.Wire));
        Update();
        var linked = Placements();
        Assert.Equal("wire/take", Assert.Single(StoredLineage.Decode(linked["paper/story"].Lineage)).Source);
        Assert.Equal(1, linked["wire/take"].DerivedStories);
        Assert.Equal(linked["wire/take"].Story, linked["paper/story"].Story);
        Assert.NotEqual(linked["wire/take"].Cluster, linked["paper/story"].Cluster);

        File.Delete(_dir.Combine("articles", "wire.jsonl"));
        Update();
        var alone = Placements()["paper/story"];
        Assert.Equal(("", alone.Cluster), (alone.Lineage, alone.Story));
    }

    private static readonly string ChainMiddle = Stories.EditEvery(Stories.Wire, 12, 0, "first");

    [Fact]
    public void Update_puts_a_new_copy_in_its_originals_cluster()
    {
        WriteArticle("wire.txt", Stories.WireHeadline + "\n\n" + Stories.Wire);
        WriteArticle("other.txt", "Other\n\n" + Stories.IndependentReport);
        Rebuild();
        WriteArticle("copy.txt", "Copy\n\n" + ChainMiddle);
        Update();
        var clusters = Clusters();
        Assert.Equal(clusters["wire"], clusters["copy"]);
        Assert.NotEqual(clusters["wire"], clusters["other"]);
    }

    [Fact]
    public void Update_that_removes_the_text_linking_two_trimmed_copies_splits_their_cluster()
    {
        WriteArticle("whole.txt", "Whole\n\n" + Stories.Wire);
        WriteArticle("opening.txt", "Opening\n\n" + Stories.WireParagraphsOf(0, 1));
        WriteArticle("ending.txt", "Ending\n\n" + Stories.WireParagraphsOf(3, 4));
        Rebuild();
        Assert.Equal(Clusters()["opening"], Clusters()["ending"]);
        File.Delete(_dir.Combine("articles", "whole.txt"));
        Update();
        Assert.NotEqual(Clusters()["opening"], Clusters()["ending"]);
    }

    private static string JsonLine(string id, string outlet, string date, string body) =>
        JsonSerializer.Serialize(new { id, outlet, date, body }) + "\n";

    [Fact]
    public void A_story_whose_clock_reads_earlier_in_a_zone_behind_is_derived_from_a_wire_story_published_before_it()
    {
        WriteArticle("wire.jsonl", JsonLine("take", "PA", "2024-03-01T13:45:00+00:00", Stories.Wire));
        WriteArticle("paper.jsonl", JsonLine("story", "Boston Ledger", "2024-03-01T10:30:00-04:00", Stories.WireParagraphsOf(0, 2) + "\n\n" + Stories.IndependentReport));
        Rebuild();
        Assert.Equal("wire/take", Assert.Single(StoredLineage.Decode(Placements()["paper/story"].Lineage)).Source);
    }

    [Fact]
    public void An_update_reads_the_stored_offsets_to_say_which_story_came_first()
    {
        WriteArticle("wire.jsonl", JsonLine("take", "PA", "2024-03-01T13:45:00+00:00", Stories.Wire));
        WriteArticle("paper.jsonl", JsonLine("story", "Boston Ledger", "2024-03-01T10:30:00-04:00", Stories.WireParagraphsOf(0, 2) + "\n\n" + Stories.IndependentReport));
        Rebuild();
        WriteArticle("other.txt", "Other\n\n" + Stories.OtherStories[0]);
        Update();
        Assert.Equal("wire/take", Assert.Single(StoredLineage.Decode(Placements()["paper/story"].Lineage)).Source);
    }

    [Fact]
    public void Update_keeps_a_story_written_from_two_takes_linked_to_both_and_out_of_their_clusters()
    {
        WriteArticle("wire.jsonl", JsonLine("first", "PA", "2024-03-01", Stories.FirstTake) + JsonLine("second", "PA", "2024-03-01", Stories.SecondTake));
        WriteArticle("paper.jsonl", JsonLine("story", "The Sun", "2024-03-02", Stories.WrittenFromTakes));
        Rebuild();
        WriteArticle("other.txt", "Other\n\n" + Stories.OtherStories[0]);
        Update();
        var placements = Placements();
        Assert.Equal(["wire/second", "wire/first"], StoredLineage.Decode(placements["paper/story"].Lineage).Select(s => s.Source));
        Assert.NotEqual(placements["wire/second"].Cluster, placements["paper/story"].Cluster);
        Assert.NotEqual(placements["wire/first"].Cluster, placements["paper/story"].Cluster);
    }

    [Fact]
    public void An_update_leaves_copies_and_lineage_as_a_rebuild_of_the_same_articles_would()
    {
        WriteArticle("wire.jsonl", JsonLine("story", "PA", "2024-03-01", Stories.Wire));
        WriteArticle("sun.jsonl", JsonLine("story", "The Sun", "2024-03-02", Stories.WireParagraphsOf(0, 2) + "\n\n" + Stories.IndependentReport));
        Rebuild();
        WriteArticle("post.jsonl", JsonLine("story", "The Post", "2024-03-02", Stories.WireParagraphsOf(0, 1, 2)) +
            JsonLine("roundup", "The Post", "2024-03-03", Stories.WireParagraphsOf(0, 2) + "\n\n" + Stories.OtherStories[4]));
        Update();
        var updated = Placements();
        Rebuild();
        Assert.Equal(Placements(), updated);
        Assert.Equal(2, updated["wire/story"].DerivedStories);
    }

    private static string PeopleLine(string id, params string[] people) =>
        JsonSerializer.Serialize(new { id, title = id, body = $"A statement on {id} was read out.", people }) + "\n";

    private IReadOnlyDictionary<string, string> MergedPeople()
    {
        using var directory = _store.OpenCurrent();
        using var reader = DirectoryReader.Open(directory);
        return FacetMerges.Of(reader.IndexCommit.UserData, FacetDimension.People);
    }

    [Fact]
    public void A_rebuild_records_the_people_values_the_collection_merges()
    {
        WriteArticle("news.jsonl", PeopleLine("a", "Angela Merkel", "Emmanuel Macron") + PeopleLine("b", "Angela Merkel") + PeopleLine("c", "Angela Merkel") + PeopleLine("d", "Merkel", "Emmanuel Macron"));
        Rebuild();
        Assert.Equal(new Dictionary<string, string> { ["Merkel"] = "Angela Merkel" }, MergedPeople());
    }

    [Fact]
    public void A_family_name_named_beside_none_of_the_full_names_company_stays_apart()
    {
        WriteArticle("news.jsonl", PeopleLine("a", "Angela Merkel", "Emmanuel Macron") + PeopleLine("b", "Angela Merkel") + PeopleLine("c", "Angela Merkel") +
            PeopleLine("d", "Merkel", "Lindsay Lohan"));
        Rebuild();
        Assert.Empty(MergedPeople());
    }

    private static string FewFullNameArticlesAndManyFamilyNameArticles() =>
        PeopleLine("a", "Angela Merkel", "Emmanuel Macron") + PeopleLine("b", "Angela Merkel") + PeopleLine("c", "Angela Merkel") +
        PeopleLine("d", "Merkel", "Emmanuel Macron") + PeopleLine("e", "Merkel", "Mark Rutte") + PeopleLine("f", "Merkel", "Pedro Sanchez");

    [Fact]
    public void A_family_name_keeping_the_full_names_company_far_more_often_than_the_other_articles_joins_it()
    {
        WriteArticle("news.jsonl", FewFullNameArticlesAndManyFamilyNameArticles() +
            PeopleLine("g", "Lindsay Lohan", "Paris Hilton") + PeopleLine("h", "Roger Federer", "Rafael Nadal") + PeopleLine("i", "Mark Rutte", "Pedro Sanchez"));
        Rebuild();
        Assert.Equal(new Dictionary<string, string> { ["Merkel"] = "Angela Merkel" }, MergedPeople());
    }

    [Fact]
    public void A_family_name_keeping_the_full_names_company_as_often_as_the_other_articles_stays_apart()
    {
        WriteArticle("news.jsonl", FewFullNameArticlesAndManyFamilyNameArticles() +
            PeopleLine("g", "Emmanuel Macron", "Paris Hilton") + PeopleLine("h", "Roger Federer", "Emmanuel Macron") + PeopleLine("i", "Mark Rutte", "Pedro Sanchez"));
        Rebuild();
        Assert.Empty(MergedPeople());
    }

    [Fact]
    public void A_family_name_whose_articles_name_no_one_else_joins_the_full_name_that_dominates()
    {
        WriteArticle("news.jsonl", PeopleLine("a", "Angela Merkel", "Emmanuel Macron") + PeopleLine("b", "Angela Merkel") + PeopleLine("c", "Angela Merkel") +
            PeopleLine("d", "Merkel"));
        Rebuild();
        Assert.Equal(new Dictionary<string, string> { ["Merkel"] = "Angela Merkel" }, MergedPeople());
    }

    [Fact]
    public void An_update_merges_people_values_again_over_the_collection_it_leaves()
    {
        WriteArticle("news.jsonl", PeopleLine("a", "Angela Merkel", "Emmanuel Macron") + PeopleLine("b", "Angela Merkel") + PeopleLine("c", "Angela Merkel") + PeopleLine("d", "Merkel", "Emmanuel Macron"));
        Rebuild();
        WriteArticle("more.jsonl", PeopleLine("e", "Joachim Merkel") + PeopleLine("f", "Joachim Merkel"));
        Update();
        Assert.Empty(MergedPeople());
    }

    [Fact]
    public void Copies_of_one_text_count_once_toward_the_name_that_dominates_the_collection()
    {
        var wire = string.Join(' ', Enumerable.Repeat("The chancellor told reporters in Berlin that the talks on the budget would go on through the week.", 3));
        WriteArticle("news.jsonl", string.Concat(new[] { "a", "b", "c" }.Select(id => JsonSerializer.Serialize(new { id, title = "Talks", body = wire, people = new[] { "Angela Merkel", "Emmanuel Macron" } }) + "\n")) +
            PeopleLine("d", "Merkel", "Emmanuel Macron"));
        Rebuild();
        Assert.Empty(MergedPeople());
    }

    [Fact]
    public void Statistics_count_people_values_as_the_facets_merge_them()
    {
        WriteArticle("news.jsonl", PeopleLine("a", "Angela Merkel", "Olaf Scholz") + PeopleLine("b", "Angela Merkel") + PeopleLine("c", "Angela Merkel") +
            PeopleLine("d", "Merkel", "Olaf Scholz"));
        Rebuild();
        Assert.Equal([new FacetCount("Angela Merkel", 4), new FacetCount("Olaf Scholz", 2)], IndexStatistics.Read(_store).Facets[ArticleSchema.People]);
    }

    [Fact]
    public void Update_leaves_no_spill_file_behind()
    {
        WriteArticle("wire.txt", Stories.WireHeadline + "\n\n" + Stories.Wire);
        Rebuild();
        WriteArticle("copy.txt", "Copy\n\n" + ChainMiddle);
        Update();
        Assert.DoesNotContain(Directory.GetFiles(_store.Root), file => file.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public void Update_adds_an_article_whose_file_is_new()
    {
        WriteArticle("a.txt", "Title A\n\nBody A.");
        Rebuild();
        WriteArticle("b.txt", "Title B\n\nBody B.");
        var report = Update();
        Assert.Equal((1, 1, 0), (report.Indexed, report.Unchanged, report.Removed));
        Assert.Equal(["a", "b"], IndexedBodies().Keys);
    }

    [Fact]
    public void Update_reindexes_an_article_whose_file_changed()
    {
        WriteArticle("a.txt", "Title A\n\nOld body.");
        Rebuild();
        WriteArticle("a.txt", "Title A\n\nNew body.");
        var report = Update();
        Assert.Equal(1, report.Indexed);
        Assert.Contains("New body.", IndexedBodies()["a"]);
        Assert.Single(IndexedBodies());
    }

    [Fact]
    public void Update_removes_articles_whose_files_are_gone()
    {
        WriteArticle("a.txt", "Title A\n\nBody A.");
        WriteArticle("b.txt", "Title B\n\nBody B.");
        Rebuild();
        File.Delete(Path.Combine(Source, "b.txt"));
        var report = Update();
        Assert.Equal(1, report.Removed);
        Assert.Equal(["a"], IndexedBodies().Keys);
    }

    [Fact]
    public void Update_leaves_unchanged_articles_alone()
    {
        WriteArticle("a.txt", "Title A\n\nBody A.");
        Rebuild();
        var report = Update();
        Assert.Equal((0, 1, 0), (report.Indexed, report.Unchanged, report.Removed));
    }

    [Fact]
    public void Update_removes_the_article_of_a_page_that_changed_and_now_holds_none()
    {
        WriteArticle("a.html", "<html><body><article><p>A story about the harbour plans, told at length.</p></article></body></html>");
        WriteArticle("b.txt", "Title B\n\nBody B.");
        Rebuild();
        WriteArticle("a.html", "<html><body></body></html>");
        var report = Update();
        Assert.Equal((0, 1, 1), (report.Indexed, report.Unchanged, report.Removed));
        Assert.Equal(["b"], IndexedBodies().Keys);
    }

    [Fact]
    public void Update_keeps_the_articles_of_a_file_it_cannot_read_this_time()
    {
        WriteArticle("a.txt", "Title A\n\nBody A.");
        Rebuild();
        _dir.Write("articles/a.txt", [0, 0, 0]);
        var report = Update();
        Assert.Single(report.Failed);
        Assert.Equal(0, report.Removed);
        Assert.Equal(["a"], IndexedBodies().Keys);
    }

    [Fact]
    public void Update_without_an_index_says_that_nothing_was_published_there()
    {
        WriteArticle("a.txt", "Title\n\nBody.");
        var missing = Assert.Throws<IndexUnusableException>(Update);
        Assert.True(missing.NothingPublished);
    }

    [Fact]
    public void Statistics_count_facet_values_of_live_articles_only()
    {
        WriteArticle("a.jsonl", """
            {"id": "1", "body": "b", "outlet": "Daily Wrap", "date": "2024-10-19"}
            {"id": "2", "body": "b", "outlet": "Daily Wrap", "date": "2024-10-19"}
            {"id": "3", "body": "b", "outlet": "Sweden Herald", "date": "2024-10-24"}
            """);
        Rebuild();
        WriteArticle("a.jsonl", """
            {"id": "1", "body": "b", "outlet": "Daily Wrap", "date": "2024-10-19"}
            {"id": "3", "body": "b", "outlet": "Sweden Herald", "date": "2024-10-24"}
            """);
        Update();
        var stats = IndexStatistics.Read(_store);
        Assert.Equal(2, stats.Documents);
        Assert.Equal([new FacetCount("Daily Wrap", 1), new FacetCount("Sweden Herald", 1)], stats.Facets[ArticleSchema.Outlet]);
        Assert.NotNull(stats.BuiltAt);
        Assert.NotNull(stats.UpdatedAt);
        Assert.True(stats.SizeBytes > 0);
    }
}
