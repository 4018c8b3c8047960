using SearchEngine.Querying.Search;

namespace SearchEngine.Tests.Cli;

/// <summary>Search results built by hand, so renderers and commands can be tested without an index.</summary>
internal static class Results
{
    public static SearchHit Hit(
        string id,
        string title = "A title",
        string? outlet = "Daily Herald",
        string? date = "2024-03-15",
        params MarkedText[] snippets) => new()
        {
            Id = id,
            Title = title,
            Outlet = outlet,
            Date = date,
            Path = $"/data/{id}.txt",
            Score = 1.5f,
            Snippets = snippets,
        };

    public static MarkedText Snippet(string text, params (int Start, int End)[] marks) =>
        new(text, marks.Select(m => new Mark(m.Start, m.End)).ToList());

    public static SearchResult Of(params SearchHit[] hits) => new()
    {
        QueryText = "grain",
        Total = hits.Length,
        TookMs = 12.34,
        Hits = hits,
        Facets = new Dictionary<string, IReadOnlyList<FacetValue>>(),
    };
}
