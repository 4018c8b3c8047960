using System.Text.Json;
using SearchEngine.Indexing.Cli;
using SearchEngine.Indexing.Extraction;
using SearchEngine.Indexing.Writing;
using SearchEngine.Querying.Cli;
using SearchEngine.Tests.Dedup;
using SearchEngine.Tests.Support;

namespace SearchEngine.Tests.Cli;

/// <summary><c>query search --all</c>, <c>query similar</c> and <c>query diff</c> against a real index holding copies of one wire story.</summary>
public sealed class CopiesCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly CliHarness _cli = new();
    private readonly string _index;

    public CopiesCommandTests()
    {
        _index = _folder.Combine("index");
        _folder.Write("src/feed.jsonl", string.Join("\n",
            Record("wire", Stories.Wire, "Wire Agency", "2024-03-05"),
            Record("copy", Stories.Wire.Replace("harbour", "harbor"), "Sweden Herald", "2024-03-06"),
            Record("other", Stories.OtherStories[0], "Daily Wrap", "2024-03-06")));
        new IndexBuilder(ArticlePipeline.Default, new BuildOptions()).Rebuild([_folder.Combine("src")], new IndexStore(_index), IBuildProgress.None);
    }

    public void Dispose() => _folder.Dispose();

    private static string Record(string id, string body, string outlet, string date) =>
        JsonSerializer.Serialize(new { id, title = "Story " + id, body, outlet, date });

    private JsonElement Json(params string[] args)
    {
        Assert.Equal(ExitCodes.Success, _cli.Run([.. args, "--index", _index]));
        return JsonDocument.Parse(_cli.Out).RootElement;
    }

    [Fact]
    public void Search_json_gives_collapsed_hits_and_every_article_counted()
    {
        var root = Json("search", "ferry", "--format", "json");
        Assert.Equal(1, root.GetProperty("total").GetInt32());
        Assert.Equal(2, root.GetProperty("totalArticles").GetInt32());
        var hit = Assert.Single(root.GetProperty("hits").EnumerateArray());
        Assert.Equal(1, hit.GetProperty("similar").GetInt32());
        Assert.Single(hit.GetProperty("similarOutlets").EnumerateArray());
    }

    [Fact]
    public void Search_with_all_shows_every_copy()
    {
        Assert.Equal(2, Json("search", "ferry", "--all", "--format", "json").GetProperty("hits").GetArrayLength());
    }

    [Fact]
    public void Similar_lists_the_copy_with_its_resemblance()
    {
        var copy = Assert.Single(Json("similar", "feed/wire", "--json").GetProperty("copies").EnumerateArray());
        Assert.Equal("feed/copy", copy.GetProperty("id").GetString());
        Assert.InRange(copy.GetProperty("resemblance").GetDouble(), 0.3, 1);
    }

    [Fact]
    public void Diff_without_colour_marks_deleted_and_inserted_words_readably()
    {
        Assert.Equal(ExitCodes.Success, _cli.Run("diff", "feed/wire", "feed/copy", "--index", _index));
        Assert.Contains("[-harbour-]{+harbor+}", _cli.Out.Replace(" ", ""));
    }

    [Fact]
    public void Diff_json_gives_the_pieces_in_reading_order()
    {
        var pieces = Json("diff", "feed/wire", "feed/copy", "--json").GetProperty("pieces").EnumerateArray().ToList();
        Assert.Equal("kept", pieces[0].GetProperty("kind").GetString());
        Assert.Contains(pieces, p => p.GetProperty("kind").GetString() == "inserted" && p.GetProperty("text").GetString()!.Contains("harbor"));
    }

    [Fact]
    public void An_unknown_id_is_a_usage_error_naming_it()
    {
        Assert.Equal(ExitCodes.Usage, _cli.Run("similar", "feed/nothing", "--index", _index));
        Assert.Contains("feed/nothing", _cli.Error);
    }
}
