using SearchEngine.Indexing.Cli;
using SearchEngine.Indexing.Schema;
using SearchEngine.Tests.Support;
using Lucene.Net.Index;
using SearchEngine.Querying.Cli;
using SearchEngine.Querying.Search;
using static SearchEngine.Tests.Cli.Results;

namespace SearchEngine.Tests.Cli;

public sealed class CommandLineTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly CliHarness _cli = new();
    private readonly string _index;

    public CommandLineTests()
    {
        _index = CliHarness.PublishedEmptyIndex(_folder.Combine("index"));
        _cli.Search = _ => Of(Hit("a1", title: "Grain deal"));
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void No_arguments_prints_the_help_and_succeeds()
    {
        Assert.Equal(ExitCodes.Success, _cli.Run());
        Assert.Contains("search", _cli.Out);
        Assert.Contains("saved", _cli.Out);
    }

    [Fact]
    public void A_query_starting_with_an_at_sign_is_searched_for_not_read_as_a_file_of_arguments()
    {
        var file = _folder.Write("arguments.txt", "troops");

        Assert.Equal(ExitCodes.Success, _cli.Run("search", "@" + file, "--index", _index));

        Assert.Equal("@" + file, Assert.Single(_cli.Requests).QueryText);
    }

    [Theory]
    [InlineData("search")]
    [InlineData("saved", "add")]
    [InlineData("saved", "list")]
    [InlineData("saved", "run")]
    [InlineData("saved", "remove")]
    public void Every_command_has_help(params string[] command)
    {
        Assert.Equal(ExitCodes.Success, _cli.Run([.. command, "--help"]));
        Assert.Contains("Usage:", _cli.Out);
    }

    [Theory]
    [InlineData("--limit", "0", "--limit: '0' is not a whole number from 1 to 1000")]
    [InlineData("--limit", "1001", "--limit: '1001' is not a whole number from 1 to 1000")]
    [InlineData("--limit", "ten", "--limit: 'ten' is not a whole number from 1 to 1000")]
    [InlineData("--offset", "-3", "--offset: '-3' is not a whole number of at least 0")]
    [InlineData("--from", "15/03/2024", "--from: '15/03/2024' is not a date in the form yyyy-MM-dd")]
    [InlineData("--to", "2024-02-30", "--to: '2024-02-30' is not a date in the form yyyy-MM-dd")]
    [InlineData("--sort", "newest", "--sort: 'newest' is not one of relevance, date")]
    [InlineData("--format", "xml", "--format: 'xml' is not one of table, line, json, csv")]
    public void A_bad_option_value_is_a_usage_error_naming_the_option_and_value(string option, string value, string message)
    {
        Assert.Equal(ExitCodes.Usage, _cli.Run("search", "grain", "--index", _index, option, value));

        Assert.Contains(message, _cli.Error);
        Assert.Empty(_cli.Out);
        Assert.Empty(_cli.Requests);
    }

    [Fact]
    public void A_from_date_after_the_to_date_is_a_usage_error()
    {
        Assert.Equal(ExitCodes.Usage, _cli.Run("search", "grain", "--from", "2024-03-02", "--to", "2024-03-01"));

        Assert.Contains("--from 2024-03-02 is after --to 2024-03-01", _cli.Error);
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error_that_points_to_the_help()
    {
        Assert.Equal(ExitCodes.Usage, _cli.Run("search", "grain", "--colour"));

        Assert.Contains("'--colour'", _cli.Error);
        Assert.Contains("Run 'query search --help' for usage.", _cli.Error);
    }

    [Fact]
    public void A_missing_query_is_a_usage_error()
    {
        Assert.Equal(ExitCodes.Usage, _cli.Run("search"));
    }

    [Fact]
    public void A_missing_index_whose_path_holds_an_escape_sequence_is_named_with_the_escape_shown_not_sent()
    {
        var missing = _folder.Combine("\u001b]0;owned\u0007");

        _cli.Run("search", "grain", "--index", missing);

        Assert.DoesNotContain('\u001b', _cli.Error);
        Assert.Contains("\u241b]0;owned\u2407", _cli.Error);
    }

    [Fact]
    public void A_missing_index_exits_3_and_says_how_to_build_one()
    {
        var missing = _folder.Combine("nothing here");

        Assert.Equal(ExitCodes.IndexUnavailable, _cli.Run("search", "grain", "--index", missing));

        Assert.Contains($"no index at {missing}", _cli.Error);
        Assert.Contains($"indexer rebuild --source DIR --index '{missing}'", _cli.Error);
        Assert.Empty(_cli.Out);
    }

    [Fact]
    public void A_missing_index_exits_3_with_the_real_searcher_too()
    {
        var real = new CliHarness();

        Assert.Equal(ExitCodes.IndexUnavailable, real.Run("search", "grain", "--index", _folder.Combine("none")));
        Assert.Contains("indexer rebuild --source DIR --index", real.Error);
    }

    [Fact]
    public void A_corrupt_index_exits_3()
    {
        _cli.Search = _ => throw new CorruptIndexException("checksum failed");

        Assert.Equal(ExitCodes.IndexUnavailable, _cli.Run("search", "grain", "--index", _index));

        Assert.Contains("cannot read the index", _cli.Error);
        Assert.Contains("checksum failed", _cli.Error);
        Assert.Contains("indexer rebuild", _cli.Error);
    }

    [Fact]
    public void A_query_syntax_error_exits_2_with_the_message_and_a_plain_words_hint()
    {
        _cli.Search = _ => throw new QuerySyntaxException("unbalanced parenthesis", column: 7);

        Assert.Equal(ExitCodes.Usage, _cli.Run("search", "title:(grain", "--index", _index));

        Assert.Contains("cannot understand the query: unbalanced parenthesis", _cli.Error);
        Assert.Contains("  title:(grain\n        ^", _cli.Error.ReplaceLineEndings("\n"));
        Assert.Contains("retried as plain words: query search 'title grain'", _cli.Error);
        Assert.Empty(_cli.Out);
    }

    [Fact]
    public void A_long_query_is_echoed_only_around_the_column_of_its_error()
    {
        var query = string.Join(' ', Enumerable.Range(0, 300).Select(i => $"w{i}")) + " \"oops";
        _cli.Search = _ => throw new QuerySyntaxException("unbalanced quote", column: query.Length - 4);

        Assert.Equal(ExitCodes.Usage, _cli.Run("search", query, "--index", _index));

        var lines = _cli.Error.ReplaceLineEndings("\n").Split('\n');
        Assert.Contains(lines, line => line.StartsWith("  …") && line.EndsWith("\"oops") && line.Length < 100);
        Assert.Contains(lines, line => line.EndsWith("^") && line.IndexOf('^') == lines.First(l => l.StartsWith("  …")).IndexOf('"'));
        Assert.Contains("Hint: the query can be retried as plain words, without operators or punctuation.", _cli.Error);
    }

    [Fact]
    public void A_query_error_that_knows_what_was_meant_gives_that_hint_instead_of_plain_words()
    {
        _cli.Search = _ => throw new QuerySyntaxException("'2024-13-01' is not a date", column: 6, hint: "dates are written date:2024-10-19");

        Assert.Equal(ExitCodes.Usage, _cli.Run("search", "date:2024-13-01 grain", "--index", _index));

        Assert.Contains("Hint: dates are written date:2024-10-19", _cli.Error);
        Assert.DoesNotContain("plain words", _cli.Error);
    }

    [Fact]
    public void The_options_become_the_search_request()
    {
        _cli.Run("search", "grain", "--index", _index, "--outlet", "Daily Herald", "--outlet", "The Post", "--person", "Ana Ruiz",
            "--from", "2024-01-01", "--to", "2024-03-31", "--sort", "date", "--limit", "25", "--offset", "50");

        var request = Assert.Single(_cli.Requests);
        Assert.Equal("grain", request.QueryText);
        Assert.Equal(["Daily Herald", "The Post"], request.Filters.Selected(FacetDimension.Outlet));
        Assert.Equal(["Ana Ruiz"], request.Filters.Selected(FacetDimension.People));
        Assert.Equal(new DateOnly(2024, 1, 1), request.Filters.From);
        Assert.Equal(new DateOnly(2024, 3, 31), request.Filters.To);
        Assert.Equal(SortOrder.Date, request.Sort);
        Assert.Equal(25, request.Limit);
        Assert.Equal(50, request.Offset);
    }

    [Fact]
    public void Defaults_are_relevance_order_and_ten_hits_from_the_first()
    {
        _cli.Run("search", "grain", "--index", _index);

        var request = Assert.Single(_cli.Requests);
        Assert.Equal(SortOrder.Relevance, request.Sort);
        Assert.Equal(10, request.Limit);
        Assert.Equal(0, request.Offset);
    }

    [Fact]
    public void Without_index_option_the_index_variable_is_used()
    {
        _cli.Environment["SEARCHENGINE_INDEX"] = _index;

        Assert.Equal(ExitCodes.Success, _cli.Run("search", "grain"));

        Assert.Equal([_index], _cli.OpenedIndexes);
    }

    [Fact]
    public void Results_go_to_stdout_in_the_chosen_format()
    {
        Assert.Equal(ExitCodes.Success, _cli.Run("search", "grain", "--index", _index, "--format", "csv"));

        Assert.StartsWith("id,title,outlet,date,author,people,score,path,url,snippet," +
            "copies,copy_outlets,source_ids,source_outlets,source_dates,source_shares,derived_stories\r\na1,Grain deal,", _cli.Out);
        Assert.Empty(_cli.Error);
    }

    [Fact]
    public void No_hits_still_succeeds()
    {
        _cli.Search = _ => Of();

        Assert.Equal(ExitCodes.Success, _cli.Run("search", "grain", "--index", _index, "--format", "json"));
    }

    [Fact]
    public void The_table_is_the_default_and_is_coloured_on_a_terminal()
    {
        var terminal = new CliHarness { OutputIsTerminal = true, Search = _ => Of(Hit("a1", snippets: Snippet("grain", (0, 5)))) };

        terminal.Run("search", "grain", "--index", _index);

        Assert.Contains("\e[1;33mgrain\e[0m", terminal.Out);
    }

    [Fact]
    public void No_color_turns_colour_off_on_a_terminal()
    {
        var terminal = new CliHarness { OutputIsTerminal = true, Search = _ => Of(Hit("a1", snippets: Snippet("grain", (0, 5)))) };
        terminal.Environment["NO_COLOR"] = "1";

        terminal.Run("search", "grain", "--index", _index);

        Assert.DoesNotContain('\e', terminal.Out);
    }

    [Fact]
    public void Redirected_output_has_no_colour()
    {
        _cli.Search = _ => Of(Hit("a1", snippets: Snippet("grain", (0, 5))));

        _cli.Run("search", "grain", "--index", _index);

        Assert.DoesNotContain('\e', _cli.Out);
        Assert.Contains("grain", _cli.Out);
    }
}
