using SearchEngine.Indexing.Cli;
using SearchEngine.Tests.Support;
using System.Text.Json;
using Lucene.Net.Index;
using SearchEngine.Indexing.Extraction;
using SearchEngine.Indexing.Schema;
using SearchEngine.Indexing.Writing;
using SearchEngine.Indexing.Sources;
using SearchEngine.Querying.Cli;
using SearchEngine.Querying.FirstRun;

namespace SearchEngine.Tests.Cli;

/// <summary><c>query</c> against a real index built in a temp folder, through the real ArticleSearcher.</summary>
public sealed class CliEndToEndTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly CliHarness _cli = new();
    private readonly string _index;

    private static readonly Article GrainDeal = Article("grain-deal", "Grain deal reached", "Ships carrying grain left Odesa on Monday.",
        "Daily Herald", new DateTime(2024, 3, 15), "Ana Ruiz");
    private static readonly Article GrainPrices = Article("grain-prices", "Markets react", "Grain prices fell sharply after the announcement.",
        "The Post", new DateTime(2024, 3, 10), "Li Wei");
    private static readonly Article Elections = Article("elections", "Election results", "Voters turned out in large numbers.",
        "Daily Herald", new DateTime(2024, 3, 12), "Ana Ruiz");

    public CliEndToEndTests()
    {
        _index = _folder.Combine("index");
        _cli.Environment["SEARCHENGINE_SAVED_QUERIES"] = _folder.Combine("saved.json");
        Build(GrainDeal, GrainPrices, Elections);
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_first_search_without_an_index_indexes_the_sample_articles_at_the_default_place_and_searches_them()
    {
        _cli.Environment["XDG_DATA_HOME"] = _folder.Combine("data");

        Assert.Equal(ExitCodes.Success, _cli.Run("search", "troops", "--format", "json"));

        Assert.Contains("indexing the sample articles", _cli.Error);
        Assert.True(JsonDocument.Parse(_cli.Out).RootElement.GetProperty("total").GetInt32() > 0);
        Assert.True(Directory.Exists(_folder.Combine("data/searchengine/index")));
    }

    [Fact]
    public void A_search_of_a_missing_index_named_with_index_is_reported_not_filled_with_the_samples()
    {
        _cli.Environment["XDG_DATA_HOME"] = _folder.Combine("data");

        Assert.Equal(ExitCodes.IndexUnavailable, _cli.Run("search", "troops", "--index", _folder.Combine("elsewhere")));

        Assert.DoesNotContain("sample articles", _cli.Error);
    }

    [Theory]
    [InlineData(null, "it holds no CURRENT file naming the live generation")]
    [InlineData("", "its CURRENT file is empty")]
    [InlineData("gen-\u0001/garbled", "its CURRENT file names 'gen-\u2401/garbled', which is not a generation folder there")]
    public void A_damaged_index_at_the_default_place_is_reported_as_unreadable_and_left_untouched_not_replaced_by_the_samples(
        string? pointer, string problem)
    {
        _cli.Environment["XDG_DATA_HOME"] = _folder.Combine("data");
        var index = _folder.Combine("data/searchengine/index");
        var generation = _folder.Write("data/searchengine/index/gen-20240301T000000000-0123456789/segments_1", "the user's articles");
        if (pointer is not null) _folder.Write("data/searchengine/index/CURRENT", pointer);

        Assert.Equal(ExitCodes.IndexUnavailable, _cli.Run("search", "troops"));

        Assert.DoesNotContain("sample articles", _cli.Error);
        Assert.Contains($"query: cannot read the index at {index}: {problem}", _cli.Error);
        Assert.Contains($"Rebuild it with: indexer rebuild --source DIR --index {index}", _cli.Error);
        Assert.Equal("the user's articles", File.ReadAllText(generation));
    }

    [Fact]
    public void An_empty_folder_at_the_default_place_is_filled_with_the_samples()
    {
        _cli.Environment["XDG_DATA_HOME"] = _folder.Combine("data");
        Directory.CreateDirectory(_folder.Combine("data/searchengine/index"));

        Assert.Equal(ExitCodes.Success, _cli.Run("search", "troops"));

        Assert.Contains("indexing the sample articles", _cli.Error);
    }

    [Fact]
    public void A_search_of_an_index_named_with_index_whose_current_file_is_empty_says_it_cannot_be_read_not_that_there_is_none()
    {
        File.WriteAllText(Path.Combine(_index, "CURRENT"), "");

        Assert.Equal(ExitCodes.IndexUnavailable, _cli.Run("search", "grain", "--index", _index));

        Assert.Contains($"query: cannot read the index at {_index}: its CURRENT file is empty", _cli.Error);
        Assert.DoesNotContain("no index at", _cli.Error);
    }

    [Fact]
    public void A_search_of_a_folder_of_articles_named_as_the_index_says_so_and_suggests_an_index_beside_it()
    {
        var own = _folder.Combine("own");
        _folder.Write("own/2024/story.html", "<html><body><p>The story.</p></body></html>");

        Assert.Equal(ExitCodes.IndexUnavailable, _cli.Run("search", "grain", "--index", own));

        Assert.Contains($"query: {own} holds articles, not an index", _cli.Error);
        Assert.Contains($"Index them with: indexer rebuild --source {own} --index {own}-index", _cli.Error);
    }

    [Fact]
    public void A_search_while_an_indexer_writes_the_first_index_at_the_default_place_says_to_try_again_when_it_finishes()
    {
        _cli.Environment["XDG_DATA_HOME"] = _folder.Combine("data");
        var store = new IndexStore(_folder.Combine("data/searchengine/index"));
        using var building = IndexWriteLock.Acquire(store);
        store.CreateGeneration();

        Assert.Equal(ExitCodes.IndexUnavailable, _cli.Run("search", "opec"));

        Assert.Equal(
            $"query: an indexer is writing the index at {store.Root}; try again when it finishes{Environment.NewLine}", _cli.Error);
    }

    [Fact]
    public void Search_as_json_returns_the_matching_articles()
    {
        Assert.Equal(ExitCodes.Success, _cli.Run("search", "grain", "--index", _index, "--format", "json"));

        var root = JsonDocument.Parse(_cli.Out).RootElement;
        Assert.Equal("grain", root.GetProperty("query").GetString());
        Assert.Equal(2, root.GetProperty("total").GetInt32());
        Assert.Equal(["grain-deal", "grain-prices"], Ids(root).Order());
    }

    [Fact]
    public void A_hit_carries_the_web_address_its_source_stated_in_json_and_csv()
    {
        Build(GrainDeal with { Url = "https://herald.example/grain-deal" });

        _cli.Run("search", "grain", "--index", _index, "--format", "json");
        Assert.Equal("https://herald.example/grain-deal", JsonDocument.Parse(_cli.Out).RootElement.GetProperty("hits")[0].GetProperty("url").GetString());
        _cli.Run("search", "grain", "--index", _index, "--format", "csv");
        Assert.Contains(",/data/grain-deal.txt,https://herald.example/grain-deal,", _cli.Out);
    }

    [Fact]
    public void Snippet_marks_point_at_the_query_words()
    {
        _cli.Run("search", "grain", "--index", _index, "--format", "json");

        var snippets = JsonDocument.Parse(_cli.Out).RootElement.GetProperty("hits").EnumerateArray()
            .SelectMany(h => h.GetProperty("snippets").EnumerateArray()).ToList();
        Assert.NotEmpty(snippets);
        Assert.All(snippets, snippet =>
        {
            var text = snippet.GetProperty("text").GetString()!;
            var marks = snippet.GetProperty("marks").EnumerateArray().ToList();
            Assert.NotEmpty(marks);
            Assert.All(marks, m => Assert.Equal("grain", text[m[0].GetInt32()..m[1].GetInt32()], ignoreCase: true));
        });
    }

    [Fact]
    public void Stored_fields_come_through_as_indexed()
    {
        _cli.Run("search", "odesa", "--index", _index, "--format", "json");

        var hit = JsonDocument.Parse(_cli.Out).RootElement.GetProperty("hits")[0];
        Assert.Equal("Grain deal reached", hit.GetProperty("title").GetString());
        Assert.Equal("Daily Herald", hit.GetProperty("outlet").GetString());
        Assert.StartsWith("2024-03-15", hit.GetProperty("date").GetString());
        Assert.Equal("Ana Ruiz", hit.GetProperty("author").GetString());
        Assert.Equal(["Ana Ruiz"], hit.GetProperty("people").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal("/data/grain-deal.txt", hit.GetProperty("path").GetString());
    }

    [Fact]
    public void An_outlet_filter_narrows_the_hits()
    {
        _cli.Run("search", "grain", "--index", _index, "--format", "json", "--outlet", "The Post");

        Assert.Equal(["grain-prices"], Ids(JsonDocument.Parse(_cli.Out).RootElement));
    }

    [Fact]
    public void A_date_range_narrows_the_hits()
    {
        _cli.Run("search", "grain", "--index", _index, "--format", "json", "--from", "2024-03-11", "--to", "2024-03-31");

        Assert.Equal(["grain-deal"], Ids(JsonDocument.Parse(_cli.Out).RootElement));
    }

    [Fact]
    public void Date_order_puts_the_newest_first()
    {
        _cli.Run("search", "grain", "--index", _index, "--format", "json", "--sort", "date");

        Assert.Equal(["grain-deal", "grain-prices"], Ids(JsonDocument.Parse(_cli.Out).RootElement));
    }

    [Fact]
    public void Facets_count_the_outlets_of_all_hits()
    {
        _cli.Run("search", "grain", "--index", _index, "--format", "json", "--limit", "1");

        var outlets = JsonDocument.Parse(_cli.Out).RootElement.GetProperty("facets").GetProperty("outlet").EnumerateArray()
            .ToDictionary(f => f.GetProperty("value").GetString()!, f => f.GetProperty("count").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["Daily Herald"] = 1, ["The Post"] = 1 }, outlets);
    }

    [Fact]
    public void A_query_that_cannot_be_parsed_exits_2()
    {
        Assert.Equal(ExitCodes.Usage, _cli.Run("search", "title:(grain", "--index", _index));

        Assert.Contains("plain words", _cli.Error);
    }

    [Fact]
    public void A_saved_query_run_with_new_shows_only_articles_indexed_since_the_last_run()
    {
        _cli.Run("saved", "add", "grain", "grain");
        _cli.Run("saved", "run", "grain", "--index", _index);
        var later = Article("grain-later", "Grain convoy", "A third grain convoy sailed.", "The Post", new DateTime(2024, 3, 18), "Li Wei");
        Build(GrainDeal, GrainPrices, Elections, later);

        Assert.Equal(ExitCodes.Success, _cli.Run("saved", "run", "grain", "--index", _index, "--new", "--format", "json"));

        Assert.Equal(["grain-later"], Ids(JsonDocument.Parse(_cli.Out).RootElement));
    }

    private static IEnumerable<string?> Ids(JsonElement root) =>
        root.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()).ToList();

    private static Article Article(string id, string title, string body, string outlet, DateTime published, string person) => new()
    {
        Id = id,
        SourcePath = $"/data/{id}.txt",
        ContentHash = id,
        Title = title,
        Body = body,
        Outlet = outlet,
        Published = new PublicationDate(published, HasTime: false),
        Author = person,
        People = [person],
    };

    [Fact]
    public void An_index_of_another_schema_version_exits_3_and_says_to_rebuild()
    {
        Build(schemaVersion: "1", GrainDeal);

        Assert.Equal(ExitCodes.IndexUnavailable, _cli.Run("search", "grain", "--index", _index));
        Assert.Contains("indexer rebuild", _cli.Error);
    }

    [Fact]
    public void The_rebuild_command_for_an_index_of_another_schema_version_names_the_sources_the_index_records()
    {
        Build(_index, "1", ["/data/wires", "/data/my papers"], GrainDeal);

        Assert.Equal(ExitCodes.IndexUnavailable, _cli.Run("search", "grain", "--index", _index));

        Assert.Contains($"Rebuild it with: indexer rebuild --source '/data/my papers' --source /data/wires --index {_index}", _cli.Error);
    }

    [Fact]
    public void The_sample_index_an_earlier_version_built_at_the_default_place_is_indexed_again_from_the_samples()
    {
        _cli.Environment["XDG_DATA_HOME"] = _folder.Combine("data");
        Build(_folder.Combine("data/searchengine/index"), "1", [SeedIndex.SeedsFolder], GrainDeal);

        Assert.Equal(ExitCodes.Success, _cli.Run("search", "troops", "--format", "json"));

        Assert.Contains("was built by an earlier version: indexing the sample articles", _cli.Error);
        Assert.True(JsonDocument.Parse(_cli.Out).RootElement.GetProperty("total").GetInt32() > 0);
    }

    [Fact]
    public void An_index_of_the_users_own_articles_at_the_default_place_built_by_an_earlier_version_is_left_for_them_to_rebuild()
    {
        _cli.Environment["XDG_DATA_HOME"] = _folder.Combine("data");
        var index = _folder.Combine("data/searchengine/index");
        Build(index, "1", ["/data/coverage"], GrainDeal);
        var generation = new IndexStore(index).CurrentGeneration;

        Assert.Equal(ExitCodes.IndexUnavailable, _cli.Run("search", "grain"));

        Assert.DoesNotContain("sample articles", _cli.Error);
        Assert.Equal(generation, new IndexStore(index).CurrentGeneration);
    }

    private void Build(params Article[] articles) => Build(_index, ArticleSchema.SchemaVersion.ToString(), null, articles);

    private void Build(string schemaVersion, params Article[] articles) => Build(_index, schemaVersion, null, articles);

    /// <summary>Publishes a new generation holding <paramref name="articles"/>, as the indexer's full build does.</summary>
    private static void Build(string index, string schemaVersion, string[]? sources, params Article[] articles)
    {
        var store = new IndexStore(index);
        var generation = store.CreateGeneration();
        using (var directory = IndexStore.OpenDirectory(generation))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(ArticleSchema.Version, ArticleSchema.CreateAnalyzer())))
        {
            foreach (var article in articles) writer.AddDocument(DocumentMapper.ToDocument(article));
            var commitData = new Dictionary<string, string>
            {
                [ArticleSchema.CommitSchemaVersion] = schemaVersion,
                [ArticleSchema.CommitBuiltAt] = DateTimeOffset.UtcNow.ToString("O"),
            };
            if (sources is not null) commitData[ArticleSchema.CommitSources] = SourceSet.Of(sources).Serialize();
            writer.SetCommitData(commitData);
            writer.Commit();
        }
        store.Publish(generation);
    }
}
