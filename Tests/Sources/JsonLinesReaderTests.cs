using System.IO.Compression;
using System.Text;
using SearchEngine.Indexing.Extraction;
using SearchEngine.Indexing.Sources;
using SearchEngine.Tests.Support;

namespace SearchEngine.Tests.Sources;

public class JsonLinesReaderTests
{
    private static List<SourceRecord> Read(string fileName, string content, IReadOnlyDictionary<string, string>? fieldMap = null)
    {
        using var dir = new TempFolder();
        dir.Write(fileName, content);
        return ReadFolder(dir, fieldMap);
    }

    private static List<SourceRecord> ReadFolder(TempFolder dir, IReadOnlyDictionary<string, string>? fieldMap = null) =>
        new SourceScanner(new SourceOptions { FieldMap = fieldMap ?? new Dictionary<string, string>() })
            .Read(SourceScanner.FindFiles([dir.Path])).ToList();

    [Fact]
    public void A_record_larger_than_the_article_limit_is_passed_over_and_the_rest_read()
    {
        using var dir = new TempFolder();
        var huge = new string('x', 2 * 1024 * 1024);
        dir.Write("feed.jsonl", $"{{\"title\": \"Huge\", \"body\": \"{huge}\"}}\n{{\"title\": \"Small\", \"body\": \"Body.\"}}\n");
        var scanner = new SourceScanner(new SourceOptions { MaxArticleBytes = 1024 * 1024 });

        var records = scanner.Read(SourceScanner.FindFiles([dir.Path])).ToList();

        var skipped = Assert.IsType<SourceProblem>(records[0]);
        Assert.Equal(("feed.jsonl:1", false), (skipped.Location, skipped.IsFailure));
        Assert.Contains("larger than any article", skipped.Reason);
        Assert.Equal("Small", Assert.IsType<ArticleRecord>(records[1]).Article.Metadata.Title);
    }

