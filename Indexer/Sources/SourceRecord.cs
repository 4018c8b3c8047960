namespace SearchEngine.Indexing.Sources;

/// <summary>What reading a source yields: an article, or a problem with one file or line that the build reports and goes past.</summary>
public abstract record SourceRecord(string SourceFile);

public sealed record ArticleRecord(RawArticle Article) : SourceRecord(Article.SourceFile);

/// <summary>
/// A file of one article not read yet (see <see cref="SourceScanner.ReadDeferringPages"/>): whoever takes it reads it,
/// so pages are parsed on a build's worker threads rather than one after another on its reading thread.
/// </summary>
public sealed record DeferredRecord(string File, Func<IEnumerable<SourceRecord>> Read) : SourceRecord(File);

/// <summary>
/// A file of one article whose bytes the index already holds under its id: not parsed again (see <see cref="SourceScanner"/>).
/// </summary>
public sealed record UnchangedRecord(string Id, string File) : SourceRecord(File);

public enum ProblemKind
{
    /// <summary>The file was read and indexed, but not quite as written (text that is not UTF-8, say).</summary>
    Warning,
    /// <summary>A file deliberately passed over: empty, unsupported type, too large.</summary>
    Skipped,
    /// <summary>Input that should have been an article and could not be read.</summary>
    Failed,
}

/// <param name="Location">The file, or <c>file:line</c> for one record of a JSON Lines file.</param>
public sealed record SourceProblem(string SourceFile, string Location, string Reason, ProblemKind Kind) : SourceRecord(SourceFile)
{
    public bool IsFailure => Kind == ProblemKind.Failed;

    public static SourceProblem Failed(string file, string reason, int? line = null) => new(file, At(file, line), reason, ProblemKind.Failed);

    public static SourceProblem Skipped(string file, string reason, int? line = null) => new(file, At(file, line), reason, ProblemKind.Skipped);

    public static SourceProblem Warning(string file, string reason, int? line = null) => new(file, At(file, line), reason, ProblemKind.Warning);

    private static string At(string file, int? line) => line is null ? file : $"{file}:{line}";
}
