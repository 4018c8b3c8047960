using System.Text.Json.Nodes;
using SearchEngine.Indexing.Schema;
using SearchEngine.Querying.Search.Facets;
using SearchEngine.Indexing.Extraction.People;
using SearchEngine.Querying.Search.Highlight;
using SearchEngine.Querying.Search.Parsing;

namespace SearchEngine.Querying.Search.Cluster;

/// <summary>
/// A <see cref="SearchRequest"/> as one <c>_search</c> body doing what <see cref="ArticleSearcher"/> does locally:
/// <list type="bullet">
/// <item>the query (<c>query_string</c> over title^2 and body, default AND), with the From/To range as a filter on
/// <see cref="ArticleSchema.DateSort"/> beside it, so the range narrows hits and every facet alike;</item>
/// <item>facet selections as the <c>post_filter</c> (OR within a dimension, AND across), which narrows the hits but not
/// the aggregations; each dimension is then counted by an aggregation filtered by the other dimensions' selections
/// only, which is <see cref="MultiSelectFacetCollector"/>'s multi-select;</item>
/// <item>collapsing on <see cref="ArticleSchema.Cluster"/>, its inner hits giving "+N similar" and the other copies'
/// outlets; the rows and stories counted by cardinality aggregations under the same selections;</item>
/// <item>highlighted title and body fragments, sorting and paging.</item>
/// </list>
/// </summary>
internal static class ClusterSearchBody
{
    /// <summary>
    /// Around each match, in highlighted fragments: noncharacters, which Unicode reserves for a program's own use and
    /// which no text interchanged holds, so a tag is never mistaken for the text's own character.
    /// </summary>
    public const string PreTag = "\uFDD0";
    public const string PostTag = "\uFDD1";

    /// <summary>The aggregation under which the selections' rows and stories are counted.</summary>
    public const string MatchesAggregation = "matches";
    public const string RowsAggregation = "rows";
    public const string StoriesAggregation = "stories";
    public const string ValuesAggregation = "values";
    /// <summary>Each selected name counted over the whole index, to tell names no article has.</summary>
    public const string SelectedAggregation = "selected";
    public const string CopiesInnerHits = "copies";

    /// <summary>
    /// Distinct clusters and stories are counted exactly up to this many (the engines' maximum) and approximately,
    /// within a few percent (HyperLogLog++), above it: so <see cref="SearchResult.Total"/> and
    /// <see cref="SearchResult.TotalStories"/> are exact for any query matching fewer clusters than this.
    /// </summary>
    public const int ExactCountUpTo = 40_000;

    /// <summary>
    /// Days counted per search: all of them, so that days roll up into months as locally. A terms aggregation asking for
    /// at least as many buckets as there are values counts exactly on every shard; 36,600 days is a century of news.
    /// </summary>
    public const int DaysCounted = 36_600;

    /// <summary>The other copies a collapsed hit fetches, for their outlets; "+N similar" counts them all regardless.</summary>
    public const int CopiesFetched = 100;

    /// <summary>What a hit shows, from <c>_source</c>: the body is left there, its fragments come highlighted.</summary>
    public static readonly string[] HitFields =
    [
        ArticleSchema.Id, ArticleSchema.Path, ArticleSchema.Title, ArticleSchema.Outlet, ArticleSchema.People, ArticleSchema.Date,
        ArticleSchema.Published, ArticleSchema.Author, ArticleSchema.Url, ArticleSchema.Cluster, ArticleSchema.Lineage,
        ArticleSchema.DerivedStories,
    ];

