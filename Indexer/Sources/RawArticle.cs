using SearchEngine.Indexing.Extraction;
using SearchEngine.Indexing.Extraction.Dates;

namespace SearchEngine.Indexing.Sources;

/// <summary>Metadata a source states outright (HTML meta tags, JSON fields). It always beats what is inferred from the text.</summary>
public sealed record ExplicitMetadata
{
    public string? Title { get; init; }
    public string? Outlet { get; init; }
    /// <summary>The date as the source wrote it; parsed by the date extractor unless <see cref="Published"/> holds it read.</summary>
    public string? Date { get; init; }
    /// <summary>
    /// <see cref="Date"/> as the source's reader read it, when it had to: a JSON Lines record's, read once to warn of one
    /// that is no day; a page's whose zone only the rest of the page tells (<see cref="ZoneAbbreviations.Printed"/>).
    /// </summary>
    public PublicationDate? Published { get; init; }
    /// <summary>How the source writes dates in numbers only ("01.09.2008"), as far as it shows; unknown when it does not.</summary>
    public NumericDateOrder DateOrder { get; init; }
    public string? Author { get; init; }
    public string? Url { get; init; }
    /// <summary>People as the source lists them (e.g. Reuters' <c>james-baker</c>); normalised by the people extractor.</summary>
    public IReadOnlyList<string>? People { get; init; }
    /// <summary>Where the source found each stated value; a field stated without an origin shows as "stated".</summary>
    public FieldOrigins Origins { get; init; } = FieldOrigins.None;

    public static readonly ExplicitMetadata None = new();
}

/// <summary>One article as read from its source, before any cleaning or extraction.</summary>
/// <param name="Id">Stable id: derived from the path relative to the source root (and the record's id or line for JSON Lines).</param>
/// <param name="SourcePath">Where it came from, for messages and display (<c>file</c> or <c>file:line</c>).</param>
/// <param name="Text">The article text: page text as scraped, or the body field.</param>
/// <param name="ContentHash">Hash of the source record, so an update can tell a changed article from an unchanged one.</param>
public sealed record RawArticle(string Id, string SourcePath, string Text, ExplicitMetadata Metadata, string ContentHash)
{
    /// <summary>The file the article was read from (several articles share one JSON Lines file).</summary>
    public string SourceFile { get; init; } = SourcePath;

    /// <summary>What the reader left out by markup before <see cref="Text"/> was made (HTML only).</summary>
    public IReadOnlyList<RemovedBlock> RemovedByMarkup { get; init; } = [];
}
