using SearchEngine.Indexing.Cli;
using SearchEngine.Indexing.Cluster;
using SearchEngine.Indexing.Writing;
using SearchEngine.Tests.Support;

namespace SearchEngine.Tests.Cluster;

public sealed class IngestCommandTests : IDisposable
{
    private readonly TempFolder _dir = new();
    private readonly Dictionary<string, string> _environment = new();

    public void Dispose() => _dir.Dispose();

    private (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = IndexerCli.Run(args, new CliContext { Out = stdout, Error = stderr, Environment = _environment.GetValueOrDefault });
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Push_to_files_writes_them_exits_0_and_says_how_to_load_them()
    {
        var folder = _dir.Combine("ndjson");

        var (code, output, _) = Run("push", "--source", RepoPaths.Seeds, "--ndjson", folder);

        Assert.Equal(ExitCodes.Success, code);
        Assert.StartsWith("Wrote 5 articles ", output);
        Assert.Contains("in 1 bulk file", output);
        Assert.Contains("--data-binary @FILE URL/_bulk", output);
        Assert.True(File.Exists(Path.Combine(folder, BulkFileTarget.FileName(1))));
        Assert.True(File.Exists(Path.Combine(folder, BulkFileTarget.TemplateFile)));
    }

    [Fact]
    public void Push_to_a_cluster_no_one_answers_at_says_so_in_one_line_and_exits_3()
    {
        var (code, output, error) = Run("push", "--source", RepoPaths.Seeds, "--cluster", "http://127.0.0.1:9");

        Assert.Equal(ExitCodes.IndexUnavailable, code);
        Assert.Equal("", output);
        Assert.StartsWith("indexer: cannot reach the cluster at http://127.0.0.1:9: ", error);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Push_without_a_destination_is_a_usage_error_naming_both()
    {
        var (code, _, error) = Run("push", "--source", RepoPaths.Seeds);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Equal($"indexer: push needs a destination: --cluster URL (or ${ClusterConnection.UrlVariable}), or --ndjson DIR\n", error);
    }

    [Fact]
    public void Push_to_a_cluster_and_to_files_at_once_is_a_usage_error()
    {
        var (code, _, error) = Run("push", "--source", RepoPaths.Seeds, "--cluster", "http://127.0.0.1:9", "--ndjson", _dir.Combine("out"));

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--cluster and --ndjson: give one", error);
    }

    [Fact]
    public void Credentials_come_from_the_file_the_environment_names()
    {
        var file = _dir.Write("credentials", "ingest:s3cret\n");
        _environment[ClusterConnection.CredentialsFileVariable] = file;

        var connection = ClusterConnection.From("https://search.example:9200", _environment.GetValueOrDefault)!;

        Assert.Equal("Basic " + Convert.ToBase64String("ingest:s3cret"u8.ToArray()), connection.Authorization);
        Assert.DoesNotContain("s3cret", connection.ToString());
    }

    [Fact]
    public void A_credentials_file_that_cannot_be_read_is_a_usage_error_naming_it()
    {
        var missing = _dir.Combine("no-such-credentials");
        _environment[ClusterConnection.CredentialsFileVariable] = missing;

        var (code, _, error) = Run("push", "--source", RepoPaths.Seeds, "--cluster", "http://127.0.0.1:9");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains($"cannot read the credentials file '{missing}'", error);
    }

    [Fact]
    public void The_summary_names_every_article_not_indexed_with_its_source_and_the_engine_s_reason()
    {
        var report = new BulkReport
        {
            Destination = "index articles at http://stand-in:9200",
            IndexName = ClusterConnection.DefaultIndexName,
            Read = new BuildReport { Indexed = 3 },
            Sent = 1,
            Rejected = [new BulkProblem("wire/b", "wire.jsonl:2", "document_parsing_exception", "failed to parse field [date_sort]")],
            Failed = [new BulkProblem("wire/c", "wire.jsonl:3", null, "not indexed after 6 attempts; the last answer: 429 es_rejected_execution_exception: queue full")],
            Requests = 1,
        };
        var output = new StringWriter();

        BulkReportPrinter.Print(report, toFiles: false, output);

        var lines = output.ToString().Split('\n');
        Assert.StartsWith("Pushed to index articles at http://stand-in:9200 in 0.0 s: 1 sent, ", lines[0]);
        Assert.Contains("0 unchanged, 1 rejected, 1 not indexed; 0 skipped, 0 failed.", lines[0]);
        Assert.Contains("  rejected: wire/b (wire.jsonl:2): document_parsing_exception: failed to parse field [date_sort]", lines);
        Assert.Contains("  not indexed: wire/c (wire.jsonl:3): not indexed after 6 attempts; the last answer: 429 es_rejected_execution_exception: queue full", lines);
    }
}