    /// <param name="queryText">The rewritten query text (<see cref="ClusterQueryText"/>), or null to match every article.</param>
    /// <param name="people">The people the search is about (see <see cref="PersonMentions"/>): their whole names are highlighted too.</param>
    public static JsonObject For(SearchRequest request, string? queryText, IReadOnlyList<FacetDimension> dimensions, IReadOnlyList<PersonName>? people = null)
    {
        var body = new JsonObject
        {
            ["from"] = request.Offset,
            ["size"] = request.Limit,
            ["track_total_hits"] = true,
            ["query"] = Scoped(Query(queryText), request.Filters),
        };
        if (Selections(request.Filters, dimensions, except: null) is { } selections) body["post_filter"] = selections;
        // Newest first (undated last) when sorting by date, then by score, then as locally by the cluster's key and its
        // representative, so equally ranked hits keep their order however the articles were pushed; scores are kept for display.
        var sort = new JsonArray();
        if (request.Sort == SortOrder.Date)
            sort.Add(new JsonObject { [ArticleSchema.DateSort] = new JsonObject { ["order"] = "desc", ["missing"] = "_last" } });
        sort.Add("_score");
        sort.Add(new JsonObject { [ArticleSchema.Cluster] = "asc" });
        sort.Add(new JsonObject { [ArticleSchema.ClusterRepresentative] = "desc" });
        body["sort"] = sort;
        body["track_scores"] = true;
        if (request.Collapse)
        {
            // The inner hits are one more search per row, under the query and the post filter alike (the engines
            // apply the post filter there since elastic/elasticsearch#27118), so "+N similar" counts matching copies.
            body["collapse"] = new JsonObject
            {
                ["field"] = ArticleSchema.Cluster,
                ["inner_hits"] = new JsonObject
                {
                    ["name"] = CopiesInnerHits,
                    ["size"] = CopiesFetched,
                    ["_source"] = new JsonObject { ["includes"] = new JsonArray(ArticleSchema.Outlet) },
                },
            };
        }
        body["_source"] = new JsonObject { ["includes"] = new JsonArray([.. HitFields.Select(f => (JsonNode)f)]) };
        body["highlight"] = Highlight(request.SnippetsPerHit, queryText, people ?? []);
        body["aggs"] = Aggregations(request, dimensions);
        return body;
    }

    /// <summary><c>query_string</c> as our parser reads text: title boosted over body, every word required.</summary>
    public static JsonObject Query(string? queryText) => queryText is null
        ? new JsonObject { ["match_all"] = new JsonObject() }
        : new JsonObject
        {
            ["query_string"] = new JsonObject
            {
                ["query"] = queryText,
                ["fields"] = new JsonArray($"{ArticleSchema.Title}^{SchemaQueryParser.TitleBoost:0.#}", ArticleSchema.Body),
                ["default_operator"] = "AND",
                // Each word in title or body (term-centric), as our multi-field parser builds it; the default,
                // best_fields, would ask for all the words of a run of text in one field.
                ["type"] = "cross_fields",
                // Checked before sending: the text has passed our parser, which refuses these.
                ["allow_leading_wildcard"] = false,
                ["fuzziness"] = "AUTO",
            },
        };

    /// <summary>The query with the From/To range beside it as a filter (not scored), or the query alone when neither end is set.</summary>
    private static JsonObject Scoped(JsonObject query, FacetFilters filters)
    {
        if (filters.From is null && filters.To is null) return query;
        DatePeriod? from = filters.From is { } f ? new DatePeriod(f, f) : null;
        DatePeriod? to = filters.To is { } t ? new DatePeriod(t, t) : null;
        var range = new JsonObject();
        if (from is { } start) range["gte"] = start.StartSeconds;
        if (to is { } end) range["lt"] = end.EndSeconds;
        return new JsonObject
        {
            ["bool"] = new JsonObject
            {
                ["must"] = new JsonArray(query),
                ["filter"] = new JsonArray(new JsonObject { ["range"] = new JsonObject { [ArticleSchema.DateSort] = range } }),
            },
        };
    }

    /// <summary>Every dimension's selection but <paramref name="except"/>'s, ANDed; null when none is left.</summary>
    private static JsonObject? Selections(FacetFilters filters, IReadOnlyList<FacetDimension> dimensions, FacetDimension? except)
    {
        var all = new JsonArray();
        foreach (var dimension in dimensions)
        {
            if (dimension == except || filters.Selected(dimension) is not { Count: > 0 } values) continue;
            all.Add(new JsonObject
            {
                ["bool"] = new JsonObject
                {
                    ["should"] = new JsonArray([.. values.Select(v => (JsonNode)Matching(dimension, v))]),
                    ["minimum_should_match"] = 1,
                },
            });
        }
        return all.Count == 0 ? null : new JsonObject { ["bool"] = new JsonObject { ["filter"] = all } };
    }

    /// <summary>
    /// A selected value: a month is every day under it (as <see cref="DrillDown"/>); a name matches the value written
    /// in any case ("reuters" picks "Reuters"), where locally the exact spelling wins when the index has it.
    /// </summary>
    public static JsonObject Matching(FacetDimension dimension, string value)
    {
        if (DrillDown.IsMonth(dimension, value))
            return new JsonObject { ["prefix"] = new JsonObject { [dimension.Field] = DrillDown.MonthPrefix(value) } };
        var term = new JsonObject { ["value"] = value };
        if (dimension.Values == FacetValues.Exact) term["case_insensitive"] = true;
        return new JsonObject { ["term"] = new JsonObject { [dimension.Field] = term } };
    }

