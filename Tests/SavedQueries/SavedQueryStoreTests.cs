using SearchEngine.Indexing.Schema;
using SearchEngine.Tests.Support;
using SearchEngine.Querying.SavedQueries;
using SearchEngine.Querying.Search;
using SearchEngine.Tests.Cli;

namespace SearchEngine.Tests.SavedQueries;

public sealed class SavedQueryStoreTests : IDisposable
{
    private static readonly DateTimeOffset Created = new(2024, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string FilePath => _folder.Combine("saved-queries.json");

    private SavedQueryStore Store() => new(FilePath);

    private static SavedQuery Query(string name, string text = "grain AND ukraine") => new()
    {
        Name = name,
        Query = text,
        CreatedAt = Created,
    };

    [Fact]
    public async Task Saves_made_at_the_same_time_through_separate_stores_are_all_kept()
    {
        const int writers = 16;
        using var start = new Barrier(writers);
        var saves = Enumerable.Range(0, writers).Select(i => Task.Factory.StartNew(() =>
        {
            var store = Store();
            start.SignalAndWait();
            store.Add(Query($"query-{i:00}"));
        }, TaskCreationOptions.LongRunning));

        await Task.WhenAll(saves);

        Assert.Equal(writers, Store().Load().Count);
    }

    [Fact]
    public void A_file_starting_with_a_utf8_byte_order_mark_is_read()
    {
        Store().Add(Query("grain"));
        File.WriteAllBytes(FilePath, [.. System.Text.Encoding.UTF8.Preamble, .. File.ReadAllBytes(FilePath)]);

        Assert.Equal("grain", Assert.Single(Store().Load()).Name);
    }

    [Fact]
    public void A_folder_where_the_file_should_be_is_reported_as_a_folder()
    {
        Directory.CreateDirectory(FilePath);

        var error = Assert.Throws<SavedQueryFileException>(() => Store().Load());

        Assert.Contains("is a folder", error.Message);
    }

    [Fact]
    public void A_file_where_a_folder_of_the_path_should_be_is_reported_not_taken_for_no_saved_queries()
    {
        var blocker = _folder.Write("config", "not a folder");

        var error = Assert.Throws<SavedQueryFileException>(() => new SavedQueryStore(Path.Combine(blocker, "saved-queries.json")).Load());

        Assert.Contains($"{blocker} is a file", error.Message);
    }

    [Fact]
    public void Saving_through_a_link_to_the_file_replaces_the_file_and_keeps_the_link()
    {
        var real = _folder.Combine("synced/saved-queries.json");
        Directory.CreateDirectory(Path.GetDirectoryName(real)!);
        new SavedQueryStore(real).Add(Query("first"));
        File.CreateSymbolicLink(FilePath, real);

        Store().Add(Query("second"));

        Assert.NotNull(new FileInfo(FilePath).LinkTarget);
        Assert.Equal(["first", "second"], new SavedQueryStore(real).Load().Select(q => q.Name));
    }

    [Fact]
    public void A_missing_file_means_no_saved_queries_and_is_not_created_by_loading()
    {
        Assert.Empty(Store().Load());
        Assert.False(File.Exists(FilePath));
    }

    [Fact]
    public void An_empty_file_holds_no_saved_queries_and_takes_the_first_one_added()
    {
        File.WriteAllText(FilePath, "");

        Assert.Empty(Store().Load());
        Store().Add(Query("grain"));
        Assert.Equal("grain", Assert.Single(Store().Load()).Name);
    }

    [Fact]
    public void A_saved_query_comes_back_with_its_filters_and_sort()
    {
        var saved = Query("grain") with
        {
            Filters = FacetFilters.None.With(FacetDimension.Outlet, ["Daily Herald", "The Post"]).With(FacetDimension.People, ["Ana Ruiz"]) with
            {
                From = new DateOnly(2024, 1, 1),
                To = new DateOnly(2024, 2, 29),
            },
            Sort = SortOrder.Date,
        };

        Store().Add(saved);

        var loaded = Assert.Single(Store().Load());
        Assert.Equal("grain", loaded.Name);
        Assert.Equal("grain AND ukraine", loaded.Query);
        Assert.Equal(["Daily Herald", "The Post"], loaded.Filters.Selected(FacetDimension.Outlet));
        Assert.Equal(["Ana Ruiz"], loaded.Filters.Selected(FacetDimension.People));
        Assert.Equal(new DateOnly(2024, 1, 1), loaded.Filters.From);
        Assert.Equal(new DateOnly(2024, 2, 29), loaded.Filters.To);
        Assert.Equal(SortOrder.Date, loaded.Sort);
        Assert.Equal(Created, loaded.CreatedAt);
        Assert.Null(loaded.LastRun);
    }

    [Fact]
    public void Saved_queries_survive_a_restart()
    {
        new SavedQueryStore(FilePath).Add(Query("one"));
        new SavedQueryStore(FilePath).Add(Query("two"));

        Assert.Equal(["one", "two"], new SavedQueryStore(FilePath).Load().Select(q => q.Name));
    }

    [Fact]
    public void The_folder_is_created_when_missing()
    {
        var nested = new SavedQueryStore(_folder.Combine(Path.Combine("config", "searchengine", "saved-queries.json")));

        nested.Add(Query("grain"));

        Assert.Single(nested.Load());
    }

    [Fact]
    public void Writing_leaves_no_temporary_file_behind()
    {
        Store().Add(Query("one"));
        Store().Add(Query("two"));
        Store().Remove("one");

        Assert.Equal(new[] { FilePath, Store().LockPath }.Order(), Directory.GetFiles(_folder.Path).Order());
    }

    [Fact]
    public void The_file_is_indented_json_with_a_format_version()
    {
        Store().Add(Query("grain"));

        var text = File.ReadAllText(FilePath);

        Assert.StartsWith("{\n  \"version\": 1,\n  \"queries\": [\n", text.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void The_file_is_readable_by_its_owner_only()
    {
        if (OperatingSystem.IsWindows()) return;

        Store().Add(Query("grain"));

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(FilePath));
    }

    [Fact]
    public void Replacing_the_file_keeps_the_permissions_its_owner_gave_it()
    {
        if (OperatingSystem.IsWindows()) return;
        Store().Add(Query("grain"));
        const UnixFileMode shared = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
        File.SetUnixFileMode(FilePath, shared);

        Store().Add(Query("oil"));

        Assert.Equal(shared, File.GetUnixFileMode(FilePath));
    }

    [Fact]
    public void A_read_only_file_is_refused_by_name_and_left_as_it_is()
    {
        Store().Add(Query("grain"));
        var before = File.ReadAllBytes(FilePath);
        new FileInfo(FilePath).IsReadOnly = true;

        var error = Assert.Throws<SavedQueryFileException>(() => Store().Add(Query("oil")));

        Assert.Contains($"{FilePath}: the file is read-only", error.Message);
        Assert.Equal(before, File.ReadAllBytes(FilePath));
        Assert.True(new FileInfo(FilePath).IsReadOnly);
    }

    [Fact]
    public void Adding_a_name_that_exists_is_an_error_whatever_its_case()
    {
        Store().Add(Query("Grain"));

        var error = Assert.Throws<SavedQueryExistsException>(() => Store().Add(Query("grain", "other")));

        Assert.Contains("'Grain' already exists", error.Message);
        Assert.Equal("grain AND ukraine", Store().Get("grain").Query);
    }

    [Fact]
    public void Replacing_keeps_the_position_and_forgets_the_last_run()
    {
        Store().Add(Query("one"));
        Store().Add(Query("two"));
        Store().RecordRun("one", Run("a1"));

        Store().Add(Query("one", "new text"), replace: true);

        var loaded = Store().Load();
        Assert.Equal(["one", "two"], loaded.Select(q => q.Name));
        Assert.Equal("new text", loaded[0].Query);
        Assert.Null(loaded[0].LastRun);
    }

    [Fact]
    public void Removing_deletes_only_that_query()
    {
        Store().Add(Query("one"));
        Store().Add(Query("two"));

        Store().Remove("ONE");

        Assert.Equal(["two"], Store().Load().Select(q => q.Name));
    }

    [Fact]
    public void Removing_or_getting_an_unknown_name_is_an_error()
    {
        Store().Add(Query("one"));

        Assert.Throws<SavedQueryNotFoundException>(() => Store().Remove("two"));
        Assert.Throws<SavedQueryNotFoundException>(() => Store().Get("two"));
    }

    [Fact]
    public void A_recorded_run_keeps_its_time_total_and_hit_ids_across_a_restart()
    {
        Store().Add(Query("grain"));
        var at = new DateTimeOffset(2024, 3, 20, 9, 30, 0, TimeSpan.Zero);

        Store().RecordRun("grain", new SavedQueryRun { At = at, Total = 3, HitIds = ["a1", "a2", "a3"] });

        var run = new SavedQueryStore(FilePath).Get("grain").LastRun!;
        Assert.Equal(at, run.At);
        Assert.Equal(3, run.Total);
        Assert.Equal(["a1", "a2", "a3"], run.HitIds);
    }

    [Fact]
    public void A_run_keeps_at_most_the_capped_number_of_hit_ids()
    {
        Store().Add(Query("grain"));
        var ids = Enumerable.Range(0, SavedQueryRun.MaxHitIds + 5).Select(i => $"id{i}").ToList();

        Store().RecordRun("grain", new SavedQueryRun { At = Created, Total = ids.Count, HitIds = ids });

        Assert.Equal(SavedQueryRun.MaxHitIds, Store().Get("grain").LastRun!.HitIds.Count);
    }

    [Fact]
    public void Hits_shown_further_down_a_run_join_the_hits_it_showed_first()
    {
        Store().Add(Query("grain"));
        Store().RecordRun("grain", Run("a1", "a2"));

        Store().RecordShown("grain", [Results.Hit("a3")]);

        var run = Store().Get("grain").LastRun!;
        Assert.Equal(["a3", "a1", "a2"], run.HitIds);
        Assert.Equal((Created, 2), (run.At, run.Total));
    }

    [Fact]
    public void Hits_shown_for_a_query_replaced_since_its_run_are_not_recorded()
    {
        Store().Add(Query("grain"));
        Store().RecordRun("grain", Run("a1"));
        Store().Add(Query("grain", "other words"), replace: true);

        Store().RecordShown("grain", [Results.Hit("a2")]);

        Assert.Null(Store().Get("grain").LastRun);
    }

    [Fact]
    public void Recording_a_run_of_an_unknown_query_is_an_error()
    {
        Assert.Throws<SavedQueryNotFoundException>(() => Store().RecordRun("gone", Run("a1")));
    }

    [Theory]
    [InlineData("")]
    [InlineData(".hidden")]
    [InlineData("two words")]
    [InlineData("a/b")]
    [InlineData("semi;colon")]
    [InlineData("tab\there")]
    public void Adding_an_invalid_name_is_refused_and_writes_nothing(string name)
    {
        Assert.Throws<InvalidSavedQueryNameException>(() => Store().Add(Query(name)));

        Assert.False(File.Exists(FilePath));
    }

    [Fact]
    public void Malformed_json_is_reported_with_the_path_and_position()
    {
        File.WriteAllText(FilePath, "{\n  \"version\": 1,\n  \"queries\": [ { \"name\": \"a\",, } ]\n}\n");

        var error = Assert.Throws<SavedQueryFileException>(() => Store().Load());

        Assert.Contains(FilePath, error.Message);
        Assert.Contains("line 3, column", error.Message);
        Assert.Equal(FilePath, error.FilePath);
    }

    [Fact]
    public void A_file_holding_a_key_twice_is_refused_and_left_unchanged()
    {
        Store().Add(Query("grain"));
        Store().Add(Query("oil", "oil prices"));
        var twice = File.ReadAllText(FilePath).Replace("\"query\": \"oil prices\"", "\"query\": \"oil prices\", \"query\": \"gas prices\"");
        File.WriteAllText(FilePath, twice);

        var error = Assert.Throws<SavedQueryFileException>(() => Store().Add(Query("wheat")));

        Assert.Contains(FilePath, error.Message);
        Assert.Contains("saved query 2 ('oil') has the field \"query\" twice", error.Message);
        Assert.Equal(twice, File.ReadAllText(FilePath));
    }

    [Fact]
    public void A_corrupt_file_is_left_byte_for_byte_unchanged_by_every_change()
    {
        var corrupt = "{ \"version\": 1, \"queries\": [ \u00e9"u8.ToArray();
        File.WriteAllBytes(FilePath, corrupt);

        Assert.Throws<SavedQueryFileException>(() => Store().Add(Query("grain")));
        Assert.Throws<SavedQueryFileException>(() => Store().Add(Query("grain"), replace: true));
        Assert.Throws<SavedQueryFileException>(() => Store().Remove("grain"));
        Assert.Throws<SavedQueryFileException>(() => Store().RecordRun("grain", Run("a1")));

        Assert.Equal(corrupt, File.ReadAllBytes(FilePath));
        Assert.Equal(new[] { FilePath, Store().LockPath }.Order(), Directory.GetFiles(_folder.Path).Order());
    }

    [Fact]
    public void A_file_with_a_missing_field_is_reported_as_invalid()
    {
        File.WriteAllText(FilePath, """{ "version": 1, "queries": [ { "name": "grain" } ] }""");

        var error = Assert.Throws<SavedQueryFileException>(() => Store().Load());

        Assert.Contains("query", error.Message);
    }

    [Fact]
    public void An_entry_added_by_hand_without_a_creation_time_is_read_with_the_time_unknown()
    {
        File.WriteAllText(FilePath, """{ "version": 1, "queries": [ { "name": "grain", "query": "grain" } ] }""");

        var loaded = Assert.Single(Store().Load());

        Assert.Equal("grain", loaded.Name);
        Assert.Null(loaded.CreatedAt);
    }

    [Fact]
    public void A_creation_time_that_is_unknown_is_not_written_as_a_time()
    {
        File.WriteAllText(FilePath, """{ "version": 1, "queries": [ { "name": "grain", "query": "grain" } ] }""");

        Store().Add(Query("ferry"));

        Assert.DoesNotContain("\"createdAt\": null", File.ReadAllText(FilePath));
        Assert.Null(Store().Get("grain").CreatedAt);
    }

    private const string Created1 = "\"createdAt\": \"2024-03-01T12:00:00Z\"";

    [Theory]
    [InlineData($$"""{ "name": 5, "query": "q", {{Created1}} }""", "\"name\" of saved query 1 must be text in quotes")]
    [InlineData($$"""{ "name": "a", "query": "q", {{Created1}}, "colour": 1 }""", "saved query 1 ('a') has a field \"colour\" that saved queries do not have")]
    [InlineData($$"""{ "query": "q", {{Created1}} }""", "saved query 1 lacks the field \"name\"")]
    [InlineData("""{ "name": "a", "query": "q", "createdAt": "yesterday" }""", "\"createdAt\" of saved query 1 ('a') must be a date and time")]
    [InlineData($$"""{ "name": "a", "query": "q", {{Created1}}, "sort": "sideways" }""", "\"sort\" of saved query 1 ('a') must be \"relevance\" or \"date\"")]
    [InlineData($$"""{ "name": "a", "query": null, {{Created1}} }""", "\"query\" of saved query 1 ('a') is null")]
    [InlineData($$"""{ "name": "a", "query": "q", {{Created1}}, "filters": { "dates": "2024" } }""", "\"filters.dates\" of saved query 1 ('a') must be a list")]
    [InlineData($$"""{ "name": "a", "query": "q", {{Created1}}, "filters": { "from": "2024-13-01" } }""", "\"filters.from\" of saved query 1 ('a') must be a date")]
    [InlineData("null", "saved query 1 is null, not a query")]
    public void A_value_of_the_wrong_kind_is_reported_in_plain_words_naming_the_query_and_field(string query, string expected)
    {
        File.WriteAllText(FilePath, $$"""{ "version": 1, "queries": [ {{query}} ] }""");

        var error = Assert.Throws<SavedQueryFileException>(() => Store().Load());

        Assert.Contains(expected, error.Message);
        Assert.DoesNotMatch(@"\b(System|SearchEngine)\.", error.Message);
    }

    [Fact]
    public void A_bad_entry_is_named_by_its_name_as_well_as_its_place_in_the_list()
    {
        File.WriteAllText(FilePath, $$"""{ "version": 1, "queries": [ {{Json("grain")}}, { "name": "korea", "query": "q", "note": "x" } ] }""");

        var error = Assert.Throws<SavedQueryFileException>(() => Store().Load());

        Assert.Contains("saved query 2 ('korea') has a field \"note\" that saved queries do not have", error.Message);
    }

    [Fact]
    public void A_version_written_as_text_is_reported_as_not_numeric()
    {
        File.WriteAllText(FilePath, """{ "version": "1", "queries": [] }""");

        var error = Assert.Throws<SavedQueryFileException>(() => Store().Load());

        Assert.Contains("no numeric \"version\" field", error.Message);
    }

    [Fact]
    public void A_filter_that_names_no_facet_dimension_is_reported_with_the_names_it_may_have()
    {
        File.WriteAllText(FilePath, $$"""{ "version": 1, "queries": [ {{Json("grain").Replace("\"dates\"", "\"days\"")}} ] }""");

        var error = Assert.Throws<SavedQueryFileException>(() => Store().Load());

        Assert.Contains("unknown filter 'days'; one of outlets, dates, people, from, to", error.Message);
    }

    [Fact]
    public void Filters_are_saved_under_each_dimensions_selection_name_then_the_day_range()
    {
        Store().Add(Query("grain") with { Filters = FacetFilters.None.With(FacetDimension.Outlet, ["Daily Herald"]) with { From = new DateOnly(2024, 1, 1) } });

        Assert.Contains("""
            "filters": {
                    "outlets": ["Daily Herald"],
                    "dates": [],
                    "people": [],
                    "from": "2024-01-01",
                    "to": null
                  },
            """.ReplaceLineEndings("\n"), File.ReadAllText(FilePath).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_file_from_a_newer_version_is_refused_and_kept()
    {
        const string newer = """{ "version": 2, "queries": [], "folders": [] }""";
        File.WriteAllText(FilePath, newer);

        var error = Assert.Throws<SavedQueryFileException>(() => Store().Add(Query("grain")));

        Assert.Contains("version 2", error.Message);
        Assert.Equal(newer, File.ReadAllText(FilePath));
    }

    [Fact]
    public void A_file_with_an_invalid_or_repeated_name_is_reported()
    {
        File.WriteAllText(FilePath, $$"""
            { "version": 1, "queries": [ {{Json("grain")}}, {{Json("GRAIN")}} ] }
            """);

        var error = Assert.Throws<SavedQueryFileException>(() => Store().Load());

        Assert.Contains("'GRAIN' is used twice", error.Message);
    }

    [Fact]
    public void An_unreadable_file_is_reported_with_its_path_and_not_replaced()
    {
        // A folder where the file should be cannot be read, even by root (who can read any file whatever its mode).
        Directory.CreateDirectory(FilePath);

        var error = Assert.Throws<SavedQueryFileException>(() => Store().Add(Query("grain")));

        Assert.Contains($"cannot read saved queries from {FilePath}", error.Message);
        Assert.True(Directory.Exists(FilePath));
    }

    private static SavedQueryRun Run(params string[] ids) => new() { At = Created, Total = ids.Length, HitIds = ids };

    private static string Json(string name) =>
        $$"""{ "name": "{{name}}", "query": "q", "filters": { "outlets": [], "people": [], "dates": [], "from": null, "to": null }, "sort": "relevance", "createdAt": "2024-03-01T12:00:00+00:00", "lastRun": null }""";
}
