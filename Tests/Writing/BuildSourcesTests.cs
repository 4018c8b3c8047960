using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchEngine.Indexing.Extraction;
using SearchEngine.Indexing.Schema;
using SearchEngine.Indexing.Writing;
using SearchEngine.Tests.Support;

namespace SearchEngine.Tests.Writing;

/// <summary>What an index is built from: ids unique across its sources, updates that remove only what they were asked to, and no empty index in place of a live one.</summary>
public sealed class BuildSourcesTests : IDisposable
{
    private readonly TempFolder _dir = new();
    private readonly IndexStore _store;

    public BuildSourcesTests() => _store = new IndexStore(_dir.Combine("index"));

    public void Dispose() => _dir.Dispose();

    private static IndexBuilder Builder(BuildOptions? options = null) => new(ArticlePipeline.Default, options ?? new BuildOptions { Threads = 2 });

    private string Folder(string name) => _dir.Combine(name);

    private void Write(string path, string title) => _dir.Write(path, $"{title}\n\nTroops arrived in the region on {title}, officials said.");

    private BuildReport Rebuild(params string[] sources) => Builder().Rebuild([.. sources.Select(Folder)], _store, IBuildProgress.None);

    private BuildReport Update(BuildOptions? options, params string[] sources) => Builder(options).Update([.. sources.Select(Folder)], _store, IBuildProgress.None);

    private string[] Ids() => Ids(_store);

    private static string[] Ids(IndexStore store)
    {
        using var directory = store.OpenCurrent();
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        return [.. searcher.Search(new MatchAllDocsQuery(), 1000).ScoreDocs.Select(h => searcher.Doc(h.Doc).Get(ArticleSchema.Id)).Order(StringComparer.Ordinal)];
    }

    private void WriteParentWithTwoFolders()
    {
        Write("news/sub/a.txt", "Monday");
        Write("news/sub/b.txt", "Tuesday");
        Write("news/other/c.txt", "Wednesday");
        Write("news/other/d.txt", "Thursday");
    }

    [Fact]
    public void Two_sources_holding_the_same_file_name_give_each_article_an_id_of_its_own()
    {
        Write("a/001.txt", "Monday");
        Write("b/001.txt", "Tuesday");

        var report = Rebuild("a", "b");

        Assert.Equal((2, 0), (report.Indexed, report.Failed.Count));
        Assert.Equal(["a/001", "b/001"], Ids());
    }

    [Fact]
    public void Ids_do_not_depend_on_the_order_the_sources_are_given_in()
    {
        Write("a/001.txt", "Monday");
        Write("b/001.txt", "Tuesday");
        Rebuild("b", "a");
        var reversed = Ids();

        Rebuild("a", "b");

        Assert.Equal(reversed, Ids());
    }

    [Fact]
    public void One_source_folder_keeps_ids_relative_to_itself()
    {
        Write("news/sub/a.txt", "Monday");

        Rebuild("news");

        Assert.Equal(["sub/a"], Ids());
    }

    [Fact]
    public void An_update_given_a_subfolder_keeps_the_rest_of_the_index_and_counts_it()
    {
        WriteParentWithTwoFolders();
        Rebuild("news");

        var report = Update(null, "news/sub");

        Assert.Equal((0, 2, 0, 2), (report.Indexed, report.Unchanged, report.Removed, report.KeptFromOtherSources));
        Assert.Equal(["other/c", "other/d", "sub/a", "sub/b"], Ids());
    }

    [Fact]
    public void An_update_given_a_subfolder_still_removes_the_articles_whose_files_left_it()
    {
        WriteParentWithTwoFolders();
        Rebuild("news");
        File.Delete(Folder("news/sub/b.txt"));

        var report = Update(null, "news/sub");

        Assert.Equal(1, report.Removed);
        Assert.Equal(["other/c", "other/d", "sub/a"], Ids());
    }

