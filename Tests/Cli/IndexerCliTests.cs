using System.Text.Json;
using SearchEngine.Indexing.Cli;
using SearchEngine.Indexing.Writing;
using SearchEngine.Tests.Support;

namespace SearchEngine.Tests.Cli;

public class IndexerCliTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    private (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = IndexerCli.Run(args, new CliContext { Out = stdout, Error = stderr, Environment = _ => null });
        return (code, stdout.ToString(), stderr.ToString());
    }

    private string Index => _dir.Combine("index");

    [Fact]
    public void Rebuild_of_the_seeds_exits_0_and_says_how_many_were_indexed()
    {
        var (code, output, _) = Run("rebuild", "--source", RepoPaths.Seeds, "--index", Index);
        Assert.Equal(0, code);
        Assert.Contains("5 indexed", output);
        Assert.Contains("0 failed", output);
    }

    [Fact]
    public void Rebuild_with_a_failed_file_exits_1_and_names_the_file_and_reason()
    {
        _dir.Write("src/good.txt", "Title\n\nBody.");
        _dir.Write("src/bad.txt", [0, 0]);
        var (code, output, _) = Run("rebuild", "--source", _dir.Combine("src"), "--index", Index);
        Assert.Equal(1, code);
        Assert.Contains("failed:  bad.txt: binary content", output);
    }

    [Fact]
    public void Rebuild_lists_a_file_that_is_not_utf8_as_a_warning_and_still_exits_0()
    {
        _dir.Write("src/paris.txt", [.. "Headline\n\nCaf"u8, 0xE9, .. " au lait."u8]);
        var (code, output, _) = Run("rebuild", "--source", _dir.Combine("src"), "--index", Index);
        Assert.Equal(0, code);
        Assert.Contains("1 indexed", output);
        Assert.Contains("1 with a warning.", output);
        Assert.Contains("  warning: paris.txt: not valid UTF-8", output);
    }

    [Fact]
    public void An_update_names_the_files_it_added_changed_and_removed()
    {
        foreach (var name in new[] { "edited", "renamed", "deleted", "kept" })
            _dir.Write($"src/{name}.txt", $"Title of {name}\n\nThe body of the story filed as {name}.");
        Run("rebuild", "--source", _dir.Combine("src"), "--index", Index);
        _dir.Write("src/edited.txt", "Title of edited\n\nThe body of the story, corrected.");
        File.Move(_dir.Combine("src/renamed.txt"), _dir.Combine("src/renamed-later.txt"));
        File.Delete(_dir.Combine("src/deleted.txt"));
        _dir.Write("src/new.txt", "Title of new\n\nThe body of a story filed today.");

        var (_, output, _) = Run("update", "--source", _dir.Combine("src"), "--index", Index);

        Assert.Contains("3 indexed, 1 unchanged, 2 removed", output);
        Assert.Contains("  added:   new.txt\n  added:   renamed-later.txt\n  changed: edited.txt\n"
                        + "  removed: deleted.txt\n  removed: renamed.txt\n", output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void An_update_that_added_many_files_names_ten_and_says_how_to_list_the_rest()
    {
        var (src, other) = (_dir.Combine("src"), _dir.Combine("other-index"));
        _dir.Write("src/first.txt", "Title\n\nThe first story.");
        Run("rebuild", "--source", src, "--index", Index);
        Run("rebuild", "--source", src, "--index", other);
        for (var i = 0; i < 12; i++) _dir.Write($"src/more-{i:00}.txt", $"Title {i}\n\nStory number {i} of the day.");

        var (_, output, _) = Run("update", "--source", src, "--index", Index);
        var (_, verbose, _) = Run("update", "--source", src, "--index", other, "--verbose");

        Assert.Contains("  added:   more-09.txt\n  added:   … and 2 more files (--verbose lists every one)\n",
            output.ReplaceLineEndings("\n"));
        Assert.Contains("  added:   more-11.txt\n", verbose.ReplaceLineEndings("\n"));
        Assert.DoesNotContain("more files", verbose);
    }

    [Fact]
    public void One_source_flag_takes_several_paths()
    {
        var first = _dir.Write("a/one.txt", "Title\n\nBody of one.");
        var second = _dir.Write("b/two.txt", "Title\n\nBody of two.");

        var (code, output, _) = Run("rebuild", "--source", first, second, "--index", Index);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("2 indexed", output);
    }

    [Fact]
    public void A_missing_required_option_is_a_usage_error_with_exit_2()
    {
        var (code, _, error) = Run("rebuild", "--index", Index);
        Assert.Equal(2, code);
        Assert.Contains("--source", error);
    }

    [Fact]
    public void A_source_that_does_not_exist_is_a_usage_error_naming_it()
    {
        var (code, _, error) = Run("rebuild", "--source", _dir.Combine("nowhere"), "--index", Index);
        Assert.Equal(2, code);
        Assert.Contains("nowhere: no such file or folder", error);
    }

    [Fact]
    public void A_source_whose_name_is_not_utf8_is_a_usage_error_saying_so()
    {
        // How .NET hands over an argument with a byte that is not UTF-8.
        var (code, _, error) = Run("rebuild", "--source", _dir.Combine("caf\uFFFD"), "--index", Index);
        Assert.Equal(2, code);
        Assert.Contains("caf\uFFFD: its name is not valid UTF-8", error);
    }

    [Fact]
    public void A_source_path_holding_an_escape_sequence_is_named_with_the_escape_shown_not_sent()
    {
        var (_, _, error) = Run("rebuild", "--source", _dir.Combine("\u001b[2Jgone"), "--index", Index);
        Assert.DoesNotContain('\u001b', error);
        Assert.Contains("\u241b[2Jgone: no such file or folder", error);
    }

    [Fact]
    public void A_malformed_field_mapping_is_a_usage_error_showing_the_expected_form()
    {
        _dir.Write("src/a.jsonl", "{\"body\": \"b\"}");
        var (code, _, error) = Run("rebuild", "--source", _dir.Combine("src"), "--index", Index, "--field", "headline");
        Assert.Equal(2, code);
        Assert.Contains("NAME=KEY", error);
    }

    [Fact]
    public void Stats_without_an_index_exits_3_as_query_does_and_says_how_to_build_one()
    {
        var (code, _, error) = Run("stats", "--index", Index);
        Assert.Equal(ExitCodes.IndexUnavailable, code);
        Assert.Contains("indexer rebuild --source DIR", error);
    }

    [Fact]
    public void Update_without_an_index_exits_3_and_says_how_to_build_one()
    {
        _dir.Write("src/a.txt", "Title\n\nBody.");
        var (code, _, error) = Run("update", "--source", _dir.Combine("src"), "--index", Index);
        Assert.Equal(ExitCodes.IndexUnavailable, code);
        Assert.Contains($"no index at {Index}", error);
        Assert.Contains($"Build it with: indexer rebuild --source DIR --index {Index}", error);
    }

    [Fact]
    public void Rebuild_of_a_folder_without_articles_says_that_it_found_none()
    {
        Directory.CreateDirectory(_dir.Combine("empty"));
        var (code, output, _) = Run("rebuild", "--source", _dir.Combine("empty"), "--index", Index);
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("Found no articles in the sources", output);
    }

    [Fact]
    public void Rebuild_of_a_folder_without_articles_over_a_live_index_keeps_it_and_exits_2()
    {
        Run("rebuild", "--source", RepoPaths.Seeds, "--index", Index);
        Directory.CreateDirectory(_dir.Combine("empty"));
        var (code, _, error) = Run("rebuild", "--source", _dir.Combine("empty"), "--index", Index);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("the live index is kept (--allow-empty replaces it", error);
    }

    [Fact]
    public void The_stats_of_a_small_index_give_its_size_in_kilobytes_not_zero_megabytes()
    {
        _dir.Write("src/a.txt", "Title\n\nBody of a.");
        Run("rebuild", "--source", _dir.Combine("src"), "--index", Index);

        Assert.Matches(@"(?m)^size: +[1-9][0-9]* KB$", Run("stats", "--index", Index).Out);
    }

    [Fact]
    public void Update_of_a_source_folder_that_holds_no_articles_now_keeps_the_index_and_exits_2_saying_how_many_it_would_remove()
    {
        var a = _dir.Write("src/a.txt", "Title\n\nBody of a.");
        var b = _dir.Write("src/b.txt", "Title\n\nBody of b.");
        Run("rebuild", "--source", _dir.Combine("src"), "--index", Index);
        File.Delete(a);
        File.Delete(b);

        var (code, _, error) = Run("update", "--source", _dir.Combine("src"), "--index", Index);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains($"found no articles in {_dir.Combine("src")}, so the update would remove 2 articles; the index is kept", error);
        Assert.Contains("documents: 2", Run("stats", "--index", Index).Out);
    }

    [Fact]
    public void Update_with_allow_empty_removes_the_articles_of_a_source_folder_that_holds_none_now()
    {
        var a = _dir.Write("src/a.txt", "Title\n\nBody of a.");
        Run("rebuild", "--source", _dir.Combine("src"), "--index", Index);
        File.Delete(a);

        var (code, output, _) = Run("update", "--source", _dir.Combine("src"), "--index", Index, "--allow-empty");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("1 removed", output);
    }

    [Fact]
    public void Update_of_part_of_the_sources_says_how_many_articles_it_kept_from_the_rest()
    {
        _dir.Write("src/sub/a.txt", "Title\n\nBody of a.");
        _dir.Write("src/other/b.txt", "Title\n\nBody of b.");
        Run("rebuild", "--source", _dir.Combine("src"), "--index", Index);
        var (code, output, _) = Run("update", "--source", _dir.Combine("src/sub"), "--index", Index);
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("0 removed", output);
        Assert.Contains("Kept 1 article from outside the sources given", output);
    }

    [Fact]
    public void Stats_json_has_documents_size_build_time_and_facets_with_value_and_count()
    {
        _dir.Write("src/a.jsonl", "{\"body\": \"b\", \"outlet\": \"Daily Wrap\"}");
        Run("rebuild", "--source", _dir.Combine("src"), "--index", Index);
        var (code, output, _) = Run("stats", "--index", Index, "--json");
        Assert.Equal(0, code);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(1, root.GetProperty("documents").GetInt32());
        Assert.True(root.GetProperty("sizeBytes").GetInt64() > 0);
        Assert.True(root.GetProperty("builtAt").GetDateTime() > DateTime.UtcNow.AddHours(-1));
        var outlet = Assert.Single(root.GetProperty("facets").GetProperty("outlet").EnumerateArray());
        Assert.Equal(("Daily Wrap", 1), (outlet.GetProperty("value").GetString(), outlet.GetProperty("count").GetInt32()));
        Assert.Equal(JsonValueKind.Array, root.GetProperty("facets").GetProperty("date").ValueKind);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("facets").GetProperty("people").ValueKind);
    }

    [Fact]
    public void Inspect_shows_what_the_pipeline_makes_of_a_file_without_indexing_it()
    {
        var (code, output, _) = Run("inspect", RepoPaths.Seed("000"), "--json");
        Assert.Equal(0, code);
        var article = Assert.Single(JsonDocument.Parse(output).RootElement.EnumerateArray());
        foreach (var field in new[] { "title", "outlet", "date", "author", "people", "removed", "body" })
            Assert.True(article.TryGetProperty(field, out _), field);
        Assert.False(Directory.Exists(Index));
    }

    [Fact]
    public void Inspect_of_a_file_that_does_not_exist_says_no_such_file_not_that_a_build_removed_it()
    {
        var missing = _dir.Combine("nonexist.html");

        var (code, _, error) = Run("inspect", missing);

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Equal($"failed: {missing}: no such file or folder{Environment.NewLine}", error);
    }

    [Fact]
    public void Inspect_json_says_where_each_field_came_from()
    {
        var page = _dir.Write("page.html", """
            <html><head><meta property="og:title" content="Troops arrive in Kursk"><meta property="og:site_name" content="Daily Wrap"></head>
            <body><article><p>19 October 2024 06:44</p><p>Around 12,000 soldiers are set to arrive in the region this week.</p></article></body></html>
            """);
        var (_, output, _) = Run("inspect", page, "--json");
        var origins = Assert.Single(JsonDocument.Parse(output).RootElement.EnumerateArray()).GetProperty("origins");
        Assert.Equal("meta og:title", origins.GetProperty("title").GetString());
        Assert.Equal("meta og:site_name", origins.GetProperty("outlet").GetString());
        Assert.Equal("text: dateline", origins.GetProperty("date").GetString());
    }

    [Fact]
    public void Inspect_text_shows_each_field_s_origin_beside_it()
    {
        var page = _dir.Write("page.html", "<html><head><meta property=\"og:title\" content=\"Troops arrive\"></head><body><p>The story.</p></body></html>");
        Assert.Contains("title:   Troops arrive   [meta og:title]", Run("inspect", page).Out);
    }

    [Fact]
    public void Inspect_json_lists_what_the_html_reader_left_out_by_markup_and_why()
    {
        var page = _dir.Write("page.html", """
            <html><body><article>
              <p>Around 12,000 North Korean soldiers are set to arrive in the Kursk region within weeks, officials said on Friday.</p>
              <p>The deployment was confirmed by intelligence services in Seoul, which said the troops had trained in the east.</p>
              <figure><img src="troops.jpg"><figcaption>Soldiers at a training ground.</figcaption></figure>
            </article></body></html>
            """);
        var (_, output, _) = Run("inspect", page, "--json");
        var article = Assert.Single(JsonDocument.Parse(output).RootElement.EnumerateArray());
        var block = Assert.Single(article.GetProperty("removedByMarkup").EnumerateArray());
        Assert.Equal(("furniture: figure", "Soldiers at a training ground."), (block.GetProperty("why").GetString(), block.GetProperty("text").GetString()));
        Assert.Equal("readability", article.GetProperty("origins").GetProperty("body").GetString());
    }

    private static void AssertPrintable(string output)
    {
        Assert.DoesNotContain(output, c => c == '\u001b' || c is >= '\u0080' and <= '\u009f');
        Assert.Contains("␛", output);
    }

    [Fact]
    public void The_build_report_shows_an_escape_in_a_file_name_as_a_picture()
    {
        _dir.Write("src/good.txt", "Title\n\nBody.");
        _dir.Write("src/bad\u001b[2Jname.txt", [0, 0]);
        var (_, output, _) = Run("rebuild", "--source", _dir.Combine("src"), "--index", Index);
        AssertPrintable(output);
    }

    [Fact]
    public void Inspect_shows_escape_and_c1_characters_from_an_article_as_pictures()
    {
        var page = _dir.Write("page.txt", "Headline \u001b[31mRED\n\nBody with \u001b]0;title\u0007 an escape and a C1 \u009b here.");
        AssertPrintable(Run("inspect", page).Out);
    }

    [Fact]
    public void Stats_show_an_escape_in_a_facet_value_as_a_picture()
    {
        _dir.Write("src/a.jsonl", "{\"title\": \"T\", \"body\": \"Body text.\", \"outlet\": \"Evil\\u001b[31m Wire\"}\n");
        Run("rebuild", "--source", _dir.Combine("src"), "--index", Index);
        AssertPrintable(Run("stats", "--index", Index).Out);
    }

    [Fact]
    public void Every_command_has_help()
    {
        foreach (var command in new[] { "rebuild", "update", "push", "stats", "inspect" })
        {
            var (code, output, _) = Run(command, "--help");
            Assert.Equal(0, code);
            Assert.Contains("Usage:", output);
        }
    }

    [Fact]
    public void Stats_help_says_dates_are_listed_newest_first_as_they_are()
    {
        var help = Run("stats", "--help").Out;

        Assert.Contains("dates the newest", help);
        Assert.DoesNotContain("the 10 most frequent", help);
    }

    [Fact]
    public void A_shell_other_than_bash_zsh_or_fish_is_named_on_one_readable_line()
    {
        var (code, _, error) = Run("completion", "powershell");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.StartsWith("indexer: SHELL: 'powershell' is not one of bash, zsh, fish\n", error);
    }

    /// <summary>An index of twelve articles, each from an outlet of its own: "Outlet 01" to "Outlet 12".</summary>
    private void IndexTwelveOutlets()
    {
        _dir.Write("src/a.jsonl", string.Join('\n', Enumerable.Range(1, 12).Select(i => $"{{\"body\": \"Body {i}.\", \"outlet\": \"Outlet {i:00}\"}}")));
        Run("rebuild", "--source", _dir.Combine("src"), "--index", Index);
    }

    [Fact]
    public void Stats_names_the_sources_the_index_was_built_from_one_a_line()
    {
        _dir.Write("wire/a.txt", "Title\n\nBody of a.");
        _dir.Write("paper/b.jsonl", "{\"body\": \"b\"}");
        Run("rebuild", "--source", _dir.Combine("wire"), _dir.Combine("paper/b.jsonl"), "--index", Index);

        var output = Run("stats", "--index", Index).Out;

        Assert.Contains($"sources:   {_dir.Combine("paper/b.jsonl")}\n           {_dir.Combine("wire")}\n", output);
    }

    [Fact]
    public void Stats_json_lists_the_sources_as_full_paths()
    {
        _dir.Write("src/a.jsonl", "{\"body\": \"b\"}");
        Run("rebuild", "--source", _dir.Combine("src"), "--index", Index);

        var root = JsonDocument.Parse(Run("stats", "--index", Index, "--json").Out).RootElement;

        Assert.Equal([_dir.Combine("src")], root.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public void Stats_of_an_index_that_recorded_no_sources_says_so()
    {
        var stats = new IndexStatistics(1, 2048, null, null, Sources: null, new Dictionary<string, IReadOnlyList<FacetCount>>());

        Assert.Contains("sources:   not recorded (", StatsPrinter.Text(stats));
    }

    [Fact]
    public void Stats_lists_the_most_frequent_values_of_a_facet_and_how_many_more_there_are()
    {
        IndexTwelveOutlets();

        var output = Run("stats", "--index", Index).Out;

        Assert.Contains("outlet (12 values):", output);
        Assert.Contains("Outlet 10", output);
        Assert.DoesNotContain("Outlet 11", output);
        Assert.Contains("… 2 more values (--all lists them)", output);
    }

    [Fact]
    public void Stats_all_lists_every_value()
    {
        IndexTwelveOutlets();

        var output = Run("stats", "--index", Index, "--all").Out;

        Assert.Contains("Outlet 12", output);
        Assert.DoesNotContain("more value", output);
    }

    [Fact]
    public void Stats_counts_one_value_in_the_singular()
    {
        _dir.Write("src/a.jsonl", "{\"body\": \"b\", \"outlet\": \"Daily Wrap\"}");
        Run("rebuild", "--source", _dir.Combine("src"), "--index", Index);

        Assert.Contains("outlet (1 value):", Run("stats", "--index", Index).Out);
    }

    [Fact]
    public void Stats_takes_format_json_as_the_query_commands_do()
    {
        _dir.Write("src/a.jsonl", "{\"body\": \"b\"}");
        Run("rebuild", "--source", _dir.Combine("src"), "--index", Index);

        var (code, output, _) = Run("stats", "--index", Index, "--format", "json");

        Assert.Equal(0, code);
        Assert.Equal(1, JsonDocument.Parse(output).RootElement.GetProperty("documents").GetInt32());
    }

    [Fact]
    public void Inspect_counts_one_removed_line_in_the_singular()
    {
        var page = _dir.Write("page.txt", "Headline\n\nBody paragraph that says something about the harbour strike today.");

        Assert.Contains("removed: 1 line\n", Run("inspect", page).Out);
    }

    [Fact]
    public void A_mistyped_command_is_named_with_the_command_it_is_nearest_and_the_help_hint_does_not_repeat_it()
    {
        var (code, _, error) = Run("sttas");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Equal("indexer: 'sttas' is not a command of 'indexer'; did you mean 'stats'?\nRun 'indexer --help' for usage.\n", error);
    }

    [Fact]
    public void No_arguments_name_the_commands_there_are()
    {
        var (code, _, error) = Run();

        Assert.Equal(ExitCodes.Usage, code);
        Assert.StartsWith("indexer: 'indexer' needs a command: rebuild, update, push, stats, inspect or completion\n", error);
    }

    [Theory]
    [InlineData("rebuild")]
    [InlineData("update")]
    [InlineData("push")]
    [InlineData("stats")]
    public void No_help_text_states_a_default_twice(string command)
    {
        var output = Run(command, "--help").Out;

        Assert.All(output.Split('\n'), line => Assert.True(line.Split("default").Length <= 2, line));
    }

    [Fact]
    public void A_readme_in_a_source_folder_is_skipped_as_the_collection_s_own_not_indexed()
    {
        _dir.Write("src/business/001.txt", "Ad sales boost profit\n\nQuarterly profits rose.");
        _dir.Write("src/README.TXT", "Consists of 2225 documents from the BBC news website.");

        var (code, output, _) = Run("rebuild", "--source", _dir.Combine("src"), "--index", Index);

        Assert.Equal(0, code);
        Assert.Contains("1 indexed", output);
        Assert.Contains("skipped: README.TXT: the collection's own README or licence, not an article", output);
    }
}
