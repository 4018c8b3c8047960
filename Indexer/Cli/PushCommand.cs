using System.CommandLine;
using SearchEngine.Indexing.Cluster;
using SearchEngine.Indexing.Extraction;
using SearchEngine.Indexing.Writing;

namespace SearchEngine.Indexing.Cli;

/// <summary>
/// <c>indexer push</c>: what a rebuild makes of the sources, sent to an Elasticsearch or OpenSearch cluster in bulk
/// requests, or written as bulk files for the cluster's own tools. Credentials never come from the command line.
/// </summary>
internal static class PushCommand
{
    public static Command Create(CliContext context)
    {
        var sources = new SourceArguments();
        var cluster = new Option<string>("--cluster")
        {
            Description = $"The cluster's address, such as https://localhost:9200 [default: ${ClusterConnection.UrlVariable}]; credentials come from "
                          + $"${ClusterConnection.ApiKeyVariable}, ${ClusterConnection.UserVariable} and ${ClusterConnection.PasswordVariable}, or the file "
                          + $"${ClusterConnection.CredentialsFileVariable} names; a private CA from ${ClusterConnection.CaVariable}",
            HelpName = "URL",
        };
        var ndjson = new Option<string>("--ndjson")
        {
            Description = "Instead of sending, write the bulk requests to numbered files in this folder (bulk-000001.ndjson…) "
                          + $"with the index template ({BulkFileTarget.TemplateFile})",
            HelpName = "DIR",
        };
        var bulkMb = new Option<double>("--bulk-mb")
        {
            Description = "Largest bulk request body",
            HelpName = "MB",
            DefaultValueFactory = _ => BulkOptions.Default.MaxBytes / (1024.0 * 1024),
        };
        var bulkDocs = new Option<int>("--bulk-docs")
        {
            Description = "Most articles in one bulk request",
            HelpName = "N",
            DefaultValueFactory = _ => BulkOptions.Default.MaxDocuments,
        };
        var command = new Command("push", "Send the sources' articles to an Elasticsearch or OpenSearch cluster (index "
                                          + $"${ClusterConnection.IndexVariable}, default '{ClusterConnection.DefaultIndexName}'), "
                                          + "or write them as bulk files; a run again sends only what is missing or changed");
        sources.AddTo(command, after: cluster);
        command.Add(ndjson);
        command.Add(bulkMb);
        command.Add(bulkDocs);
        command.SetAction(parse =>
        {
            var paths = sources.Sources(parse);
            var build = sources.Options(parse);
            var bulk = new BulkOptions { MaxBytes = (long)(parse.GetValue(bulkMb) * 1024 * 1024), MaxDocuments = parse.GetValue(bulkDocs) };
            try
            {
                bulk.Validate();
            }
            catch (ArgumentException e)
            {
                throw new UsageException($"--bulk-mb, --bulk-docs: {e.Message}");
            }
            var folder = parse.GetValue(ndjson);
            var address = parse.GetValue(cluster);
            if (folder is not null && address is not null)
                throw new UsageException("--cluster and --ndjson: give one, a cluster to send to or a folder to write to");
            return folder is not null
                ? Push(context, paths, build, bulk, ClusterConnection.IndexNameFrom(context.Environment), new BulkFileTarget(folder), transport: null)
                : PushToCluster(context, paths, build, bulk, address);
        });
        return command;
    }

    private static int PushToCluster(CliContext context, IReadOnlyList<string> paths, BuildOptions build, BulkOptions bulk, string? address)
    {
        ClusterConnection? connection;
        try
        {
            connection = ClusterConnection.From(address, context.Environment);
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }
        if (connection is null)
            throw new UsageException($"push needs a destination: --cluster URL (or ${ClusterConnection.UrlVariable}), or --ndjson DIR");
        var transport = new HttpClusterTransport(connection);
        return Push(context, paths, build, bulk, connection.IndexName, new BulkClusterTarget(transport, connection.ToString(), connection.IndexName, bulk), transport);
    }

    private static int Push(CliContext context, IReadOnlyList<string> paths, BuildOptions build, BulkOptions bulk, string indexName, IBulkTarget target,
        IClusterTransport? transport)
    {
        using (transport)
        {
            var ingest = new BulkIngest(ArticlePipeline.Default, build, bulk, indexName);
            BulkReport report;
            try
            {
                var sending = context.ErrorIsTerminal ? (IBuildProgress)new TerminalProgressBar(context.Error) : new SendingLog(context.Error);
                report = ingest.RunAsync(paths, target, IndexerCli.Progress(context.Error, context.ErrorIsTerminal), sending).GetAwaiter().GetResult();
            }
            catch (Exception e) when (e is ClusterUnreachableException or BulkStoppedException)
            {
                context.Error.WriteLine(PrintableText.Of($"indexer: {e.Message}"));
                return ExitCodes.IndexUnavailable;
            }
            BulkReportPrinter.Print(report, toFiles: target is BulkFileTarget, context.Out);
            return report.Complete ? ExitCodes.Success : ExitCodes.Failure;
        }
    }

    /// <summary>Log lines while sending, where a redrawn bar would be noise.</summary>
    private sealed class SendingLog(TextWriter output) : ThrottledProgress(TimeSpan.FromSeconds(5))
    {
        protected override void Write(int documents, double fraction, TimeSpan elapsed) =>
            output.WriteLine($"progress: {Counted.Of(documents, "article")} sent or found unchanged, {fraction:P0} of the documents"
                             + Rate.After(", ", documents, elapsed));
    }
}
