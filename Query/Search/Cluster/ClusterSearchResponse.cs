using System.Text.Json.Nodes;
using SearchEngine.Indexing.Cli;
using SearchEngine.Indexing.Schema;
using SearchEngine.Querying.Search.Facets;

namespace SearchEngine.Querying.Search.Cluster;

/// <summary>
/// A <c>_search</c> answer to a body from <see cref="ClusterSearchBody"/>, read back into the <see cref="SearchResult"/>
/// the local searcher gives: rows, articles and stories counted, facet values summarised by the same code
/// (<see cref="FacetSummary"/>, so days roll up into months alike), hits with their marks and copies.
/// </summary>
internal static class ClusterSearchResponse
{
    public static SearchResult Read(JsonObject body, SearchRequest request, IReadOnlyList<FacetDimension> dimensions,
        IReadOnlyDictionary<string, SourceNames> sources, double tookMs)
    {
        var articles = (int)(body["hits"]?["total"]?["value"]?.GetValue<long>() ?? 0);
        var aggregations = body["aggregations"];
        var matches = aggregations?[ClusterSearchBody.MatchesAggregation];
        var facets = dimensions.ToDictionary(d => d.Field, d => Facet(aggregations, d, request.FacetTopN), StringComparer.Ordinal);
        return new SearchResult
        {
            QueryText = request.QueryText,
            // Collapsed, the rows are the distinct clusters among the matches that pass the selections.
            Total = request.Collapse ? Count(matches?[ClusterSearchBody.RowsAggregation]) : articles,
            TotalArticles = articles,
            TotalStories = request.Collapse ? Count(matches?[ClusterSearchBody.StoriesAggregation]) : 0,
            Hits = [.. ClusterHits.Of(body).Select(hit => WithCopies(ClusterHits.ToHit(hit!, dimensions, sources), hit!, request.Collapse))],
            Dimensions = dimensions,
            Facets = facets,
            UnknownSelections = UnknownSelections(aggregations, request.Filters, dimensions, facets),
            Warnings = ClusterAnswers.Warnings(body),
            TookMs = tookMs,
        };
    }

    /// <summary>The ids named in the hits' lineages, whose outlets and dates the hits show.</summary>
    public static IReadOnlyCollection<string> LineageSources(JsonObject body) =>
        ClusterHits.Of(body).SelectMany(hit => ClusterHits.Lineage(ClusterHits.Source(hit!))).Select(s => s.Source).ToHashSet(StringComparer.Ordinal);

    private static int Count(JsonNode? cardinality) => (int)(cardinality?["value"]?.GetValue<long>() ?? 0);

    /// <summary>A collapsed hit with the other matching copies of its cluster: how many, and their outlets, each once.</summary>
    private static SearchHit WithCopies(SearchHit hit, JsonNode raw, bool collapsed)
    {
        if (!collapsed || raw["inner_hits"]?[ClusterSearchBody.CopiesInnerHits]?["hits"] is not { } copies) return hit;
        var others = (copies["hits"]?.AsArray() ?? []).Where(c => ClusterHits.String(c!, "_id") != ClusterHits.String(raw, "_id"));
        return hit with
        {
            SimilarCount = Math.Max(0, (int)(copies["total"]?["value"]?.GetValue<long>() ?? 1) - 1),
            SimilarOutlets =
            [
                .. others.SelectMany(c => ClusterHits.Strings(ClusterHits.Source(c!), ArticleSchema.Outlet))
                    .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal),
            ],
        };
    }

    /// <summary>
    /// A dimension's values shown, as locally: the terms counted, summarised by <see cref="FacetSummary.Top"/> (most
    /// frequent first, equal counts by value; days over a long span as months). Values of names are the cluster's top
    /// <see cref="SearchRequest.FacetTopN"/>, whose counts a sharded index gives exactly only when each shard's top
    /// holds them (<c>doc_count_error_upper_bound</c>); days are all counted, so exact.
    /// </summary>
    private static IReadOnlyList<FacetValue> Facet(JsonNode? aggregations, FacetDimension dimension, int topN)
    {
        var buckets = (aggregations?[dimension.Field]?[ClusterSearchBody.ValuesAggregation]?["buckets"]?.AsArray() ?? [])
            .Select(b => (Value: b!["key"]!.GetValue<string>(), Count: (int)b["doc_count"]!.GetValue<long>()))
            .ToList();
        var values = new SortedValues(buckets.Select(b => b.Value));
        var counts = new int[values.ValueCount];
        foreach (var (value, count) in buckets) counts[values.Find(value)] += count;
        return FacetSummary.Top(values, FacetSummary.CalendarFor(dimension, values), counts, topN);
    }

    /// <summary>Selected names no article has (counted 0 over the whole index), with the shown values nearest each.</summary>
    private static IReadOnlyList<UnknownSelection> UnknownSelections(JsonNode? aggregations, FacetFilters filters,
        IReadOnlyList<FacetDimension> dimensions, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> facets)
    {
        var unknown = new List<UnknownSelection>();
        var selected = aggregations?[ClusterSearchBody.SelectedAggregation];
        foreach (var dimension in dimensions)
        {
            var buckets = selected?[dimension.Field]?["buckets"];
            foreach (var value in filters.Selected(dimension))
            {
                if (buckets?[value]?["doc_count"]?.GetValue<long>() != 0) continue;
                unknown.Add(new UnknownSelection(dimension, value, DidYouMean.Among(value, facets[dimension.Field].Select(f => f.Value))));
            }
        }
        return unknown;
    }
}
