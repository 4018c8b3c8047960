using SearchEngine.Indexing.Cluster;

namespace SearchEngine.Indexing.Cli;

/// <summary>The end-of-push summary: counts, then every article not indexed with the engine's reason, then the files read with a problem.</summary>
public static class BulkReportPrinter
{
    /// <summary>Failures that share a reason (all those after the cluster stopped answering, say) are listed this far, then counted.</summary>
    public const int ListedPerReason = 20;

    public static void Print(BulkReport report, bool toFiles, TextWriter output)
    {
        var read = report.Read;
        var files = $"{read.Skipped.Count:N0} skipped, {read.Failed.Count:N0} failed" + (read.Warnings.Count == 0 ? "." : $", {read.Warnings.Count:N0} with a warning.");
        if (toFiles)
            output.WriteLine(PrintableText.Of($"Wrote {Counted.Of(report.Sent, "article")}{Rate.After(" at ", report.Sent, report.Elapsed)}"
                             + $" in {Counted.Of(report.Requests, "bulk file")} "
                             + $"({report.Bytes / (1024.0 * 1024):0.0} MB) and {BulkFileTarget.TemplateFile} to {report.Destination} in {report.Elapsed.TotalSeconds:0.0} s; {files}"));
        else
            output.WriteLine(PrintableText.Of($"Pushed to {report.Destination} in {report.Elapsed.TotalSeconds:0.0} s: "
                             + $"{report.Sent:N0} sent{Rate.After(" at ", report.Sent, report.Elapsed)}, "
                             + $"{report.Unchanged:N0} unchanged, {report.Rejected.Count:N0} rejected, {report.Failed.Count:N0} not indexed; {files}"));
        BuildReportPrinter.PrintDuplicates(read, output);
        if (report.JoinedStored > 0 || report.MovedClusters > 0)
            output.WriteLine($"Among the copies already stored: {Counted.Of(report.JoinedStored, "article")} joined stored copies, "
                             + $"{Counted.Of(report.MovedClusters, "stored cluster")} moved to an earlier article of this push.");
        if (report.Stopped is { } stopped)
            output.WriteLine(PrintableText.Of($"Stopped sending: {stopped}. The same push run again sends what is missing."));
        foreach (var rejected in report.Rejected)
            output.WriteLine(PrintableText.Of($"  rejected: {rejected.Id} ({rejected.SourcePath}): {Reason(rejected)}"));
        foreach (var group in report.Failed.GroupBy(Reason))
        {
            foreach (var failed in group.Take(ListedPerReason))
                output.WriteLine(PrintableText.Of($"  not indexed: {failed.Id} ({failed.SourcePath}): {group.Key}"));
            if (group.Count() > ListedPerReason)
                output.WriteLine($"  not indexed: {Counted.Of(group.Count() - ListedPerReason, "more article")} for the same reason");
        }
        BuildReportPrinter.PrintProblems(read, output);
        if (toFiles && report.Requests > 0)
            output.WriteLine(PrintableText.Of($"Load them with: curl -X PUT -H 'Content-Type: application/json' --data-binary @{BulkFileTarget.TemplateFile} "
                             + $"URL{BulkClusterTarget.TemplatePath(report.IndexName)}, then per file curl -H 'Content-Type: {BulkRequest.ContentType}' --data-binary @FILE URL{BulkRequest.Path}"));
    }

    private static string Reason(BulkProblem problem) => problem.ErrorType is { } type ? $"{type}: {problem.Reason}" : problem.Reason;
}
