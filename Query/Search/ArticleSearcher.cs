using System.Diagnostics;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchEngine.Indexing.Reading;
using SearchEngine.Indexing.Schema;
using SearchEngine.Indexing.Writing;
using SearchEngine.Indexing.Dedup;
using SearchEngine.Querying.Search.Collapse;
using SearchEngine.Querying.Search.Facets;
using SearchEngine.Querying.Search.Highlight;
using SearchEngine.Querying.Search.Parsing;
using LuceneDirectory = Lucene.Net.Store.Directory;
using LuceneQuery = Lucene.Net.Search.Query;

namespace SearchEngine.Querying.Search;

/// <summary>
/// Runs searches over one open index: top hits, facet counts and snippets in one call. Sees the index as it was
/// when opened; open a new one to see a rebuild. Safe to call from several threads at once.
/// </summary>
public sealed class ArticleSearcher : ISearchSession
{
    private readonly LuceneDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly ArticleAnalyzer _analyzer;
    private readonly ArticleQueryParser _parser;
    private readonly FacetReaderState _facets;
    private readonly ClusterMembership _clusters;
    private readonly DimensionOrdinals _outlets;
    private readonly IdPrefixes _ids;
    private readonly SelectionSpelling _spelling;
    private readonly QueryWordSpelling _wordSpelling;

    private ArticleSearcher(LuceneDirectory directory, DirectoryReader reader, IReadOnlyList<FacetDimension>? facetDimensions)
    {
        _directory = directory;
        _reader = reader;
        _searcher = new IndexSearcher(reader) { Similarity = ArticleSchema.CreateSimilarity() };
        _analyzer = ArticleSchema.CreateAnalyzer();
        _facets = FacetReaderState.Build(reader, facetDimensions);
        _parser = new ArticleQueryParser(reader, _analyzer, mergedValues: _facets.MergedIntoValueWorded);
        _clusters = new ClusterMembership(reader);
        _ids = new IdPrefixes(reader);
        _spelling = new SelectionSpelling(_facets);
        _wordSpelling = new QueryWordSpelling(reader, _analyzer);
        // A hit names its copies' outlets whether or not the outlet is among the dimensions counted.
        _outlets = _facets.Dimensions.Contains(FacetDimension.Outlet) ? _facets[FacetDimension.Outlet] : DimensionOrdinals.Build(reader, ArticleSchema.Outlet);
    }

    /// <summary>
    /// The sources each article was derived from, asked for on the calling thread: a doc-values instance reads its file
    /// through a position of its own, so threads must not share one (each segment keeps one per thread).
    /// </summary>
    private BinaryDocValues? Lineages() => MultiDocValues.GetBinaryValues(_reader, ArticleSchema.Lineage);

    /// <summary>Opens the live index under <paramref name="indexDirectory"/> (as laid out by the indexer's IndexStore).</summary>
    /// <param name="facetDimensions">The dimensions to count and filter by; the schema's unless a caller declares others.</param>
    /// <exception cref="IndexUnusableException">Nothing has been published there, the index was built with another schema version, or it cannot be read.</exception>
    public static ArticleSearcher Open(string indexDirectory, IReadOnlyList<FacetDimension>? facetDimensions = null) =>
        Over(LiveReader.Open(new IndexStore(indexDirectory)), indexDirectory, facetDimensions);

    /// <summary>As <see cref="Open(string, IReadOnlyList{FacetDimension})"/>, on a generation read from the pointer earlier.</summary>
    public static ArticleSearcher Open(IndexStore store, string generation) => Over(LiveReader.Open(store, generation), store.Root, null);

    private static ArticleSearcher Over(LiveReader live, string indexDirectory, IReadOnlyList<FacetDimension>? facetDimensions)
    {
        try
        {
            return IndexUnusableException.Reading(indexDirectory, () => new ArticleSearcher(live.Directory, live.Reader, facetDimensions));
        }
        catch
        {
            live.Dispose();
            throw;
        }
    }

    /// <summary>Articles in the index.</summary>
    public int DocumentCount => _reader.NumDocs;

    /// <summary>
    /// Whether the generation opened still holds what this searcher reads: false once the indexer's update committed
    /// into it. Reads the folder's list of commits, nothing more.
    /// </summary>
    public bool IsCurrent()
    {
        try
        {
            return _reader.IsCurrent();
        }
        catch (IOException)
        {
            // A generation going away is found by following the pointer, not here.
            return true;
        }
    }

