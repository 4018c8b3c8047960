using System.Diagnostics;
using System.Text.Json.Nodes;
using Lucene.Net.Analysis;
using SearchEngine.Indexing.Cluster;
using SearchEngine.Indexing.Dedup;
using SearchEngine.Indexing.Schema;
using SearchEngine.Querying.Search.Highlight;
using SearchEngine.Querying.Search.Parsing;

namespace SearchEngine.Querying.Search.Cluster;

/// <summary>
/// The search session over an Elasticsearch or OpenSearch index laid out by <see cref="ClusterTemplate"/>: the same
/// answers as <see cref="ArticleSearcher"/> gives over a local index, each from one or two <c>_search</c> requests.
/// The interface is synchronous, so each request is waited for on a pool thread: a caller on the console's UI thread
/// holds no context the request needs to finish on. Safe to call from several threads at once.
/// Differences from the local engine: scores are the cluster's (BM25 per shard), so equal-looking rankings may differ
/// in order.
/// </summary>
public sealed class ClusterSearchSession : ISearchSession
{
    /// <summary>Copies of one article read at most, for <see cref="Similar"/> and <see cref="DerivedFrom"/>.</summary>
    public const int MaxCopies = 1000;

    private readonly IClusterTransport _transport;
    private readonly string _searchPath;
    private readonly string _multiSearchPath;
    private readonly string _mappingPath;
    private readonly string _indexName;
    private readonly string _address;
    private readonly IReadOnlyList<FacetDimension> _dimensions;
    private readonly ArticleAnalyzer _analyzer = ArticleSchema.CreateAnalyzer();
    private volatile bool _indexFits;

    /// <param name="transport">How requests reach the cluster; the session disposes it.</param>
    /// <param name="address">The cluster's address, for messages.</param>
    public ClusterSearchSession(IClusterTransport transport, string indexName, string address, IReadOnlyList<FacetDimension>? facetDimensions = null)
    {
        _transport = transport;
        _searchPath = $"/{Uri.EscapeDataString(indexName)}/_search";
        _multiSearchPath = $"/{Uri.EscapeDataString(indexName)}/_msearch";
        _mappingPath = ClusterIndexCheck.MappingPath(indexName);
        _indexName = indexName;
        _address = address;
        _dimensions = facetDimensions ?? ArticleSchema.FacetDimensions;
    }

    /// <summary>A session over the network to the connection's cluster and index.</summary>
    public static ClusterSearchSession Open(ClusterConnection connection) =>
        new(new HttpClusterTransport(connection), connection.IndexName, connection.ToString());

