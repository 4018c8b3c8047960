using System.Text.Json;
using SearchEngine.Indexing.Extraction;
using SearchEngine.Indexing.Writing;
using SearchEngine.Querying.Search;
using SearchEngine.Querying.Tui.Models;
using SearchEngine.Tests.Support;
using static SearchEngine.Tests.Search.SearchTestHelpers;
using static SearchEngine.Tests.Support.TestIndex;

namespace SearchEngine.Tests.Search;

/// <summary>A program left open on an index (the console) searches the build the indexer published last.</summary>
public sealed class FollowingSearchSessionTests : IDisposable
{
    private readonly TestIndex _index = Build(Article("old", "Cocoa prices", "Cocoa prices rose in Ghana."));
    private readonly FollowingSearchSession _session;

    public FollowingSearchSessionTests() => _session = FollowingSearchSession.Open(_index.Root);

    public void Dispose()
    {
        _session.Dispose();
        _index.Dispose();
    }

    private string[] Found(string query) => Ids(_session.Search(new SearchRequest { QueryText = query }));

    [Fact]
    public void A_search_after_a_rebuild_reads_the_new_build()
    {
        Found("cocoa");

        _index.Rebuild(Article("new", "Cocoa harvest", "The cocoa harvest was late in Ivory Coast."));

        Assert.Equal(["new"], Found("cocoa"));
    }

    [Fact]
    public void An_article_is_read_from_the_build_the_last_search_moved_to()
    {
        _index.Rebuild(Article("old", "Cocoa prices", "Cocoa prices fell in Ghana."));
        Found("cocoa");

        Assert.Contains("fell", _session.HighlightArticle("old", "cocoa")!.Text);
    }

    [Fact]
    public void The_console_says_when_its_search_moved_to_a_rebuilt_index()
    {
        var console = new SearchConsole(_session, new InlineLane(), new InlineLane());
        _session.Followed += console.IndexFollowed;
        console.Start();

        _index.Rebuild(Article("a", "Cocoa"), Article("b", "Coffee"));
        console.SetQueryText("co");

        Assert.Equal("the index was rebuilt: searching the new build (2 articles)", console.Notice);
    }

    [Fact]
    public void A_search_after_an_update_reads_what_the_update_added_and_removed()
    {
        using var feed = new UpdatedFeed();
        using var session = FollowingSearchSession.Open(feed.Store.Root);
        Assert.Empty(session.Search(new SearchRequest { QueryText = "bridge" }).Hits);

        feed.Add("bridge", "Bridge reopens", "The bridge over the river reopened on Monday.");
        Assert.Single(session.Search(new SearchRequest { QueryText = "bridge" }).Hits);

        feed.Remove("cocoa");
        Assert.Empty(session.Search(new SearchRequest { QueryText = "cocoa" }).Hits);
    }

    [Fact]
    public void The_console_says_when_its_search_moved_to_an_updated_index()
    {
        using var feed = new UpdatedFeed();
        using var session = FollowingSearchSession.Open(feed.Store.Root);
        var console = new SearchConsole(session, new InlineLane(), new InlineLane());
        session.Followed += console.IndexFollowed;
        console.Start();

        feed.Add("bridge", "Bridge reopens", "The bridge over the river reopened on Monday.");
        console.SetQueryText("bridge");

        Assert.Equal("the index was updated: searching its latest state (2 articles)", console.Notice);
    }

    [Fact]
    public void Without_a_rebuild_the_console_has_nothing_to_say()
    {
        var console = new SearchConsole(_session, new InlineLane(), new InlineLane());
        _session.Followed += console.IndexFollowed;
        console.Start();

        console.SetQueryText("co");

        Assert.Null(console.Notice);
    }
}

/// <summary>A folder of sources indexed once, then brought up to date by the indexer's update as files come and go.</summary>
internal sealed class UpdatedFeed : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly IndexBuilder _builder = new(ArticlePipeline.Default, new BuildOptions { Threads = 1 });

    public UpdatedFeed()
    {
        Store = new IndexStore(_folder.Combine("index"));
        Write("cocoa", "Cocoa prices", "Cocoa prices rose in Ghana.");
        _builder.Rebuild([_folder.Combine("src")], Store, IBuildProgress.None);
    }

    public IndexStore Store { get; }

    public void Add(string id, string title, string body)
    {
        Write(id, title, body);
        Update();
    }

    public void Remove(string id)
    {
        File.Delete(_folder.Combine("src", id + ".jsonl"));
        Update();
    }

    public void Dispose() => _folder.Dispose();

    private void Write(string id, string title, string body) =>
        _folder.Write($"src/{id}.jsonl", JsonSerializer.Serialize(new { id, title, body, outlet = "Wire", date = "2024-03-05" }) + "\n");

    private void Update() => _builder.Update([_folder.Combine("src")], Store, IBuildProgress.None);
}
