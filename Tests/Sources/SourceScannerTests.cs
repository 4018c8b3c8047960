using SearchEngine.Indexing.Sources;
using SearchEngine.Tests.Support;

namespace SearchEngine.Tests.Sources;

public class SourceScannerTests
{
    private static List<SourceRecord> ReadAll(string path, SourceOptions? options = null) =>
        new SourceScanner(options ?? SourceOptions.Default).Read(SourceScanner.FindFiles([path])).ToList();

    private static RawArticle SingleArticle(IEnumerable<SourceRecord> records) =>
        Assert.IsType<ArticleRecord>(Assert.Single(records)).Article;

    private static SourceProblem SingleProblem(IEnumerable<SourceRecord> records) =>
        Assert.IsType<SourceProblem>(Assert.Single(records));

    [Fact]
    public void Plain_text_file_becomes_one_article_with_an_id_from_its_path_relative_to_the_source_folder()
    {
        using var dir = new TempFolder();
        dir.Write("ukraine/korea.txt", "Headline\n\nBody paragraph.");
        var article = SingleArticle(ReadAll(dir.Path));
        Assert.Equal("ukraine/korea", article.Id);
        Assert.Equal("ukraine/korea.txt", article.SourcePath);
        Assert.Contains("Body paragraph.", article.Text);
    }

    [Fact]
    public void Pages_are_left_for_whoever_takes_them_to_read_and_json_lines_records_come_read()
    {
        using var dir = new TempFolder();
        dir.Write("page.html", "<html><body><p>The story.</p></body></html>");
        dir.Write("feed.jsonl", "{\"id\": \"r1\", \"body\": \"A record.\"}");

        var records = new SourceScanner(SourceOptions.Default).ReadDeferringPages(SourceScanner.FindFiles([dir.Path])).ToList();

        Assert.Equal("feed/r1", SingleArticle(records.OfType<ArticleRecord>()).Id);
        var page = Assert.Single(records.OfType<DeferredRecord>());
        Assert.Equal("page", SingleArticle(page.Read()).Id);
    }

    [Fact]
    public void A_page_whose_bytes_the_index_already_holds_is_not_read_again()
    {
        using var dir = new TempFolder();
        dir.Write("held.html", "<html><body><p>The story.</p></body></html>");
        dir.Write("new.html", "<html><body><p>Another story.</p></body></html>");
        var held = SourceText.Hash(File.ReadAllBytes(dir.Combine("held.html")));

        var records = new SourceScanner(SourceOptions.Default, (id, hash) => id == "held" && hash == held)
            .Read(SourceScanner.FindFiles([dir.Path])).ToList();

        Assert.Equal("held", Assert.IsType<UnchangedRecord>(Assert.Single(records, r => r is UnchangedRecord)).Id);
        Assert.Equal("new", SingleArticle(records.OfType<ArticleRecord>()).Id);
    }

    [Fact]
    public async Task A_pipe_named_like_a_json_lines_file_is_passed_over_without_waiting_for_a_writer()
    {
        if (!OperatingSystem.IsLinux()) return;
        using var dir = new TempFolder();
        var fifo = dir.Combine("feed.jsonl");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", fifo)) mkfifo.WaitForExit();

        var records = await Task.Run(() => ReadAll(dir.Path)).WaitAsync(TimeSpan.FromSeconds(20));

        Assert.False(SingleProblem(records).IsFailure);
    }

    [Fact]
    public void A_link_back_up_the_folder_tree_is_not_followed_round_and_round()
    {
        using var dir = new TempFolder();
        dir.Write("a.txt", "Headline\n\nBody paragraph.");
        Directory.CreateDirectory(dir.Combine("sub"));
        Directory.CreateSymbolicLink(dir.Combine("sub/up"), dir.Path);

        var files = SourceScanner.FindFiles([dir.Path]);

        Assert.Equal(["a.txt", "sub/up/"], files.Select(f => f.DisplayPath));
        Assert.StartsWith("a link up to ./, a folder that holds it; not followed", files[1].PassedOver);
    }

