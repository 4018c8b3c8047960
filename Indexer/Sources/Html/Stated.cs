namespace SearchEngine.Indexing.Sources.Html;

/// <summary>A value a page states, and where on the page it says so ("json-ld headline", "meta og:title").</summary>
public sealed record Stated(string Value, string Origin);
