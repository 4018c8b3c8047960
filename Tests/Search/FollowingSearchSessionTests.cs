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
        _session.Followed += console.IndexRebuilt;
        console.Start();

        _index.Rebuild(Article("a", "Cocoa"), Article("b", "Coffee"));
        console.SetQueryText("co");

        Assert.Equal("the index was rebuilt: searching the new build (2 articles)", console.Notice);
    }

    [Fact]
    public void Without_a_rebuild_the_console_has_nothing_to_say()
    {
        var console = new SearchConsole(_session, new InlineLane(), new InlineLane());
        _session.Followed += console.IndexRebuilt;
        console.Start();

        console.SetQueryText("co");

        Assert.Null(console.Notice);
    }
}