    /// <exception cref="QuerySyntaxException">The query cannot be read, here or by the cluster.</exception>
    /// <exception cref="ClusterSearchException">The cluster answered with a failure.</exception>
    /// <exception cref="ClusterUnreachableException">The cluster did not answer.</exception>
    public SearchResult Search(SearchRequest request)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(request.Offset);
        ArgumentOutOfRangeException.ThrowIfNegative(request.Limit);
        var took = Stopwatch.StartNew();
        var parsed = ClusterQueryText.Parse(request.QueryText, request.AsTyped, _analyzer);
        var queryText = ClusterQueryText.Rewrite(request.QueryText, request.AsTyped, parsed);
        var people = PersonMentions.Of(parsed, request.Filters);
        var body = Send(ClusterSearchBody.For(request, queryText, _dimensions, people));
        var sources = SourceNamesOf(ClusterSearchResponse.LineageSources(body));
        var result = ClusterSearchResponse.Read(body, request, _dimensions, sources, took.Elapsed.TotalMilliseconds);
        if (ArticleQueryParser.Notice(request.QueryText, parsed, request.AsTyped) is { } notice)
            result = result with { Warnings = [.. result.Warnings, notice] };
        return request.ShortIds ? result with { Hits = WithShortIds(result.Hits), TookMs = took.Elapsed.TotalMilliseconds } : result;
    }

    public SearchHit? Find(string id) => DocOf(id, ClusterSearchBody.HitFields) is { } hit ? WithShortIds(ToHits([hit]))[0] : null;

    /// <summary>The stored body marked here, by the local highlighter: the analysis is the same, and it marks what the local article view marks.</summary>
    public MarkedText? HighlightArticle(string id, string queryText, bool asTyped = false, FacetFilters? filters = null)
    {
        var query = ClusterQueryText.Parse(queryText, asTyped, _analyzer);
        if (ClusterHits.Of(Send(Documents(Term(ArticleSchema.Id, id), 1, [ArticleSchema.Body]))).FirstOrDefault() is not { } hit) return null;
        var body = ClusterHits.String(ClusterHits.Source(hit), ArticleSchema.Body) ?? "";
        return new QueryHighlighter(_analyzer, query, filters ?? FacetFilters.None).MarkBody(body);
    }

    public IReadOnlyList<SimilarArticle> Similar(string id)
    {
        if (DocOf(id, [ArticleSchema.Id, ArticleSchema.Cluster, ArticleSchema.Fingerprint]) is not { } article
            || ClusterHits.Long(ClusterHits.Source(article), ArticleSchema.Cluster) is not { } cluster)
            return [];
        var articleId = ClusterHits.String(ClusterHits.Source(article), ArticleSchema.Id);
        var fingerprint = FingerprintOf(article);
        var copies = ClusterHits.Of(Send(Documents(Term(ArticleSchema.Cluster, cluster), MaxCopies,
                [.. ClusterSearchBody.HitFields, ArticleSchema.Fingerprint, ArticleSchema.ClusterRepresentative])))
            .Where(c => ClusterHits.String(ClusterHits.Source(c!), ArticleSchema.Id) != articleId)
            .ToList();
        var hits = WithShortIds(ToHits(copies));
        return
        [
            .. copies.Select((copy, i) =>
            {
                var similarity = fingerprint is not null && FingerprintOf(copy!) is { } other ? Similarity.Measure(fingerprint, other) : Similarity.None;
                var representative = ClusterHits.Source(copy!)[ArticleSchema.ClusterRepresentative]?.GetValue<bool>() == true;
                return new SimilarArticle(hits[i], similarity.Resemblance, similarity.Containment, representative);
            })
            .OrderByDescending(c => c.Resemblance).ThenBy(c => c.Article.Id, StringComparer.Ordinal),
        ];
    }

    /// <summary>
    /// The stories derived from the article or a copy of it: the representatives of the clusters whose lineage names
    /// one of its copies (a term query on the lineage's sources), each with the share found in that copy.
    /// </summary>
    public IReadOnlyList<DerivedArticle> DerivedFrom(string id)
    {
        if (DocOf(id, [ArticleSchema.Id, ArticleSchema.Cluster, ArticleSchema.DerivedStories]) is not { } article) return [];
        var source = ClusterHits.Source(article);
        if ((ClusterHits.Long(source, ArticleSchema.DerivedStories) ?? 0) == 0) return [];
        var copies = ClusterHits.Long(source, ArticleSchema.Cluster) is { } cluster
            ? ClusterHits.Of(Send(Documents(Term(ArticleSchema.Cluster, cluster), MaxCopies, [ArticleSchema.Id])))
                .Select(c => ClusterHits.String(ClusterHits.Source(c!), ArticleSchema.Id)!).ToHashSet(StringComparer.Ordinal)
            : [ClusterHits.String(source, ArticleSchema.Id)!];
        var derived = ClusterHits.Of(Send(Documents(new JsonObject
        {
            ["bool"] = new JsonObject
            {
                ["filter"] = new JsonArray(
                    new JsonObject { ["terms"] = new JsonObject { [LineageSourceField] = new JsonArray([.. copies.Order(StringComparer.Ordinal).Select(c => (JsonNode)c)]) } },
                    Term(ArticleSchema.ClusterRepresentative, true)),
            },
        }, MaxCopies, ClusterSearchBody.HitFields))).Select(d => d!).ToList();
        var hits = ToHits(derived);
        return
        [
            .. derived.Select((d, i) => (Hit: hits[i], Link: ClusterHits.Lineage(ClusterHits.Source(d)).FirstOrDefault(s => copies.Contains(s.Source))))
                .Where(d => d.Link is not null)
                .Select(d => new DerivedArticle(d.Hit, d.Link!.Share))
                .OrderByDescending(d => d.Share).ThenBy(d => d.Article.Id, StringComparer.Ordinal),
        ];
    }

    public ArticleDiff? Diff(string firstId, string secondId)
    {
        string[] fields = [.. ClusterSearchBody.HitFields, ArticleSchema.Body];
        if (DocOf(firstId, fields) is not { } first || DocOf(secondId, fields) is not { } second) return null;
        var a = ClusterHits.String(ClusterHits.Source(first), ArticleSchema.Body) ?? "";
        var b = ClusterHits.String(ClusterHits.Source(second), ArticleSchema.Body) ?? "";
        var hits = ToHits([first, second]);
        return new ArticleDiff(hits[0], hits[1], DiffPieces.Of(a, b, WordDiff.Compute(a, b)));
    }

    public void Dispose()
    {
        _transport.Dispose();
        _analyzer.Dispose();
    }

    /// <summary>
    /// Reads the index's schema version before the first search it answers: an index made for another schema holds
    /// fields that mean other things (see <see cref="ClusterIndexCheck"/>). Read again until it is read, as a cluster
    /// that did not answer, or an index not there yet, may be there at the next keystroke.
    /// </summary>
    /// <exception cref="ClusterSearchException">The index was made for another schema, or not by SearchEngine.</exception>
    private void RequireIndexFits()
    {
        if (_indexFits) return;
        var mapping = Task.Run(() => _transport.SendAsync(HttpMethod.Get, _mappingPath, null)).GetAwaiter().GetResult();
        if (ClusterIndexCheck.Problem(mapping, _indexName, _address) is { } problem) throw new ClusterSearchException(problem, mapping.Status);
        _indexFits = mapping.IsSuccess;
    }

    /// <summary>The hits with their short ids (see <see cref="ClusterShortIds"/>), found in one request.</summary>
    private IReadOnlyList<SearchHit> WithShortIds(IReadOnlyList<SearchHit> hits)
    {
        if (hits.Count == 0) return hits;
        var ids = hits.Select(h => h.Id).Distinct(StringComparer.Ordinal).ToList();
        var response = Task.Run(() => _transport.SendAsync(HttpMethod.Post, _multiSearchPath, ClusterShortIds.Body(ids), ClusterShortIds.ContentType))
            .GetAwaiter().GetResult();
        var shortIds = ClusterShortIds.Read(ClusterAnswers.Body(response, _address), ids);
        return [.. hits.Select(h => h with { ShortId = shortIds[h.Id] })];
    }

    private static readonly string LineageSourceField = ArticleSchema.Lineage + "." + ClusterTemplate.LineageSource;

    /// <summary>The article with this id, else the one whose id begins with it (a prefix query); null when none.</summary>
    /// <exception cref="AmbiguousIdException">No id is <paramref name="id"/>, and several begin with it.</exception>
    private JsonNode? DocOf(string id, string[] fields)
    {
        if (ClusterHits.Of(Send(Documents(Term(ArticleSchema.Id, id), 1, fields))).FirstOrDefault() is { } exact) return exact;
        var starting = Documents(new JsonObject { ["prefix"] = new JsonObject { [ArticleSchema.Id] = id } }, AmbiguousIdException.Shown + 1, fields);
        starting["sort"] = new JsonArray(new JsonObject { [ArticleSchema.Id] = "asc" });
        var found = ClusterHits.Of(Send(starting));
        return found.Count switch
        {
            0 => null,
            1 => found[0],
            _ => throw new AmbiguousIdException(id, [.. found.Select(f => ClusterHits.String(ClusterHits.Source(f!), ArticleSchema.Id) ?? "")]),
        };
    }

    /// <summary>Hits for documents read outside a search: no marks, their lineage's sources named.</summary>
    private List<SearchHit> ToHits(IReadOnlyList<JsonNode?> documents)
    {
        var ids = documents.SelectMany(d => ClusterHits.Lineage(ClusterHits.Source(d!))).Select(s => s.Source).ToHashSet(StringComparer.Ordinal);
        var sources = SourceNamesOf(ids);
        return [.. documents.Select(d => ClusterHits.ToHit(d!, _dimensions, sources))];
    }

    /// <summary>The outlet and date of each article named, in one request; an id the index no longer holds is left out.</summary>
    private IReadOnlyDictionary<string, SourceNames> SourceNamesOf(IReadOnlyCollection<string> ids)
    {
        if (ids.Count == 0) return new Dictionary<string, SourceNames>();
        var terms = new JsonObject { ["terms"] = new JsonObject { [ArticleSchema.Id] = new JsonArray([.. ids.Order(StringComparer.Ordinal).Select(i => (JsonNode)i)]) } };
        return ClusterHits.Of(Send(Documents(terms, ids.Count, [ArticleSchema.Id, ArticleSchema.Outlet, ArticleSchema.Published])))
            .Select(h => ClusterHits.Source(h!))
            .ToDictionary(
                s => ClusterHits.String(s, ArticleSchema.Id) ?? "",
                s => new SourceNames(ClusterHits.String(s, ArticleSchema.Outlet), ClusterHits.String(s, ArticleSchema.Published)),
                StringComparer.Ordinal);
    }

    private static Fingerprint? FingerprintOf(JsonNode document) =>
        ClusterHits.String(ClusterHits.Source(document), ArticleSchema.Fingerprint) is { Length: > 0 } signature
            ? Fingerprint.FromBytes(Convert.FromBase64String(signature))
            : null;

    /// <summary>A plain retrieval: the documents matching <paramref name="query"/> as a filter, with only <paramref name="fields"/> of their source.</summary>
    private static JsonObject Documents(JsonObject query, int size, string[] fields) => new()
    {
        ["size"] = size,
        ["query"] = new JsonObject { ["bool"] = new JsonObject { ["filter"] = new JsonArray(query) } },
        ["_source"] = new JsonObject { ["includes"] = new JsonArray([.. fields.Select(f => (JsonNode)f)]) },
    };

    private static JsonObject Term(string field, JsonNode value) => new() { ["term"] = new JsonObject { [field] = value } };

    private JsonObject Send(JsonObject body)
    {
        RequireIndexFits();
        var response = Task.Run(() => _transport.SendAsync(HttpMethod.Post, _searchPath, body.ToJsonString())).GetAwaiter().GetResult();
        return ClusterAnswers.Body(response, _address);
    }
}