    private static JsonObject Highlight(int snippets, string? queryText, IReadOnlyList<PersonName> people)
    {
        var fields = new JsonObject { [ArticleSchema.Title] = new JsonObject { ["number_of_fragments"] = 0 } };
        if (snippets > 0)
        {
            fields[ArticleSchema.Body] = new JsonObject
            {
                ["fragment_size"] = FragmentSelector.TargetLength,
                ["number_of_fragments"] = snippets,
                // Best fragments first, as locally (the engines' default is the order of the text).
                ["order"] = "score",
                // The body's opening when nothing in it matches, as locally.
                ["no_match_size"] = FragmentSelector.TargetLength,
            };
        }
        var highlight = new JsonObject
        {
            ["pre_tags"] = new JsonArray(PreTag),
            ["post_tags"] = new JsonArray(PostTag),
            ["encoder"] = "default",
            ["fields"] = fields,
        };
        if (people.Count > 0) highlight["highlight_query"] = WithNames(queryText, people);
        return highlight;
    }

    /// <summary>
    /// The query with each person's whole name as a phrase in title and body: the query names them in the people
    /// field, which no fragment shows. The family name alone is marked only by the local highlighter, which can tell
    /// "May" from "may"; the cluster's analysis has lowered the case.
    /// </summary>
    private static JsonObject WithNames(string? queryText, IReadOnlyList<PersonName> people)
    {
        var should = new JsonArray();
        if (queryText is not null) should.Add(Query(queryText));
        foreach (var person in people)
            foreach (var field in new[] { ArticleSchema.Title, ArticleSchema.Body })
                should.Add(new JsonObject { ["match_phrase"] = new JsonObject { [field] = person.Display } });
        return new JsonObject { ["bool"] = new JsonObject { ["should"] = should } };
    }

    private static JsonObject Aggregations(SearchRequest request, IReadOnlyList<FacetDimension> dimensions)
    {
        var aggregations = new JsonObject();
        if (request.Collapse)
        {
            // Aggregations see the query's matches before the post filter: the selections are applied here again.
            aggregations[MatchesAggregation] = new JsonObject
            {
                ["filter"] = Selections(request.Filters, dimensions, except: null) ?? MatchAll(),
                ["aggs"] = new JsonObject
                {
                    [RowsAggregation] = Cardinality(ArticleSchema.Cluster),
                    [StoriesAggregation] = Cardinality(ArticleSchema.Story),
                },
            };
        }
        foreach (var dimension in dimensions)
        {
            aggregations[dimension.Field] = new JsonObject
            {
                ["filter"] = Selections(request.Filters, dimensions, except: dimension) ?? MatchAll(),
                ["aggs"] = new JsonObject
                {
                    [ValuesAggregation] = new JsonObject
                    {
                        ["terms"] = new JsonObject
                        {
                            ["field"] = dimension.Field,
                            // The engines refuse a size of 0; none shown is FacetSummary's to decide, as locally.
                            ["size"] = dimension.Values == FacetValues.Days ? DaysCounted : Math.Max(1, request.FacetTopN),
                        },
                    },
                },
            };
        }
        if (SelectedNames(request.Filters, dimensions) is { } selected) aggregations[SelectedAggregation] = selected;
        return aggregations;
    }

    /// <summary>Each selected name counted over every article (whatever the query): a count of 0 is a name no article has.</summary>
    private static JsonObject? SelectedNames(FacetFilters filters, IReadOnlyList<FacetDimension> dimensions)
    {
        var perDimension = new JsonObject();
        foreach (var dimension in dimensions.Where(d => d.Values == FacetValues.Exact && filters.Selected(d).Count > 0))
        {
            var named = new JsonObject();
            foreach (var value in filters.Selected(dimension)) named[value] = Matching(dimension, value);
            perDimension[dimension.Field] = new JsonObject { ["filters"] = new JsonObject { ["filters"] = named } };
        }
        return perDimension.Count == 0 ? null : new JsonObject { ["global"] = new JsonObject(), ["aggs"] = perDimension };
    }

    private static JsonObject Cardinality(string field) => new()
    {
        ["cardinality"] = new JsonObject { ["field"] = field, ["precision_threshold"] = ExactCountUpTo },
    };

    private static JsonObject MatchAll() => new() { ["match_all"] = new JsonObject() };
}
