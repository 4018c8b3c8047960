namespace SearchEngine.Indexing.Sources;

/// <summary>What reading a source yields: an article, or a problem with one file or line that the build reports and goes past.</summary>
public abstract record SourceRecord(string SourceFile);

public sealed record ArticleRecord(RawArticle Article) : SourceRecord(Article.SourceFile);

/// <param name="Location">The file, or <c>file:line</c> for one record of a JSON Lines file.</param>
/// <param name="IsFailure">True for input that should have been an article and could not be read; false for a file deliberately passed over (empty, unsupported type, too large).</param>
public sealed record SourceProblem(string SourceFile, string Location, string Reason, bool IsFailure) : SourceRecord(SourceFile)
{
    public static SourceProblem Failed(string file, string reason, int? line = null) =>
        new(file, line is null ? file : $"{file}:{line}", reason, IsFailure: true);

    public static SourceProblem Skipped(string file, string reason, int? line = null) =>
        new(file, line is null ? file : $"{file}:{line}", reason, IsFailure: false);
}