    private static byte[] Gzipped(string text)
    {
        using var packed = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(packed, System.IO.Compression.CompressionLevel.Optimal))
            gzip.Write(System.Text.Encoding.UTF8.GetBytes(text));
        return packed.ToArray();
    }

    private static string Records(int count) =>
        string.Concat(Enumerable.Range(0, count).Select(i => $"{{\"title\": \"T{i}\", \"body\": \"Body text number {i}, with a few more words.\"}}\n"));

    [Fact]
    public void A_gzipped_file_cut_off_mid_record_is_reported_as_cut_off_after_its_whole_records()
    {
        using var dir = new TempFolder();
        var whole = Gzipped(Records(2000));
        dir.Write("feed.jsonl.gz", whole[..(whole.Length / 2)]);

        var records = ReadFolder(dir);

        var problem = Assert.Single(records.OfType<SourceProblem>());
        Assert.True(problem.IsFailure);
        Assert.Contains("cut off", problem.Reason);
        Assert.NotEmpty(records.OfType<ArticleRecord>());
    }

    [Fact]
    public void A_gzipped_file_cut_where_a_line_ends_is_reported_as_cut_off_after_its_records()
    {
        using var dir = new TempFolder();
        var whole = Gzipped(Records(2000));
        // Without its 8-byte trailer the data still ends after the last line, so every line read parses.
        dir.Write("feed.jsonl.gz", whole[..^8]);

        var records = ReadFolder(dir);

        Assert.Equal(2000, records.OfType<ArticleRecord>().Count());
        var problem = Assert.Single(records.OfType<SourceProblem>());
        Assert.True(problem.IsFailure);
        Assert.Contains("cut off after line 2000", problem.Reason);
    }

    [Fact]
    public void A_file_of_several_gzip_members_joined_reads_every_record_without_a_problem()
    {
        using var dir = new TempFolder();
        dir.Write("feed.jsonl.gz", [.. Gzipped(Records(1500)), .. Gzipped(Records(10)), .. Gzipped("")]);

        var records = ReadFolder(dir);

        Assert.Equal(1510, records.OfType<ArticleRecord>().Count());
        Assert.Empty(records.OfType<SourceProblem>());
    }

    [Fact]
    public void A_whole_gzipped_file_reads_every_record_without_a_problem()
    {
        using var dir = new TempFolder();
        dir.Write("feed.jsonl.gz", Gzipped(Records(2000)));

        var records = ReadFolder(dir);

        Assert.Equal(2000, records.OfType<ArticleRecord>().Count());
        Assert.Empty(records.OfType<SourceProblem>());
    }

    [Fact]
    public void Each_line_is_one_article_with_its_fields()
    {
        var records = Read("feed.jsonl", """
            {"title": "One", "body": "First body.", "outlet": "Daily Wrap", "date": "2024-10-19", "author": "A. Writer", "url": "https://example.org/1"}
            {"title": "Two", "body": "Second body."}
            """);
        var articles = records.OfType<ArticleRecord>().Select(r => r.Article).ToList();
        Assert.Equal(2, articles.Count);
        Assert.Equal("First body.", articles[0].Text);
        Assert.Equal(new ExplicitMetadata
        {
            Title = "One", Outlet = "Daily Wrap", Date = "2024-10-19", Published = new PublicationDate(new DateTime(2024, 10, 19), false),
            Author = "A. Writer", Url = "https://example.org/1",
            Origins = new FieldOrigins { Title = "json field title", Outlet = "json field outlet", Date = "json field date", Author = "json field author" },
        }, articles[0].Metadata);
        Assert.Equal("feed.jsonl:2", articles[1].SourcePath);
    }

    [Fact]
    public void A_field_found_by_an_alias_says_which_key_it_came_from()
    {
        var records = Read("feed.jsonl", """{"headline": "One", "body": "First body.", "byline": "A. Writer"}""");
        var origins = Assert.IsType<ArticleRecord>(Assert.Single(records)).Article.Metadata.Origins;
        Assert.Equal(("json field headline", "json field byline", null), (origins.Title, origins.Author, origins.Date));
    }

    [Theory]
    [InlineData("headline", "text", "publisher", "published", "byline")]
    [InlineData("title", "content", "source", "date_raw", "author")]
    public void Common_aliases_name_the_same_fields(string title, string body, string outlet, string date, string author)
    {
        var line = $$"""{"{{title}}": "T", "{{body}}": "B", "{{outlet}}": "O", "{{date}}": "2024-04-03", "{{author}}": "A"}""";
        var article = Assert.IsType<ArticleRecord>(Assert.Single(Read("a.jsonl", line))).Article;
        Assert.Equal(("T", "B", "O", "2024-04-03", "A"),
            (article.Metadata.Title, article.Text, article.Metadata.Outlet, article.Metadata.Date, article.Metadata.Author));
    }

    [Fact]
    public void A_field_map_names_keys_the_aliases_do_not_know()
    {
        var map = new Dictionary<string, string> { ["body"] = "story_text", ["outlet"] = "masthead" };
        var article = Assert.IsType<ArticleRecord>(Assert.Single(Read("a.jsonl", """{"story_text": "Body here.", "masthead": "Sweden Herald", "text": "not this"}""", map))).Article;
        Assert.Equal("Body here.", article.Text);
        Assert.Equal("Sweden Herald", article.Metadata.Outlet);
    }

    [Fact]
    public void An_id_field_names_the_article()
    {
        var ids = Read("wire.jsonl", "{\"id\": 17, \"body\": \"a\"}\n{\"body\": \"b\"}\n")
            .OfType<ArticleRecord>().Select(r => r.Article.Id).ToList();
        Assert.Equal("wire/17", ids[0]);
        Assert.StartsWith("wire/", ids[1]);
    }

    private static string[] Ids(string content) =>
        [.. Read("wire.jsonl", content).OfType<ArticleRecord>().Select(r => r.Article.Id)];

    [Fact]
    public void Records_without_an_id_keep_their_ids_when_a_record_is_added_above_them()
    {
        const string Feed = """
            {"title": "Port reopens", "body": "The port reopened.", "url": "https://example.org/port"}
            {"title": "Frost hits orchards", "date": "2024-10-19", "body": "A late frost damaged orchards."}
            """;

        var before = Ids(Feed);
        var after = Ids("""{"title": "Strike ends", "body": "The strike ended."}""" + "\n" + Feed);

        Assert.Equal(before, after[1..]);
        Assert.DoesNotContain(after[0], before);
    }

    [Fact]
    public void A_record_without_an_id_is_named_by_its_address_however_the_address_is_written()
    {
        var plain = Ids("""{"body": "The port reopened.", "url": "http://example.org/news/port"}""");
        var dressed = Ids("""{"body": "The port reopened today.", "url": "https://EXAMPLE.org:443/news/port/#top"}""");

        Assert.Equal(plain, dressed);
    }

    [Fact]
    public void A_record_without_an_id_keeps_it_when_its_text_is_corrected_past_its_start()
    {
        var lede = new string('w', 600);

        Assert.Equal(
            Ids($$"""{"title": "Frost", "body": "{{lede}} Growers said."}"""),
            Ids($$"""{"title": "Frost", "body": "{{lede}} Growers say."}"""));
    }

    [Fact]
    public void A_record_repeated_in_a_feed_is_read_twice_under_two_ids()
    {
        var ids = Ids("""{"title": "Frost", "body": "A late frost."}""" + "\n" + """{"title": "Frost", "body": "A late frost."}""");

        Assert.Equal([ids[0], ids[0] + "-2"], ids);
    }

    [Fact]
    public void A_source_object_gives_its_name_and_people_come_as_a_list()
    {
        var article = Assert.IsType<ArticleRecord>(Assert.Single(Read("a.jsonl",
            """{"body": "b", "source": {"id": "x", "name": "Reuters"}, "people": ["james-baker", "reagan"], "extra": {"ignored": true}}"""))).Article;
        Assert.Equal("Reuters", article.Metadata.Outlet);
        Assert.Equal(["james-baker", "reagan"], article.Metadata.People!);
    }

    [Fact]
    public void A_malformed_line_says_where_on_the_line_the_json_breaks_and_names_no_other_line()
    {
        var failure = Assert.Single(Read("feed.jsonl", "{\"body\": \"ok\"}\n{\"body\": 12,}\n").OfType<SourceProblem>());

        Assert.StartsWith("invalid JSON at byte 13 of the line: ", failure.Reason);
        Assert.DoesNotContain("LineNumber", failure.Reason);
    }

    [Fact]
    public void A_malformed_line_is_reported_with_its_line_number_and_the_other_lines_are_read()
    {
        var records = Read("feed.jsonl", "{\"body\": \"ok 1\"}\n{\"body\": \"broken\n{\"body\": \"ok 3\"}\n");
        var failure = Assert.Single(records.OfType<SourceProblem>());
        Assert.True(failure.IsFailure);
        Assert.Equal("feed.jsonl:2", failure.Location);
        Assert.Contains("invalid JSON", failure.Reason);
        Assert.Equal(2, records.OfType<ArticleRecord>().Count());
    }

    [Theory]
    [InlineData("03/04/2024")]
    [InlineData("2024-13-45")]
    public void A_date_that_is_no_day_is_reported_with_its_line_and_the_article_is_still_read(string date)
    {
        var records = Read("feed.jsonl", $"{{\"body\": \"ok\", \"date\": \"2024-04-03\"}}\n{{\"body\": \"ok\", \"date\": \"{date}\"}}\n");

        var warning = Assert.Single(records.OfType<SourceProblem>());
        Assert.Equal((ProblemKind.Warning, "feed.jsonl:2"), (warning.Kind, warning.Location));
        Assert.Contains($"'{date}'", warning.Reason);
        Assert.Equal(2, records.OfType<ArticleRecord>().Count());
    }

    private static string DateWarning(string dateJson) =>
        Assert.Single(Read("feed.jsonl", $"{{\"body\": \"ok\", \"date\": {dateJson}}}\n").OfType<SourceProblem>()).Reason;

    [Fact]
    public void A_date_with_a_note_after_it_is_warned_of_with_the_note() =>
        Assert.Contains("has more than a date: '# date added as guesswork' follows '9-APR-1987 00:00:00.00'",
            DateWarning("\"9-APR-1987 00:00:00.00    # date added as guesswork\""));

    [Fact]
    public void A_day_with_an_impossible_time_is_warned_of_for_its_time() =>
        Assert.Contains("has a time that is no time of day ('605:12:19.12') after its day 1987-03-31",
            DateWarning("\"31-MAR-1987 605:12:19.12\""));

    [Fact]
    public void A_count_of_seconds_as_a_date_is_warned_of_as_a_number() =>
        Assert.Contains("is a number, as programs count time", DateWarning("1712345678"));

    [Fact]
    public void A_numeric_date_either_way_round_is_warned_of_as_such() =>
        Assert.Contains("could be read day first or month first", DateWarning("\"03/04/2024\""));

    [Fact]
    public void A_record_s_date_is_read_by_the_reader_once_and_kept_read()
    {
        var record = Assert.Single(Read("feed.jsonl", """{"body": "ok", "date": "2024-04-03T10:30:00-04:00"}"""));
        var article = Assert.IsType<ArticleRecord>(record).Article;
        Assert.Equal("2024-04-03T10:30:00-04:00", article.Metadata.Published?.ToString());
    }

    [Fact]
    public void A_line_that_is_not_an_object_is_reported()
    {
        var failure = Assert.IsType<SourceProblem>(Assert.Single(Read("feed.jsonl", "[1, 2]")));
        Assert.Equal("feed.jsonl:1", failure.Location);
        Assert.Contains("object", failure.Reason);
    }

    [Fact]
    public void A_record_without_body_or_title_is_skipped_naming_the_keys_looked_for()
    {
        var problem = Assert.IsType<SourceProblem>(Assert.Single(Read("feed.jsonl", """{"body": "", "title": null}""")));
        Assert.False(problem.IsFailure);
        Assert.Contains("body/text/content", problem.Reason);
    }

    [Fact]
    public void Gzipped_json_lines_are_read_and_named_without_both_extensions()
    {
        using var dir = new TempFolder();
        using (var file = File.Create(dir.Combine("wire.jsonl.gz")))
        using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
            gzip.Write(Encoding.UTF8.GetBytes("{\"newid\": 1, \"body\": \"Gold rose.\"}\n"));
        var article = Assert.IsType<ArticleRecord>(Assert.Single(ReadFolder(dir, new Dictionary<string, string> { ["id"] = "newid" }))).Article;
        Assert.Equal("wire/1", article.Id);
        Assert.Equal("Gold rose.", article.Text);
    }

    [Fact]
    public void A_truncated_gzip_file_is_reported_after_the_lines_read_before_the_damage()
    {
        using var dir = new TempFolder();
        var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
            for (var i = 0; i < 2000; i++)
                gzip.Write(Encoding.UTF8.GetBytes($"{{\"body\": \"story {i} {Guid.NewGuid()}\"}}\n"));
        dir.Write("cut.jsonl.gz", buffer.ToArray()[..(int)(buffer.Length / 2)]);
        var records = ReadFolder(dir);
        Assert.Contains(records, r => r is SourceProblem { IsFailure: true, SourceFile: "cut.jsonl.gz" });
        Assert.NotEmpty(records.OfType<ArticleRecord>());
    }
}
