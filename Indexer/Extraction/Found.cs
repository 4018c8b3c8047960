namespace SearchEngine.Indexing.Extraction;

/// <summary>An extracted value and where it came from (the source's stated origin, or "text: …" when inferred).</summary>
public readonly record struct Found<T>(T Value, string? Origin)
{
    /// <summary>What a stated value's origin shows when its source did not name one.</summary>
    public const string Stated = "stated";

    public static Found<T> Nothing => new(default!, null);
}
