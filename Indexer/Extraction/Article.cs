using System.Globalization;
using SearchEngine.Indexing.Sources;

namespace SearchEngine.Indexing.Extraction;

/// <summary>
/// A publication date, with the time of day when the source gave one. The time is the page's local clock time, so the
/// day is the day the page was published where it was published; <paramref name="Offset"/> is its zone's offset from
/// UTC when the source stated one.
/// </summary>
public sealed record PublicationDate(DateTime Value, bool HasTime, TimeSpan? Offset = null)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The facet value: the day, yyyy-MM-dd.</summary>
    public string Day => Value.ToString("yyyy-MM-dd", Invariant);

    /// <summary>
    /// The moment of publication as UTC where the offset is known, else the clock time read as UTC: what says which of
    /// two articles came first (a New York rewrite at 10:30 -04:00 follows a London wire story at 13:45 +00:00).
    /// </summary>
    public DateTime Instant => HasTime && Offset is { } offset ? Value - offset : Value;

    /// <summary>The stated offset as ISO 8601 writes it (<c>-04:00</c>); null when the source stated none or gave no time.</summary>
    public string? OffsetText => HasTime && Offset is { } offset ? (offset < TimeSpan.Zero ? "-" : "+") + offset.ToString(@"hh\:mm", Invariant) : null;

    /// <summary>ISO 8601 as stored: the day, or the clock time, with the offset when the source stated one.</summary>
    public override string ToString() => !HasTime ? Day : Value.ToString("yyyy-MM-dd'T'HH:mm:ss", Invariant) + OffsetText;

    /// <summary>A date as <see cref="ToString"/> writes it; null for anything else.</summary>
    public static PublicationDate? Parse(string? stored)
    {
        if (string.IsNullOrEmpty(stored)) return null;
        if (stored.Length > 19 && DateTimeOffset.TryParseExact(stored, "yyyy-MM-dd'T'HH:mm:sszzz", Invariant, DateTimeStyles.None, out var zoned))
            return new PublicationDate(zoned.DateTime, true, zoned.Offset);
        if (DateTime.TryParseExact(stored, "yyyy-MM-dd'T'HH:mm:ss", Invariant, DateTimeStyles.None, out var clock)) return new PublicationDate(clock, true);
        return DateTime.TryParseExact(stored, "yyyy-MM-dd", Invariant, DateTimeStyles.None, out var day) ? new PublicationDate(day, false) : null;
    }
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
