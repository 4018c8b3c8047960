namespace SearchEngine.Indexing.Cleaning;

/// <summary>A page split into lines, each classified. The body is what remains of the article's own paragraphs, in order.</summary>
public sealed class CleanedPage
{
    public CleanedPage(IReadOnlyList<PageLine> lines) => Lines = lines;

    public IReadOnlyList<PageLine> Lines { get; }

    public IEnumerable<PageLine> OfKind(LineKind kind) => Lines.Where(l => l.Kind == kind);

    public IEnumerable<string> BodyParagraphs => OfKind(LineKind.Body).Select(l => l.Text);

    /// <summary>The cleaned body: article paragraphs separated by blank lines.</summary>
    public string Body => string.Join("\n\n", BodyParagraphs);
}
