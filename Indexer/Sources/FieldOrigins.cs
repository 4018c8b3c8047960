namespace SearchEngine.Indexing.Sources;

/// <summary>
/// Where each field of an article came from ("json-ld headline", "meta og:site_name", "text: byline"), so a user can see
/// why a value was taken. Null: the field is absent, or its source did not say.
/// </summary>
public sealed record FieldOrigins
{
    public string? Title { get; init; }
    public string? Outlet { get; init; }
    public string? Date { get; init; }
    public string? Author { get; init; }
    /// <summary>How the main text was found (e.g. "article element"), when the reader says.</summary>
    public string? Body { get; init; }

    public static readonly FieldOrigins None = new();

    /// <summary>The named origins, in display order, leaving out the unknown ones.</summary>
    public IReadOnlyDictionary<string, string> Named()
    {
        var named = new Dictionary<string, string>();
        if (Title is not null) named["title"] = Title;
        if (Date is not null) named["date"] = Date;
        if (Author is not null) named["author"] = Author;
        if (Outlet is not null) named["outlet"] = Outlet;
        if (Body is not null) named["body"] = Body;
        return named;
    }
}
