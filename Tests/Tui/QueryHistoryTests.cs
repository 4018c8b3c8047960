using SearchEngine.Indexing;
using SearchEngine.Querying.Tui.Models;
using SearchEngine.Tests.Support;

namespace SearchEngine.Tests.Tui;

public sealed class QueryHistoryTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string File => _folder.Combine("state", "searchengine", "history");

    [Fact]
    public void Queries_are_remembered_across_sessions()
    {
        new QueryHistory(File).Add("Kim Jong Un");

        Assert.Equal(["Kim Jong Un"], new QueryHistory(File).Entries);
    }

    [Fact]
    public void A_query_used_again_moves_to_the_end_and_is_kept_once()
    {
        var history = new QueryHistory(File);
        history.Add("putin");
        history.Add("kim");

        history.Add("putin");

        Assert.Equal(["kim", "putin"], history.Entries);
    }

    [Fact]
    public void Only_the_latest_queries_are_kept()
    {
        var history = new QueryHistory(File);

        for (var i = 0; i < QueryHistory.Capacity + 10; i++) history.Add($"query {i}");

        Assert.Equal(QueryHistory.Capacity, new QueryHistory(File).Entries.Count);
        Assert.Equal($"query {QueryHistory.Capacity + 9}", history.Entries[^1]);
    }

    [Fact]
    public void Blank_queries_are_not_remembered()
    {
        var history = new QueryHistory(File);

        history.Add("   ");

        Assert.Empty(history.Entries);
    }

    [Fact]
    public void A_hand_edited_file_with_duplicates_keeps_each_query_once()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(File)!);
        System.IO.File.WriteAllLines(File, ["a", "b", "a", "", "c"]);

        Assert.Equal(["b", "a", "c"], new QueryHistory(File).Entries);
    }

    [Fact]
    public void Matching_finds_earlier_queries_containing_the_text_latest_first()
    {
        var history = new QueryHistory(File);
        history.Add("Kim Jong Un");
        history.Add("putin");
        history.Add("kim summit");

        Assert.Equal(["kim summit", "Kim Jong Un"], history.Matching("KIM"));
    }

    [Fact]
    public void The_history_file_is_private_to_its_owner()
    {
        new QueryHistory(File).Add("kim");

        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, System.IO.File.GetUnixFileMode(File));
    }

    [Fact]
    public void The_file_lives_under_XDG_STATE_HOME()
    {
        var path = DefaultPaths.HistoryFile(name => name == "XDG_STATE_HOME" ? "/state" : null);

        Assert.Equal("/state/searchengine/history", path);
    }

    [Fact]
    public void Without_XDG_STATE_HOME_it_lives_under_the_home_folder()
    {
        var path = DefaultPaths.HistoryFile(name => name == "HOME" ? "/home/ana" : null);

        Assert.Equal("/home/ana/.local/state/searchengine/history", path);
    }

    [Fact]
    public void Up_goes_to_older_queries_and_down_comes_back_to_what_was_typed()
    {
        var history = new QueryHistory(File);
        history.Add("first");
        history.Add("second");
        var cursor = new HistoryCursor(history);

        Assert.Equal("second", cursor.Older("draft"));
        Assert.Equal("first", cursor.Older("second"));
        Assert.Null(cursor.Older("first"));
        Assert.Equal("second", cursor.Newer());
        Assert.Equal("draft", cursor.Newer());
        Assert.Null(cursor.Newer());
    }
}