    [Fact]
    public void An_update_asked_to_remove_unlisted_sources_removes_their_articles_and_counts_them()
    {
        WriteParentWithTwoFolders();
        Rebuild("news");

        var report = Update(new BuildOptions { Threads = 2, RemoveUnlisted = true }, "news/sub");

        Assert.Equal((2, 2), (report.Removed, report.RemovedFromOtherSources));
        Assert.Equal(["sub/a", "sub/b"], Ids());
    }

    [Fact]
    public void An_update_with_a_source_outside_the_folder_the_ids_are_relative_to_is_refused_and_changes_nothing()
    {
        WriteParentWithTwoFolders();
        Write("elsewhere/e.txt", "Friday");
        Rebuild("news");

        var refused = Assert.Throws<IndexSourcesException>(() => Update(null, "elsewhere"));

        Assert.Contains($"{Folder("elsewhere")} is outside {Folder("news")}", refused.Message);
        Assert.Equal(["other/c", "other/d", "sub/a", "sub/b"], Ids());
    }

    [Fact]
    public void A_rebuild_given_a_folder_of_articles_as_its_index_is_refused_and_writes_nothing_there()
    {
        Write("coverage/a.txt", "Monday");
        Write("wires/b.txt", "Tuesday");
        var articles = new IndexStore(Folder("coverage"));

        var refused = Assert.Throws<IndexSourcesException>(() => Builder().Rebuild([Folder("wires")], articles, IBuildProgress.None));

        Assert.Contains($"{Folder("coverage")} holds articles, not an index", refused.Message);
        Assert.Contains($"--index {Folder("coverage")}-index", refused.Message);
        Assert.Equal(["a.txt"], Directory.EnumerateFileSystemEntries(Folder("coverage")).Select(Path.GetFileName));
    }

    [Fact]
    public void An_update_with_a_new_source_inside_the_root_adds_it_and_the_index_then_holds_both()
    {
        Write("news/sub/a.txt", "Monday");
        Rebuild("news/sub", "news/other");
        Write("news/third/c.txt", "Tuesday");

        Update(null, "news/third");
        var report = Update(null, "news/sub", "news/third");

        Assert.Equal(["sub/a", "third/c"], Ids());
        Assert.Equal(0, report.Removed);
    }

    [Fact]
    public void A_rebuild_that_finds_no_articles_keeps_the_live_index()
    {
        Write("news/a.txt", "Monday");
        Rebuild("news");
        Directory.CreateDirectory(Folder("empty"));

        var failed = Assert.Throws<BuildFailedException>(() => Rebuild("empty"));

        Assert.Contains("found no articles", failed.Message);
        Assert.Equal(["a"], Ids());
    }

    [Fact]
    public void A_rebuild_that_finds_no_articles_replaces_the_live_index_when_asked()
    {
        Write("news/a.txt", "Monday");
        Rebuild("news");
        Directory.CreateDirectory(Folder("empty"));

        Builder(new BuildOptions { AllowEmpty = true }).Rebuild([Folder("empty")], _store, IBuildProgress.None);

        Assert.Empty(Ids());
    }

    [Fact]
    public void An_index_kept_inside_its_source_folder_is_passed_over_in_one_line()
    {
        Write("victim/a.txt", "Monday");
        var inside = new IndexStore(Folder("victim/index"));
        Builder().Rebuild([Folder("victim")], inside, IBuildProgress.None);

        var report = Builder().Update([Folder("victim")], inside, IBuildProgress.None);

        var skipped = Assert.Single(report.Skipped);
        Assert.Equal("index/", skipped.Location);
        Assert.Contains("an index folder", skipped.Reason);
        Assert.Equal(["a"], Ids(inside));
    }

    private void WritePageWithLinks()
    {
        Write("site/nested/deeper/page.txt", "Monday");
        Write("site/other.txt", "Tuesday");
        File.CreateSymbolicLink(Folder("site/link-to-page.txt"), "nested/deeper/page.txt");
        Directory.CreateSymbolicLink(Folder("site/linkdir"), "nested");
    }

