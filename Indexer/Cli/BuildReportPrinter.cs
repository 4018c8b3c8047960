using SearchEngine.Indexing.Writing;

namespace SearchEngine.Indexing.Cli;

/// <summary>The end-of-build summary: counts, then every file read with a warning, skipped or failed, with the reason.</summary>
public static class BuildReportPrinter
{
    /// <summary>Files of one kind of change listed by name before the rest are only counted, unless every one is asked for.</summary>
    public const int ChangedFilesShown = 10;

    /// <param name="everyFile">
    /// List every file an update added, changed or removed, not only the first <see cref="ChangedFilesShown"/>.
    /// </param>
    public static void Print(BuildReport report, bool rebuild, IndexStore store, TextWriter output, bool everyFile = false)
    {
        var verb = rebuild ? "Built" : "Updated";
        output.WriteLine($"{verb} {store.Root} in {report.Elapsed.TotalSeconds:0.0} s: "
                         + $"{report.Indexed:N0} indexed{Rate.After(" at ", report.Indexed, report.Elapsed)}, "
                         + (rebuild ? "" : $"{report.Unchanged:N0} unchanged, {report.Removed:N0} removed, ")
                         + $"{report.Skipped.Count:N0} skipped, {report.Failed.Count:N0} failed"
                         + (report.Warnings.Count == 0 ? "." : $", {report.Warnings.Count:N0} with a warning."));
        if (rebuild && report.Indexed == 0)
            output.WriteLine("Found no articles in the sources: the index is empty.");
        if (report.KeptFromOtherSources > 0)
            output.WriteLine(PrintableText.Of($"Kept {Counted.Of(report.KeptFromOtherSources, "article")} from outside the sources given"
                             + (report.OtherSources.Count > 0 ? $" (the index also holds {string.Join(", ", report.OtherSources)})" : "")
                             + "; --remove-unlisted removes them."));
        if (report.RemovedFromOtherSources > 0)
            output.WriteLine($"Removed {Counted.Of(report.RemovedFromOtherSources, "article")} from outside the sources given, as asked (counted in removed).");
        PrintChangedFiles("added:  ", report.AddedFiles, everyFile, output);
        PrintChangedFiles("changed:", report.ChangedFiles, everyFile, output);
        PrintChangedFiles("removed:", report.RemovedFiles, everyFile, output);
        PrintDuplicates(report, output);
        PrintProblems(report, output);
    }

    /// <summary>
    /// Which files an update found changed, so an edit that was missed, or a removal nobody meant, shows by name; a
    /// large change (a new folder of thousands) is cut short with where the whole list is.
    /// </summary>
    private static void PrintChangedFiles(string label, IReadOnlyList<ChangedFile> files, bool everyFile, TextWriter output)
    {
        var shown = everyFile || files.Count <= ChangedFilesShown ? files.Count : ChangedFilesShown;
        foreach (var file in files.Take(shown))
            output.WriteLine(PrintableText.Of($"  {label} {file.File}" + (file.Articles > 1 ? $" ({file.Articles:N0} articles)" : "")));
        if (files.Count > shown)
            output.WriteLine($"  {label} … and {Counted.Of(files.Count - shown, "more file")} (--verbose lists every one)");
    }

    public static void PrintDuplicates(BuildReport report, TextWriter output)
    {
        if (report.Duplicates is { } d)
            output.WriteLine($"Near-identical copies: {d.Copies:N0} in {Counted.Of(d.Clusters, "cluster")}; derived from earlier articles: {d.Derived:N0}; signatures {d.SignatureTime.TotalSeconds:0.00} s (all threads), clustering {d.ClusteringTime.TotalSeconds:0.00} s.");
    }

    public static void PrintProblems(BuildReport report, TextWriter output)
    {
        foreach (var warning in report.Warnings)
            output.WriteLine(PrintableText.Of($"  warning: {warning.Location}: {warning.Reason}"));
        foreach (var skip in report.Skipped)
            output.WriteLine(PrintableText.Of($"  skipped: {skip.Location}: {skip.Reason}"));
        foreach (var failure in report.Failed)
            output.WriteLine(PrintableText.Of($"  failed:  {failure.Location}: {failure.Reason}"));
    }
}
