using SearchEngine.Indexing.Cli;
using SearchEngine.Indexing.Schema;
using SearchEngine.Tests.Support;
using System.Text.Json;
using SearchEngine.Querying.Cli;
using SearchEngine.Querying.SavedQueries;
using SearchEngine.Querying.Search;
using static SearchEngine.Tests.Cli.Results;

namespace SearchEngine.Tests.Cli;

public sealed class SavedCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly CliHarness _cli = new();
    private readonly string _savedFile;
    private string[] _ranked = ["a1", "a2"];

    public SavedCommandTests()
    {
        _savedFile = _folder.Combine("saved.json");
        _cli.Environment["SEARCHENGINE_SAVED_QUERIES"] = _savedFile;
        _cli.Environment["SEARCHENGINE_INDEX"] = CliHarness.PublishedEmptyIndex(_folder.Combine("index"));
        _cli.Search = request => Of(_ranked.Skip(request.Offset).Take(request.Limit).Select(id => Hit(id)).ToArray()) with { Total = _ranked.Length };
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Add_saves_the_query_with_its_filters_in_the_file_named_by_the_variable()
    {
        Assert.Equal(ExitCodes.Success, _cli.Run("saved", "add", "grain", "grain AND ukraine", "--outlet", "Daily Herald", "--from", "2024-01-01", "--sort", "date"));

        var saved = new SavedQueryStore(_savedFile).Get("grain");
        Assert.Equal("grain AND ukraine", saved.Query);
        Assert.Equal(["Daily Herald"], saved.Filters.Selected(FacetDimension.Outlet));
        Assert.Equal(new DateOnly(2024, 1, 1), saved.Filters.From);
        Assert.Equal(SortOrder.Date, saved.Sort);
        Assert.Equal(_cli.Now, saved.CreatedAt);
    }

    [Fact]
    public void The_saved_file_option_overrides_the_variable()
    {
        var other = _folder.Combine("other.json");

        _cli.Run("saved", "add", "grain", "grain", "--saved-file", other);

        Assert.Single(new SavedQueryStore(other).Load());
        Assert.False(File.Exists(_savedFile));
    }

    [Fact]
    public void Adding_an_existing_name_is_a_usage_error_unless_replacing()
    {
        _cli.Run("saved", "add", "grain", "first");

        Assert.Equal(ExitCodes.Usage, _cli.Run("saved", "add", "grain", "second"));
        Assert.Contains("'grain' already exists; add --replace to overwrite it", _cli.Error);

        Assert.Equal(ExitCodes.Success, _cli.Run("saved", "add", "grain", "second", "--replace"));
        Assert.Equal("second", new SavedQueryStore(_savedFile).Get("grain").Query);
    }

    [Fact]
    public void An_invalid_name_is_a_usage_error_with_the_reason()
    {
        Assert.Equal(ExitCodes.Usage, _cli.Run("saved", "add", ".grain", "grain"));

        Assert.Contains("must not start with a dot", _cli.Error);
    }

    [Fact]
    public void List_shows_each_query_with_its_last_run_time()
    {
        _cli.Run("saved", "add", "grain", "grain", "--outlet", "Daily Herald");
        _cli.Run("saved", "add", "wheat", "wheat");
        _cli.Run("saved", "run", "grain");

        Assert.Equal(ExitCodes.Success, _cli.Run("saved", "list"));

        var lines = _cli.Out.ReplaceLineEndings("\n").TrimEnd().Split('\n');
        Assert.Matches(@"^NAME\s+LAST RUN\s+HITS\s+SEARCH$", lines[0]);
        Assert.Matches(@"^grain\s+2024-03-20 09:30\s+2\s+grain --outlet 'Daily Herald'$", lines[1]);
        Assert.Matches(@"^wheat\s+never\s+-\s+wheat$", lines[2]);
    }

    [Fact]
    public void Run_prints_the_results_and_records_as_seen_only_those_it_printed()
    {
        _ranked = ["a1", "a2", "a3"];
        _cli.Run("saved", "add", "grain", "grain");

        Assert.Equal(ExitCodes.Success, _cli.Run("saved", "run", "grain", "--format", "json", "--limit", "1"));

        var hits = JsonDocument.Parse(_cli.Out).RootElement.GetProperty("hits");
        Assert.Equal(["a1"], hits.EnumerateArray().Select(h => h.GetProperty("id").GetString()));
        var run = new SavedQueryStore(_savedFile).Get("grain").LastRun!;
        Assert.Equal(["a1"], run.HitIds);
        Assert.Equal(_cli.Now, run.At);
    }

    [Fact]
    public void Run_with_new_shows_only_hits_since_the_previous_run()
    {
        _cli.Run("saved", "add", "grain", "grain");
        _cli.Run("saved", "run", "grain");
        _ranked = ["b1", "a1", "b2", "a2"];

        Assert.Equal(ExitCodes.Success, _cli.Run("saved", "run", "grain", "--new", "--format", "csv"));

        var ids = _cli.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(row => row.Split(',')[0]);
        Assert.Equal(["b1", "b2"], ids);
    }

    [Fact]
    public void Running_with_new_twice_shows_nothing_the_second_time()
    {
        _cli.Run("saved", "add", "grain", "grain");
        _cli.Run("saved", "run", "grain", "--new");

        _cli.Run("saved", "run", "grain", "--new", "--format", "json");

        Assert.Equal(0, JsonDocument.Parse(_cli.Out).RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public void Running_with_new_when_nothing_is_new_says_so_and_when_the_last_run_was_not_that_there_are_no_results()
    {
        _cli.Run("saved", "add", "grain", "grain");
        _cli.Run("saved", "run", "grain");
        _cli.Now = _cli.Now.AddDays(1);

        Assert.Equal(ExitCodes.Success, _cli.Run("saved", "run", "grain", "--new"));

        Assert.Equal(
            $"Nothing new for 'grain' since the last run, 2024-03-20 09:30 (2 hits, all shown before){Environment.NewLine}", _cli.Out);
    }

    [Fact]
    public void A_run_that_cannot_be_recorded_keeps_its_results_and_says_the_seen_record_was_not_saved_naming_the_file()
    {
        _cli.Run("saved", "add", "grain", "grain");
        new FileInfo(_savedFile).IsReadOnly = true;

        Assert.Equal(ExitCodes.Failure, _cli.Run("saved", "run", "grain", "--format", "line"));

        Assert.Contains("a1", _cli.Out);
        Assert.StartsWith(
            $"query: the results above are complete, but the record of the hits this run showed (for --new) could not be saved in {_savedFile}",
            _cli.Error);
        Assert.Null(new SavedQueryStore(_savedFile).Get("grain").LastRun);
    }

    [Fact]
    public void A_run_that_fails_on_the_query_records_nothing()
    {
        new SavedQueryStore(_savedFile).Add(new SavedQuery { Name = "grain", Query = "grain" });
        _cli.Search = _ => throw new QuerySyntaxException("unbalanced parenthesis");

        Assert.Equal(ExitCodes.Usage, _cli.Run("saved", "run", "grain"));

        Assert.Null(new SavedQueryStore(_savedFile).Get("grain").LastRun);
    }

    [Fact]
    public void Adding_a_query_of_stop_words_alone_saves_it_with_the_warning_search_gives()
    {
        Assert.Equal(ExitCodes.Success, _cli.Run("saved", "add", "p5", "the"));

        Assert.Equal($"query: warning: the query is only stop words, which are left out unless quoted: \"the\"{Environment.NewLine}", _cli.Error);
        Assert.Equal("the", new SavedQueryStore(_savedFile).Get("p5").Query);
    }

    [Fact]
    public void Adding_a_query_that_cannot_be_read_is_refused_as_search_refuses_it_and_saves_nothing()
    {
        Assert.Equal(ExitCodes.Usage, _cli.Run("saved", "add", "grain", "\"unbalanced"));

        Assert.StartsWith("query: cannot understand the query: ", _cli.Error);
        Assert.Contains("Hint: the query can be retried as plain words", _cli.Error);
        Assert.False(File.Exists(_savedFile));
    }

    [Fact]
    public void Running_with_new_counts_articles_over_the_new_hits_only()
    {
        _cli.Search = request => Of([.. _ranked.Skip(request.Offset).Take(request.Limit).Select(id => Hit(id) with { SimilarCount = 1 })])
            with { Total = _ranked.Length, TotalArticles = 2 * _ranked.Length, TotalStories = _ranked.Length };
        _cli.Run("saved", "add", "grain", "grain");
        _cli.Run("saved", "run", "grain");
        _ranked = ["b1", "a1", "a2"];

        _cli.Run("saved", "run", "grain", "--new", "--format", "json");

        var counts = JsonDocument.Parse(_cli.Out).RootElement;
        Assert.Equal(1, counts.GetProperty("total").GetInt32());
        Assert.Equal(2, counts.GetProperty("totalArticles").GetInt32());
        Assert.Equal(0, counts.GetProperty("totalStories").GetInt32());
    }

    [Fact]
    public void Running_an_unknown_name_is_a_usage_error()
    {
        Assert.Equal(ExitCodes.Usage, _cli.Run("saved", "run", "nope"));

        Assert.Contains("no saved query named 'nope'", _cli.Error);
    }

    [Fact]
    public void Running_without_an_index_exits_3()
    {
        _cli.Run("saved", "add", "grain", "grain");
        _cli.Environment["SEARCHENGINE_INDEX"] = _folder.Combine("missing");

        Assert.Equal(ExitCodes.IndexUnavailable, _cli.Run("saved", "run", "grain"));
    }

    [Fact]
    public void Remove_deletes_the_query()
    {
        _cli.Run("saved", "add", "grain", "grain");

        Assert.Equal(ExitCodes.Success, _cli.Run("saved", "remove", "grain"));

        Assert.Empty(new SavedQueryStore(_savedFile).Load());
        Assert.Equal(ExitCodes.Usage, _cli.Run("saved", "remove", "grain"));
    }

    [Fact]
    public void Remove_names_the_query_as_it_was_stored_not_as_typed()
    {
        _cli.Run("saved", "add", "ivory", "ivory");

        Assert.Equal(ExitCodes.Success, _cli.Run("saved", "remove", "IVORY"));

        Assert.Contains("Removed 'ivory' from", _cli.Out);
    }

    [Fact]
    public void List_of_an_empty_file_says_it_holds_no_saved_queries_naming_it()
    {
        File.WriteAllText(_savedFile, "");

        Assert.Equal(ExitCodes.Success, _cli.Run("saved", "list"));

        Assert.Equal($"No saved queries in {_savedFile}{Environment.NewLine}", _cli.Error);
    }

    [Fact]
    public void A_corrupt_saved_file_fails_with_its_path_and_is_left_alone()
    {
        File.WriteAllText(_savedFile, "{ not json");

        Assert.Equal(ExitCodes.Failure, _cli.Run("saved", "add", "grain", "grain"));

        Assert.Contains(_savedFile, _cli.Error);
        Assert.Contains("line 1, column", _cli.Error);
        Assert.Equal("{ not json", File.ReadAllText(_savedFile));
    }
}
