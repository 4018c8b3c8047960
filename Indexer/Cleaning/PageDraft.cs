namespace SearchEngine.Indexing.Cleaning;

/// <summary>The working state the cleaning rules share: the page's lines and the kind each has been given so far.</summary>
public sealed class PageDraft
{
    private readonly LineKind[] _kinds;

    public PageDraft(IReadOnlyList<string> lines, string? explicitTitle)
    {
        Lines = lines;
        ExplicitTitle = explicitTitle;
        _kinds = new LineKind[lines.Count];
    }

    public IReadOnlyList<string> Lines { get; }

    /// <summary>The title a source stated outright (HTML or JSON), if any.</summary>
    public string? ExplicitTitle { get; }

    public int Count => Lines.Count;

    public LineKind KindOf(int index) => _kinds[index];

    public bool IsBody(int index) => _kinds[index] == LineKind.Body;

    public void Mark(int index, LineKind kind) => _kinds[index] = kind;

    public CleanedPage ToPage() =>
        new(Lines.Select((text, i) => new PageLine(i, text, _kinds[i])).ToList());
}