    [Fact]
    public void A_page_reached_as_itself_through_a_link_and_through_a_linked_folder_is_indexed_once_under_its_real_path()
    {
        WritePageWithLinks();

        var report = Rebuild("site");

        Assert.Equal(["nested/deeper/page", "other"], Ids());
        Assert.Equal(["link-to-page.txt", "linkdir/"], report.Skipped.Select(s => s.Location));
        Assert.Equal("a link to nested/deeper/page.txt, which is read under that path", report.Skipped[0].Reason);
        Assert.Equal("a link to the folder nested/, whose files are read under their own paths", report.Skipped[1].Reason);
    }

    [Fact]
    public void A_page_reached_only_through_a_linked_folder_is_indexed_under_its_real_path()
    {
        Write("site/nested/deeper/page.txt", "Monday");
        Directory.CreateSymbolicLink(Folder("site/linkdir"), "nested");

        Rebuild("site");

        Assert.Equal(["nested/deeper/page"], Ids());
    }

    [Fact]
    public void A_link_to_a_file_outside_every_source_is_indexed_under_the_links_path()
    {
        Write("elsewhere/story.txt", "Monday");
        Write("site/own.txt", "Tuesday");
        File.CreateSymbolicLink(Folder("site/story-link.txt"), Folder("elsewhere/story.txt"));

        var report = Rebuild("site");

        Assert.Equal(["own", "story-link"], Ids());
        Assert.Empty(report.Skipped);
    }

    [Fact]
    public void An_update_after_links_to_indexed_pages_are_added_keeps_the_index_as_it_was()
    {
        Write("site/nested/deeper/page.txt", "Monday");
        Write("site/other.txt", "Tuesday");
        Rebuild("site");
        File.CreateSymbolicLink(Folder("site/link-to-page.txt"), "nested/deeper/page.txt");
        Directory.CreateSymbolicLink(Folder("site/linkdir"), "nested");

        var report = Update(null, "site");

        Assert.Equal((0, 2, 0, 2), (report.Indexed, report.Unchanged, report.Removed, report.Skipped.Count));
        Assert.Equal(["nested/deeper/page", "other"], Ids());
    }

    [Fact]
    public void An_update_after_the_links_are_removed_keeps_the_page_they_led_to()
    {
        WritePageWithLinks();
        Rebuild("site");
        File.Delete(Folder("site/link-to-page.txt"));
        Directory.Delete(Folder("site/linkdir"));

        var report = Update(null, "site");

        Assert.Equal((0, 2, 0), (report.Indexed, report.Unchanged, report.Removed));
        Assert.Equal(["nested/deeper/page", "other"], Ids());
    }

    [Fact]
    public void An_update_after_a_link_to_an_outside_file_is_removed_removes_its_article()
    {
        Write("elsewhere/story.txt", "Monday");
        Write("site/own.txt", "Tuesday");
        File.CreateSymbolicLink(Folder("site/story-link.txt"), Folder("elsewhere/story.txt"));
        Rebuild("site");
        File.Delete(Folder("site/story-link.txt"));

        var report = Update(null, "site");

        Assert.Equal(1, report.Removed);
        Assert.Equal(["own"], Ids());
    }

    [Fact]
    public void An_index_in_the_articles_own_folder_leaves_the_articles_read()
    {
        // Made while the folder was empty (a folder that already holds articles is refused as an index).
        Directory.CreateDirectory(Folder("own"));
        var inside = new IndexStore(Folder("own"));
        Builder(new BuildOptions { Threads = 2, AllowEmpty = true }).Rebuild([Folder("own")], inside, IBuildProgress.None);
        Write("own/a.txt", "Monday");

        var report = Builder().Update([Folder("own")], inside, IBuildProgress.None);

        Assert.Equal((1, 0, 0), (report.Indexed, report.Unchanged, report.Removed));
        Assert.Equal("./", Assert.Single(report.Skipped).Location);
        Assert.Equal(["a"], Ids(inside));
    }
}