    /// <exception cref="QuerySyntaxException">The query text cannot be read; <see cref="ArticleQueryParser.ToPlainWords"/> makes text that can.</exception>
    public SearchResult Search(SearchRequest request)
    {
        var took = Stopwatch.StartNew();
        var result = SearchAsAsked(request);
        if (_wordSpelling.Respell(request.QueryText, foundSome: result.Total > 0) is not { } respelled) return result;
        var found = SearchAsAsked(request with { QueryText = respelled, Offset = 0, Limit = 0 }).TotalArticles;
        // Beside hits, a respelling is worth offering only when it finds far more.
        var worthIt = result.Total == 0 ? found > 0 : found >= QueryWordSpelling.CommonerBy * result.TotalArticles;
        return result with { Suggestion = worthIt ? new QuerySuggestion(respelled, found) : null, TookMs = took.Elapsed.TotalMilliseconds };
    }

    private SearchResult SearchAsAsked(SearchRequest request)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(request.Offset);
        ArgumentOutOfRangeException.ThrowIfNegative(request.Limit);
        var took = Stopwatch.StartNew();
        var (filters, unknownSelections) = _spelling.Spell(request.Filters);
        request = request with { Filters = filters };

        var query = _parser.Parse(request.QueryText, request.AsTyped);
        var range = DrillDown.ToDateRangeFilter(request.Filters);
        var matchesAll = query is MatchAllDocsQuery && range is null;
        var counters = FacetCounting.CreateCounters(_facets, request.Filters, matchesAll);
        var scoped = range is not null ? new FilteredQuery(query, range) : query;
        // With a single selection over a match-all query, the documents failing it count only towards its own
        // dimension, which is precounted: let the index find the few that pass instead of visiting every document.
        if (matchesAll && counters.Count(c => c.IsFiltered) == 1 && DrillDown.ToFilter(request.Filters, _facets.Dimensions, _facets.ValuesSelectedBy) is { } selection)
            scoped = new FilteredQuery(query, selection);
        var highlighter = new QueryHighlighter(_analyzer, query, request.Filters);
        var (total, totalArticles, totalStories, hits) = request.Collapse
            ? SearchCollapsed(scoped, request, counters, highlighter)
            : SearchEveryCopy(scoped, request, counters, highlighter);
        return new SearchResult
        {
            QueryText = request.QueryText,
            Total = total,
            TotalArticles = totalArticles,
            TotalStories = totalStories,
            Hits = request.ShortIds ? [.. hits.Select(WithShortId)] : hits,
            Dimensions = _facets.Dimensions,
            Facets = FacetCounting.Summarize(_facets, counters, request.FacetTopN),
            Filters = request.Filters,
            UnknownSelections = unknownSelections,
            Warnings = ArticleQueryParser.Notice(request.QueryText, query, request.AsTyped) is { } notice ? [notice] : [],
            TookMs = took.Elapsed.TotalMilliseconds,
        };
    }

    /// <summary>One page of result rows, the number of rows, of matching articles and (when collapsed) of matching stories.</summary>
    private readonly record struct HitPage(int Total, int TotalArticles, int TotalStories, IReadOnlyList<SearchHit> Hits);

    private HitPage SearchEveryCopy(LuceneQuery query, SearchRequest request, IEnumerable<DimensionCounter> counters, QueryHighlighter highlighter)
    {
        var wanted = (int)Math.Clamp((long)request.Offset + request.Limit, 1, Math.Max(1, _reader.MaxDoc));
        var hits = CreateHitCollector(request.Sort, wanted);
        _searcher.Search(query, new MultiSelectFacetCollector(hits, counters));
        var page = hits.GetTopDocs(request.Offset, request.Limit).ScoreDocs;
        return new HitPage(hits.TotalHits, hits.TotalHits, 0, [.. page.Select(hit => ToHit(hit, highlighter, request.SnippetsPerHit))]);
    }

    /// <summary>One hit per near-duplicate cluster, carrying how many other matching copies it stands for and their outlets.</summary>
    private HitPage SearchCollapsed(LuceneQuery query, SearchRequest request, IEnumerable<DimensionCounter> counters, QueryHighlighter highlighter)
    {
        using var grouped = new CollapsingCollector(request.Sort, _clusters);
        _searcher.Search(query, new MultiSelectFacetCollector(grouped, counters));
        var page = grouped.Page(request.Offset, request.Limit);
        return new HitPage(grouped.TotalClusters, grouped.TotalArticles, grouped.CountStories(),
        [
            .. page.Select(cluster => ToHit(new ScoreDoc(cluster.Doc, cluster.Score), highlighter, request.SnippetsPerHit) with
            {
                SimilarCount = cluster.Members.Count - 1,
                SimilarOutlets = OutletsOf(cluster.Members.Where(d => d != cluster.Doc)),
            }),
        ]);
    }

    /// <summary>The outlets of some documents, each once, from the in-memory facet ordinals: stored fields would decompress whole bodies.</summary>
    private IReadOnlyList<string> OutletsOf(IEnumerable<int> docs)
    {
        var ordinals = new HashSet<int>();
        foreach (var doc in docs)
            foreach (var ord in _outlets.Documents.Of(doc)) ordinals.Add(ord);
        return [.. ordinals.Select(_outlets.ValueOf).Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// The whole stored body of one article with every match of the query, and every mention of a person picked in
    /// <paramref name="filters"/>, marked, for the article view; null when no article has the id.
    /// </summary>
    /// <exception cref="QuerySyntaxException">The query text cannot be read.</exception>
    public MarkedText? HighlightArticle(string id, string queryText, bool asTyped = false, FacetFilters? filters = null)
    {
        var query = _parser.Parse(queryText, asTyped);
        if (ExactDocOf(id) is not { } doc) return null;
        var body = _searcher.Doc(doc).Get(ArticleSchema.Body) ?? "";
        return new QueryHighlighter(_analyzer, query, filters ?? FacetFilters.None).MarkBody(body);
    }

    /// <summary>One article by id, or by a start of its id that no other id begins with, without snippets; null when none matches.</summary>
    /// <exception cref="AmbiguousIdException">No id is <paramref name="id"/>, and several begin with it.</exception>
    public SearchHit? Find(string id) => DocOf(id) is { } doc ? WithShortId(ToHit(new ScoreDoc(doc, 0), null, 0)) : null;

    /// <summary>The near-identical copies of an article (itself excluded), most alike first; empty when it has none or the id is unknown.</summary>
    public IReadOnlyList<SimilarArticle> Similar(string id)
    {
        if (DocOf(id) is not { } doc) return [];
        var fingerprint = FingerprintOf(doc);
        var copies = new List<SimilarArticle>();
        foreach (var copy in _clusters.MembersOf(doc))
        {
            if (copy == doc) continue;
            var similarity = fingerprint is not null && FingerprintOf(copy) is { } other ? Similarity.Measure(fingerprint, other) : Similarity.None;
            copies.Add(new SimilarArticle(WithShortId(ToHit(new ScoreDoc(copy, 0), null, 0)), similarity.Resemblance, similarity.Containment, _clusters.IsRepresentative(copy)));
        }
        return [.. copies.OrderByDescending(c => c.Resemblance).ThenBy(c => c.Article.Id, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The articles derived from <paramref name="id"/> or a copy of it, each with the share of it found there, most
    /// first, each once (its copies left out); empty when none is or the id is unknown. A scan of the lineage doc
    /// values, which are empty for most articles.
    /// </summary>
    public IReadOnlyList<DerivedArticle> DerivedFrom(string id)
    {
        if (Lineages() is not { } lineages || DocOf(id) is not { } source || DerivedStoriesOf(source) == 0) return [];
        var copies = _clusters.MembersOf(source).Select(d => _searcher.Doc(d, IdField).Get(ArticleSchema.Id)).ToHashSet(StringComparer.Ordinal);
        var shown = new HashSet<int>();
        var live = MultiFields.GetLiveDocs(_reader);
        var bytes = new BytesRef();
        var derived = new List<DerivedArticle>();
        for (var doc = 0; doc < _reader.MaxDoc; doc++)
        {
            if (live is not null && !live.Get(doc)) continue;
            lineages.Get(doc, bytes);
            if (bytes.Length == 0) continue;
            // Every copy of a derived story carries its lineage: list the story once, by the copy representing it.
            if (StoredLineage.Decode(bytes).FirstOrDefault(s => copies.Contains(s.Source)) is { } link
                && _clusters.IsRepresentative(doc) && shown.Add(_clusters.OrdinalOf(doc)))
                derived.Add(new DerivedArticle(ToHit(new ScoreDoc(doc, 0), null, 0), link.Share));
        }
        return [.. derived.OrderByDescending(d => d.Share).ThenBy(d => d.Article.Id, StringComparer.Ordinal)];
    }

    /// <summary>Word-level diff of two articles' bodies: what the second changed against the first. Null when either id is unknown.</summary>
    public ArticleDiff? Diff(string firstId, string secondId)
    {
        if (DocOf(firstId) is not { } first || DocOf(secondId) is not { } second) return null;
        var a = _searcher.Doc(first).Get(ArticleSchema.Body) ?? "";
        var b = _searcher.Doc(second).Get(ArticleSchema.Body) ?? "";
        return new ArticleDiff(ToHit(new ScoreDoc(first, 0), null, 0), ToHit(new ScoreDoc(second, 0), null, 0), DiffPieces.Of(a, b, WordDiff.Compute(a, b)));
    }

    /// <summary>The document of the article with this id, else of the one article whose id begins with it.</summary>
    private int? DocOf(string id)
    {
        if (ExactDocOf(id) is { } doc) return doc;
        var starting = _ids.Starting(id, AmbiguousIdException.Shown + 1);
        return starting.Count switch
        {
            0 => null,
            1 => ExactDocOf(starting[0]),
            _ => throw new AmbiguousIdException(id, starting),
        };
    }

    private int? ExactDocOf(string id)
    {
        var found = _searcher.Search(new TermQuery(new Term(ArticleSchema.Id, id)), 1).ScoreDocs;
        return found.Length == 0 ? null : found[0].Doc;
    }

    private static readonly ISet<string> FingerprintField = new HashSet<string> { ArticleSchema.Fingerprint };

    private static readonly ISet<string> IdField = new HashSet<string> { ArticleSchema.Id };

    private static readonly ISet<string> SourceFields = new HashSet<string> { ArticleSchema.Outlet, ArticleSchema.Published };

    private int DerivedStoriesOf(int doc) => (int)(MultiDocValues.GetNumericValues(_reader, ArticleSchema.DerivedStories)?.Get(doc) ?? 0);

    /// <summary>The article's sources, each named by its outlet and date (an id the index no longer holds keeps only its share).</summary>
    private IReadOnlyList<ArticleSource> SourcesOf(int doc)
    {
        if (Lineages() is not { } lineages) return [];
        var bytes = new BytesRef();
        lineages.Get(doc, bytes);
        if (bytes.Length == 0) return [];
        return
        [
            .. StoredLineage.Decode(bytes).Select(source =>
            {
                var stored = DocOf(source.Source) is { } at ? _searcher.Doc(at, SourceFields) : null;
                return new ArticleSource(source.Source, stored?.Get(ArticleSchema.Outlet), stored?.Get(ArticleSchema.Published), source.Share);
            }),
        ];
    }

    private Fingerprint? FingerprintOf(int doc) =>
        _searcher.Doc(doc, FingerprintField).GetBinaryValue(ArticleSchema.Fingerprint) is { } bytes
            ? Fingerprint.FromBytes(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length))
            : null;

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }

    /// <summary>
    /// Relevance: BM25 score. Date: newest first, undated last, equal dates by score. Then by cluster key (a hash of the
    /// representative's id) and the representative first, so ties come in the same order in every build of the same
    /// articles, where document numbers follow the order a build's threads wrote them in.
    /// </summary>
    private static TopFieldCollector CreateHitCollector(SortOrder sort, int wanted)
    {
        SortField[] stable = [new(ArticleSchema.Cluster, SortFieldType.INT64), new(ArticleSchema.ClusterRepresentative, SortFieldType.INT64, reverse: true)];
        var newest = new SortField(ArticleSchema.DateSort, SortFieldType.INT64, reverse: true);
        newest.SetMissingValue(long.MinValue);
        var order = sort == SortOrder.Relevance ? new Sort([SortField.FIELD_SCORE, .. stable]) : new Sort([newest, SortField.FIELD_SCORE, .. stable]);
        return TopFieldCollector.Create(order, wanted, fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
    }

    /// <summary>The hit with its short id, worked out by a few seeks in the id terms: only for hits that will show it.</summary>
    private SearchHit WithShortId(SearchHit hit) => hit with { ShortId = _ids.Shortest(hit.Id) };

    private SearchHit ToHit(ScoreDoc hit, QueryHighlighter? highlighter, int snippets)
    {
        var article = StoredArticle.Read(_searcher.Doc(hit.Doc), _facets.Dimensions);
        return new SearchHit
        {
            Id = article.Id,
            Title = article.Title,
            Outlet = article.Outlet,
            Date = article.Published,
            Author = article.Author,
            People = article.People,
            Url = article.Url,
            FacetValues = _facets.AsCounted(article.FacetValues),
            Score = hit.Score,
            Path = article.Path,
            TitleMarks = highlighter?.MarkTitle(article.Title) ?? [],
            Snippets = highlighter?.Snippets(article.Body, snippets) ?? [],
            ClusterId = _clusters.KeyOf(hit.Doc),
            DerivedFrom = SourcesOf(hit.Doc),
            DerivedStories = DerivedStoriesOf(hit.Doc),
        };
    }
}
