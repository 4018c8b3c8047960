using System.Globalization;
using System.Text.Json.Nodes;
using SearchEngine.Indexing.Cluster;
using SearchEngine.Indexing.Dedup;
using SearchEngine.Indexing.Schema;

namespace SearchEngine.Querying.Search.Cluster;

/// <summary>An article's outlet and publication date, to name it as a source ("based on PA, 12 Jul 2024, 43 %").</summary>
internal sealed record SourceNames(string? Outlet, string? Published);

/// <summary>Reads the hits of a <c>_search</c> answer, each <c>{"_id", "_score", "_source", "highlight", "inner_hits"}</c>, into <see cref="SearchHit"/>s.</summary>
internal static class ClusterHits
{
    public static JsonArray Of(JsonObject body) => body["hits"]?["hits"]?.AsArray() ?? [];

    public static JsonObject Source(JsonNode hit) => hit["_source"] as JsonObject ?? [];

    /// <param name="sources">The outlet and date of each article named in a hit's lineage, by id (missing ones keep only the id and share).</param>
    public static SearchHit ToHit(JsonNode hit, IReadOnlyList<FacetDimension> dimensions, IReadOnlyDictionary<string, SourceNames> sources)
    {
        var source = Source(hit);
        var title = String(source, ArticleSchema.Title) ?? "";
        var highlight = hit["highlight"];
        return new SearchHit
        {
            Id = String(source, ArticleSchema.Id) ?? String(hit, "_id") ?? "",
            Title = title,
            Outlet = String(source, ArticleSchema.Outlet),
            Date = String(source, ArticleSchema.Published),
            Author = String(source, ArticleSchema.Author),
            People = Strings(source, ArticleSchema.People),
            Url = String(source, ArticleSchema.Url),
            FacetValues = dimensions.ToDictionary(d => d.Field, IReadOnlyList<string> (d) => Strings(source, d.Field), StringComparer.Ordinal),
            Score = hit["_score"] is JsonValue score && score.TryGetValue<double>(out var s) ? (float)s : 0f,
            Path = String(source, ArticleSchema.Path) ?? "",
            TitleMarks = highlight?[ArticleSchema.Title]?.AsArray().FirstOrDefault() is { } tagged ? TaggedText.Read(tagged.GetValue<string>()).Marks : [],
            Snippets = [.. (highlight?[ArticleSchema.Body]?.AsArray() ?? []).Select(f => TaggedText.Read(f!.GetValue<string>()))],
            ClusterId = Long(source, ArticleSchema.Cluster)?.ToString("x16", CultureInfo.InvariantCulture),
            DerivedFrom =
            [
                .. Lineage(source).Select(s => new ArticleSource(s.Source, sources.GetValueOrDefault(s.Source)?.Outlet,
                    sources.GetValueOrDefault(s.Source)?.Published, s.Share)),
            ],
            DerivedStories = (int)(Long(source, ArticleSchema.DerivedStories) ?? 0),
        };
    }

    /// <summary>The articles a stored article was derived from, with their shares, as the document holds them.</summary>
    public static IReadOnlyList<StorySource> Lineage(JsonObject source) =>
    [
        .. (source[ArticleSchema.Lineage] as JsonArray ?? []).OfType<JsonObject>()
            .Where(entry => String(entry, ClusterTemplate.LineageSource) is not null)
            .Select(entry => new StorySource(String(entry, ClusterTemplate.LineageSource)!,
                entry[ClusterTemplate.LineageShare]?.GetValue<double>() ?? 0)),
    ];

    public static string? String(JsonNode node, string field) =>
        node[field] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    public static long? Long(JsonNode node, string field) =>
        node[field] is JsonValue value && value.TryGetValue<long>(out var number) ? number : null;

    /// <summary>A field that may hold one value or an array of them (both are how <c>_source</c> may give a keyword).</summary>
    public static IReadOnlyList<string> Strings(JsonNode node, string field) => node[field] switch
    {
        JsonArray values => [.. values.OfType<JsonValue>().Select(v => v.GetValue<string>())],
        JsonValue value when value.TryGetValue<string>(out var one) => [one],
        _ => [],
    };
}

