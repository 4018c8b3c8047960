namespace SearchEngine.Indexing.Sources;

/// <summary>
/// Finds the article files under the paths given (folders recursively, in a stable order) and reads each with the reader
/// for its format. Every problem becomes a <see cref="SourceProblem"/>; nothing here throws for one bad file.
/// </summary>
public sealed class SourceScanner(SourceOptions options, Func<string, string, bool>? alreadyIndexed = null)
{
    private static readonly string[] TextExtensions = [".txt", ".text"];
    private static readonly string[] HtmlExtensions = [".html", ".htm", ".xhtml"];
    private static readonly string[] JsonLinesExtensions = [".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz"];

    /// <summary>Every type read, as the skip message for another type lists them.</summary>
    private static readonly string TypesRead = string.Join(", ", TextExtensions.Concat(HtmlExtensions).Concat(JsonLinesExtensions));

    private long _bytesRead;

    /// <summary>Source bytes read so far, across threads: the measure of progress.</summary>
    public long BytesRead => Interlocked.Read(ref _bytesRead);

    public static bool IsSupported(string path) => FormatOf(path) is not null;

    /// <summary>The files the paths name, each with its display path relative to the folder it was found under.</summary>
    public static IReadOnlyList<SourceFileInfo> FindFiles(IEnumerable<string> paths) => FindFiles(SourceSet.Of(paths));

    /// <summary>
    /// The files of a source set, each real file once, with display paths (and so ids) relative to the set's root, and
    /// the links and folders passed over (see <see cref="SourceWalk"/>).
    /// </summary>
    public static IReadOnlyList<SourceFileInfo> FindFiles(SourceSet sources) => SourceWalk.Find(sources);

    public IEnumerable<SourceRecord> Read(IEnumerable<SourceFileInfo> files) => files.SelectMany(Read);

    /// <summary>
    /// As <see cref="Read(IEnumerable{SourceFileInfo})"/>, but a file of one article comes as a <see cref="DeferredRecord"/>:
    /// parsing a page costs far more than finding it, so a build reads pages where it handles them, on its worker
    /// threads. A JSON Lines file is still read here, its records in order, as one file holds many articles.
    /// </summary>
    public IEnumerable<SourceRecord> ReadDeferringPages(IEnumerable<SourceFileInfo> files) =>
        files.SelectMany(file => FormatOf(file.FullPath) is SourceFormat.Html or SourceFormat.Text
            ? [new DeferredRecord(file.DisplayPath, () => Read(file))]
            : Read(file));

    public IEnumerable<SourceRecord> Read(SourceFileInfo file)
    {
        if (file.PassedOver is { } reason)
            return [SourceProblem.Skipped(file.DisplayPath, reason)];
        if (file.FoundInFolder && CorpusDocument.Is(file.FullPath))
            return [SourceProblem.Skipped(file.DisplayPath, "the collection's own README or licence, not an article; name the file as a --source to index it")];
        var format = FormatOf(file.FullPath);
        if (format is null)
            return [SourceProblem.Skipped(file.DisplayPath,
                $"not an article file type ({ExtensionOf(file.FullPath)}); reads {TypesRead}")];
        try
        {
            // A dangling link passes File.Exists; its target is what has to be there.
            if (!File.Exists(file.FullPath) || new FileInfo(file.FullPath).ResolveLinkTarget(returnFinalTarget: true) is { Exists: false })
                return [SourceProblem.Failed(file.DisplayPath, MissingFile.Reason(file.FullPath))];
            return format == SourceFormat.JsonLines ? ReadJsonLines(file) : ReadWhole(file, format.Value);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [SourceProblem.Failed(file.DisplayPath, $"cannot read: {e.Message}")];
        }
    }

    private IEnumerable<SourceRecord> ReadWhole(SourceFileInfo file, SourceFormat format)
    {
        var length = new FileInfo(file.FullPath).Length;
        if (length == 0)
            return [SourceProblem.Skipped(file.DisplayPath, "empty file")];
        if (length > options.MaxArticleBytes)
        {
            Interlocked.Add(ref _bytesRead, length);
            return [SourceProblem.Skipped(file.DisplayPath, $"{length / 1048576.0:0.0} MB is larger than any article (limit {options.MaxArticleBytes / 1048576.0:0.#} MB)")];
        }
        var bytes = File.ReadAllBytes(file.FullPath);
        Interlocked.Add(ref _bytesRead, bytes.Length);
        if (SourceText.LooksBinary(bytes))
            return [SourceProblem.Failed(file.DisplayPath, "binary content (NUL bytes), not text")];
        // Parsing a page costs a hundred times hashing it: an update asks first whether the index holds these very bytes.
        if (alreadyIndexed is not null && alreadyIndexed(file.IdStem, SourceText.Hash(bytes)))
            return [new UnchangedRecord(file.IdStem, file.DisplayPath)];
        return format == SourceFormat.Html ? HtmlReader.Read(file, bytes) : PlainTextReader.Read(file, bytes);
    }

    private IEnumerable<SourceRecord> ReadJsonLines(SourceFileInfo file)
    {
        // A pipe or device reports no length, and opening one would wait for a writer that may never come.
        if (new FileInfo(file.FullPath).Length == 0)
            return [SourceProblem.Skipped(file.DisplayPath, "empty file")];
        // Streamed, so a large JSON Lines file costs no more memory than its longest line.
        Stream stream;
        try
        {
            stream = new ByteCountingStream(File.OpenRead(file.FullPath), n => Interlocked.Add(ref _bytesRead, n));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [SourceProblem.Failed(file.DisplayPath, $"cannot read: {e.Message}")];
        }
        return JsonLinesReader.Read(file, stream, options.FieldMap, options.MaxArticleBytes);
    }

    /// <summary>The extension as the skip message names it: an index's <c>segments_2</c> or a <c>CURRENT</c> file has none.</summary>
    private static string ExtensionOf(string path) => Path.GetExtension(path) is { Length: > 1 } ext ? ext : "no file extension";

    internal static SourceFileInfo Describe(string fullPath, string displayPath)
    {
        displayPath = displayPath.Replace('\\', '/');
        var stem = displayPath;
        foreach (var ext in JsonLinesExtensions.Concat(HtmlExtensions).Concat(TextExtensions).OrderByDescending(e => e.Length))
        {
            if (stem.EndsWith(ext, StringComparison.OrdinalIgnoreCase))
            {
                stem = stem[..^ext.Length];
                break;
            }
        }
        return new SourceFileInfo(fullPath, displayPath, stem);
    }

    private static SourceFormat? FormatOf(string path)
    {
        bool Has(string[] exts) => exts.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));
        if (Has(JsonLinesExtensions)) return SourceFormat.JsonLines;
        if (Has(HtmlExtensions)) return SourceFormat.Html;
        if (Has(TextExtensions)) return SourceFormat.Text;
        return null;
    }

    private enum SourceFormat { Text, Html, JsonLines }
}