    [Fact]
    public void Links_that_lead_to_each_other_are_reported_as_a_loop_and_the_rest_is_read()
    {
        using var dir = new TempFolder();
        dir.Write("a.txt", "Headline\n\nBody paragraph.");
        File.CreateSymbolicLink(dir.Combine("ping.txt"), "pong.txt");
        File.CreateSymbolicLink(dir.Combine("pong.txt"), "ping.txt");

        var records = ReadAll(dir.Path);

        Assert.Equal("a", SingleArticle(records.OfType<ArticleRecord>()).Id);
        Assert.Equal(["ping.txt", "pong.txt"], records.OfType<SourceProblem>().Select(p => p.Location));
        Assert.All(records.OfType<SourceProblem>(), p => Assert.StartsWith("a link that leads round in a loop", p.Reason));
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    public void Text_in_utf_16_with_its_byte_order_mark_is_read_as_text(string encoding)
    {
        using var dir = new TempFolder();
        var utf16 = System.Text.Encoding.GetEncoding(encoding);
        dir.Write("korea.txt", [.. utf16.GetPreamble(), .. utf16.GetBytes("Headline\n\nKim Jong-un visited the base.")]);

        Assert.Contains("Kim Jong-un visited the base.", SingleArticle(ReadAll(dir.Path)).Text);
    }

    [Fact]
    public void Text_that_is_not_utf8_is_indexed_with_a_warning_naming_the_file_and_the_byte()
    {
        using var dir = new TempFolder();
        dir.Write("paris.txt", [.. "Headline\n\nCaf"u8, 0xE9, .. " au lait."u8]);

        var records = ReadAll(dir.Path);

        Assert.Single(records.OfType<ArticleRecord>());
        var warning = SingleProblem(records.OfType<SourceProblem>());
        Assert.Equal((ProblemKind.Warning, "paris.txt"), (warning.Kind, warning.Location));
        Assert.Contains("not valid UTF-8 (byte 13 is 0xE9); read as Windows-1252", warning.Reason);
    }

    [Fact]
    public void A_page_that_is_not_utf8_is_indexed_with_a_warning_naming_the_file()
    {
        using var dir = new TempFolder();
        dir.Write("paris.html", [.. "<html><body><article><h1>Caf"u8, 0xE9, .. "</h1><p>A long enough paragraph about coffee in Paris, with more words.</p></article></body></html>"u8]);

        var records = ReadAll(dir.Path);

        Assert.Single(records.OfType<ArticleRecord>());
        Assert.Equal(ProblemKind.Warning, SingleProblem(records.OfType<SourceProblem>()).Kind);
    }

    [Fact]
    public void A_json_lines_record_that_is_not_utf8_is_indexed_with_a_warning_naming_its_line()
    {
        using var dir = new TempFolder();
        dir.Write("feed.jsonl", [.. "{\"body\": \"Fine.\"}\n{\"body\": \"Caf"u8, 0xE9, .. "\"}\n{\"body\": \"Caf"u8, 0xE9, .. "\"}\n"u8]);

        var records = ReadAll(dir.Path);

        Assert.Equal(3, records.OfType<ArticleRecord>().Count());
        var warning = SingleProblem(records.OfType<SourceProblem>());
        Assert.Equal((ProblemKind.Warning, "feed.jsonl:2"), (warning.Kind, warning.Location));
        Assert.Contains("not valid UTF-8", warning.Reason);
    }

    [Fact]
    public void A_file_whose_name_is_not_utf8_is_reported_as_such_not_as_missing()
    {
        if (!OperatingSystem.IsLinux()) return;
        using var dir = new TempFolder();
        // .NET cannot create such a name; the shell writes the byte 0xE9 itself.
        var shell = new System.Diagnostics.ProcessStartInfo("sh") { ArgumentList = { "-c", "printf 'Head\\n\\nBody.' > \"$1/$(printf 'caf\\351.txt')\"", "sh", dir.Path } };
        using (var write = System.Diagnostics.Process.Start(shell)!) write.WaitForExit();

        var problem = SingleProblem(ReadAll(dir.Path));

        Assert.Equal(("caf\uFFFD.txt", true), (problem.Location, problem.IsFailure));
        Assert.Contains("its name is not valid UTF-8", problem.Reason);
    }

    [Fact]
    public void A_link_to_nothing_is_reported_as_a_link_naming_its_target()
    {
        using var dir = new TempFolder();
        File.CreateSymbolicLink(dir.Combine("story.txt"), "gone.txt");

        var problem = SingleProblem(ReadAll(dir.Path));

        Assert.Equal("it is a link to gone.txt, which does not exist", problem.Reason);
    }

    [Fact]
    public void A_folder_named_like_a_text_file_is_read_as_a_folder_of_articles()
    {
        using var dir = new TempFolder();
        dir.Write("notes.txt/inner.txt", "Headline\n\nBody.");

        var article = SingleArticle(ReadAll(dir.Path));

        Assert.Equal(("notes.txt/inner", "notes.txt/inner.txt"), (article.Id, article.SourcePath));
    }

    [Fact]
    public void A_folder_named_like_a_text_file_given_as_the_source_is_read_as_a_folder()
    {
        using var dir = new TempFolder();
        dir.Write("notes.txt/inner.txt", "Headline\n\nBody.");

        Assert.Equal("inner", SingleArticle(ReadAll(dir.Combine("notes.txt"))).Id);
    }

    [Fact]
    public void Folders_are_read_recursively_in_a_stable_order()
    {
        using var dir = new TempFolder();
        dir.Write("b/2.txt", "two");
        dir.Write("a/1.txt", "one");
        dir.Write("c.txt", "three");
        var ids = ReadAll(dir.Path).OfType<ArticleRecord>().Select(r => r.Article.Id);
        Assert.Equal(["a/1", "b/2", "c"], ids);
    }

    [Fact]
    public void The_same_bytes_give_the_same_content_hash_and_other_bytes_another()
    {
        using var dir = new TempFolder();
        dir.Write("a.txt", "same text");
        dir.Write("b.txt", "same text");
        dir.Write("c.txt", "other text");
        var hashes = ReadAll(dir.Path).OfType<ArticleRecord>().Select(r => r.Article.ContentHash).ToList();
        Assert.Equal(hashes[0], hashes[1]);
        Assert.NotEqual(hashes[0], hashes[2]);
    }

    [Fact]
    public void An_empty_file_is_skipped_with_its_reason()
    {
        using var dir = new TempFolder();
        dir.Write("empty.txt", "");
        var problem = SingleProblem(ReadAll(dir.Path));
        Assert.False(problem.IsFailure);
        Assert.Equal("empty.txt", problem.Location);
        Assert.Contains("empty", problem.Reason);
    }

    [Fact]
    public void A_binary_file_is_reported_as_failed_naming_the_file()
    {
        using var dir = new TempFolder();
        dir.Write("photo.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A]);
        var problem = SingleProblem(ReadAll(dir.Path));
        Assert.True(problem.IsFailure);
        Assert.Equal("photo.txt", problem.Location);
        Assert.Contains("binary", problem.Reason);
    }

    [Fact]
    public void Invalid_utf8_is_read_as_latin1_so_no_text_is_lost()
    {
        using var dir = new TempFolder();
        dir.Write("pound.txt", [.. "Costs "u8, 0xA3, .. "5 million"u8]);
        Assert.Equal("Costs £5 million", SingleArticle(ReadAll(dir.Path).OfType<ArticleRecord>()).Text);
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_not_part_of_the_text()
    {
        using var dir = new TempFolder();
        dir.Write("bom.txt", [0xEF, 0xBB, 0xBF, .. "Title"u8]);
        Assert.Equal("Title", SingleArticle(ReadAll(dir.Path)).Text);
    }

    [Fact]
    public void A_50_MB_file_is_skipped_as_larger_than_any_article()
    {
        using var dir = new TempFolder();
        var path = dir.Combine("huge.txt");
        using (var stream = File.Create(path))
            stream.SetLength(50L * 1024 * 1024);
        var problem = SingleProblem(ReadAll(dir.Path));
        Assert.False(problem.IsFailure);
        Assert.Contains("50.0 MB", problem.Reason);
    }

    [Fact]
    public void A_file_that_cannot_be_opened_is_reported_as_failed_and_the_others_are_read()
    {
        using var dir = new TempFolder();
        dir.Write("good.txt", "Readable article.");
        File.CreateSymbolicLink(dir.Combine("broken.txt"), dir.Combine("nowhere", "gone.txt"));
        var records = ReadAll(dir.Path);
        var failure = Assert.Single(records.OfType<SourceProblem>());
        Assert.True(failure.IsFailure);
        Assert.Equal("broken.txt", failure.Location);
        Assert.Single(records.OfType<ArticleRecord>());
    }

    [Fact]
    public void A_file_of_another_type_is_skipped_naming_the_types_read()
    {
        using var dir = new TempFolder();
        dir.Write("notes.pdf", "%PDF-1.4");
        var problem = SingleProblem(ReadAll(dir.Path));
        Assert.False(problem.IsFailure);
        Assert.Contains(".jsonl", problem.Reason);
    }

    [Fact]
    public void A_file_without_an_extension_is_skipped_saying_it_has_none()
    {
        using var dir = new TempFolder();
        dir.Write("segments_2", "?");

        Assert.StartsWith("not an article file type (no file extension); reads .txt", SingleProblem(ReadAll(dir.Path)).Reason);
    }

    [Theory]
    [InlineData("a.text")]
    [InlineData("a.xhtml")]
    [InlineData("a.ndjson")]
    [InlineData("a.ndjson.gz")]
    public void The_skip_message_for_another_type_names_every_type_that_is_read(string read)
    {
        using var dir = new TempFolder();
        dir.Write("notes.pdf", "%PDF-1.4");
        var reason = SingleProblem(ReadAll(dir.Path)).Reason;
        Assert.True(SourceScanner.IsSupported(read));
        Assert.Contains(read[1..], reason.Split("; reads ")[1].Split(", "));
    }

    [Theory]
    [InlineData("README")]
    [InlineData("README.txt")]
    [InlineData("readme.md")]
    [InlineData("LICENSE")]
    [InlineData("LICENCE.txt")]
    [InlineData("COPYING")]
    public void A_readme_or_licence_found_in_a_folder_is_skipped_not_read_as_an_article(string name)
    {
        using var dir = new TempFolder();
        dir.Write(name, "This collection holds articles from 2004 and 2005.");

        var problem = SingleProblem(ReadAll(dir.Path));

        Assert.False(problem.IsFailure);
        Assert.Contains("the collection's own README or licence", problem.Reason);
    }

    [Fact]
    public void A_readme_named_as_a_source_itself_is_read_as_an_article()
    {
        using var dir = new TempFolder();
        var readme = dir.Write("README.txt", "Headline\n\nBody paragraph.");

        Assert.Equal("README", SingleArticle(ReadAll(readme)).Id);
    }

    [Fact]
    public void An_article_whose_name_only_begins_like_a_readme_is_read()
    {
        using var dir = new TempFolder();
        dir.Write("readmes-of-the-week.txt", "Headline\n\nBody paragraph.");

        SingleArticle(ReadAll(dir.Path));
    }
}
