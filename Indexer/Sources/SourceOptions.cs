namespace SearchEngine.Indexing.Sources;

/// <summary>How sources are read.</summary>
public sealed record SourceOptions
{
    /// <summary>Article files (text, HTML) larger than this are passed over: no real article is, and a runaway file should not stall a build.</summary>
    public long MaxArticleBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>JSON Lines field names given by the user (<c>--field title=headline_text</c>); they beat the built-in aliases.</summary>
    public IReadOnlyDictionary<string, string> FieldMap { get; init; } = new Dictionary<string, string>();

    public static readonly SourceOptions Default = new();
}

/// <summary>One file to read, with the names it is known by.</summary>
/// <param name="FullPath">Where to open it.</param>
/// <param name="DisplayPath">How messages and the index name it: relative to the source folder given.</param>
/// <param name="IdStem">The display path without extension, with '/' separators: the stem of its articles' ids.</param>
public sealed record SourceFileInfo(string FullPath, string DisplayPath, string IdStem)
{
    /// <summary>Found by reading a folder, rather than named as a source itself.</summary>
    public bool FoundInFolder { get; init; }

    /// <summary>Why the scanner passes this entry over without opening it (an index folder), or null to read it.</summary>
    public string? PassedOver { get; init; }
}
