using SearchEngine.Indexing.Sources;

namespace SearchEngine.Indexing.Extraction;

/// <summary>
/// A publication date, with the time of day when the source gave one. The time is the page's local clock time, so the
/// day is the day the page was published where it was published; <paramref name="Offset"/> is its zone's offset from
/// UTC when the source stated one.
/// </summary>
public sealed record PublicationDate(DateTime Value, bool HasTime, TimeSpan? Offset = null)
{
    /// <summary>The facet value: the day, yyyy-MM-dd.</summary>
    public string Day => Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public override string ToString() =>
        HasTime ? Value.ToString("yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) : Day;
}

/// <summary>An article after cleaning and extraction: what gets indexed. Unknown values are null, never guessed.</summary>
public sealed record Article
{
    public required string Id { get; init; }
    public required string SourcePath { get; init; }
    /// <summary>The file it was read from, when that differs from <see cref="SourcePath"/> (a JSON Lines record).</summary>
    public string? SourceFile { get; init; }
    public required string ContentHash { get; init; }
    public required string Title { get; init; }
    public required string Body { get; init; }
    public string? Outlet { get; init; }
    public PublicationDate? Published { get; init; }
    public string? Author { get; init; }
    /// <summary>Canonical full names, each once, in order of first mention.</summary>
    public IReadOnlyList<string> People { get; init; } = [];
    public string? Url { get; init; }
    /// <summary>Where the title, date, author, outlet and body came from: the source's own statement or the text.</summary>
    public FieldOrigins Origins { get; init; } = FieldOrigins.None;
}
