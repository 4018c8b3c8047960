using System.Diagnostics;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchEngine.Indexing.Schema;
using SearchEngine.Indexing.Writing;
using SearchEngine.Querying.Search.Facets;
using SearchEngine.Querying.Search.Highlight;
using SearchEngine.Querying.Search.Parsing;
using LuceneDirectory = Lucene.Net.Store.Directory;
using LuceneDocument = Lucene.Net.Documents.Document;
using LuceneQuery = Lucene.Net.Search.Query;

namespace SearchEngine.Querying.Search;

/// <summary>
/// Runs searches over one open index: top hits, facet counts and snippets in one call. Sees the index as it was
/// when opened; open a new one to see a rebuild. Safe to call from several threads at once.
/// </summary>
public sealed class ArticleSearcher : IDisposable
{
    private readonly LuceneDirectory directory;
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;
    private readonly Analyzer analyzer;
    private readonly ArticleQueryParser parser;
    private readonly FacetReaderState facets;

    private ArticleSearcher(LuceneDirectory directory, DirectoryReader reader)
    {
        this.directory = directory;
        this.reader = reader;
        searcher = new IndexSearcher(reader) { Similarity = SearchSimilarity.Create() };
        analyzer = ArticleSchema.CreateAnalyzer();
        parser = new ArticleQueryParser(reader, analyzer);
        facets = FacetReaderState.Build(reader);
    }

    /// <summary>Opens the live index under <paramref name="indexDirectory"/> (as laid out by the indexer's IndexStore).</summary>
    /// <exception cref="IndexMissingException">Nothing has been published there.</exception>
    /// <exception cref="InvalidOperationException">The index was built with another schema version.</exception>
    public static ArticleSearcher Open(string indexDirectory)
    {
        var directory = new IndexStore(indexDirectory).OpenCurrent();
        DirectoryReader? reader = null;
        try
        {
            reader = DirectoryReader.Open(directory);
            RequireSchema(reader, indexDirectory);
            return new ArticleSearcher(directory, reader);
        }
        catch
        {
            reader?.Dispose();
            directory.Dispose();
            throw;
        }
    }

    /// <summary>Articles in the index.</summary>
    public int DocumentCount => reader.NumDocs;

    /// <exception cref="QuerySyntaxException">The query text cannot be read; <see cref="ArticleQueryParser.ToPlainWords"/> makes text that can.</exception>
    public SearchResult Search(SearchRequest request)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(request.Offset);
        ArgumentOutOfRangeException.ThrowIfNegative(request.Limit);
        var took = Stopwatch.StartNew();

        var query = parser.Parse(request.QueryText);
        var scoped = DrillDown.ToDateRangeFilter(request.Filters) is { } range ? new FilteredQuery(query, range) : query;
        var wanted = (int)Math.Clamp((long)request.Offset + request.Limit, 1, Math.Max(1, reader.MaxDoc));
        var hits = CreateHitCollector(request.Sort, wanted);
        var counters = FacetCounting.CreateCounters(facets, request.Filters);
        searcher.Search(scoped, new MultiSelectFacetCollector(hits, counters));

        var highlighter = new QueryHighlighter(analyzer, query);
        var page = hits.GetTopDocs(request.Offset, request.Limit).ScoreDocs;
        return new SearchResult
        {
            QueryText = request.QueryText,
            Total = hits.TotalHits,
            TotalArticles = hits.TotalHits,
            Hits = [.. page.Select(hit => ToHit(hit, highlighter, request.SnippetsPerHit))],
            Facets = FacetCounting.Summarize(facets, counters, request.FacetTopN),
            TookMs = took.Elapsed.TotalMilliseconds,
        };
    }

    /// <summary>The whole stored body of one article with every match of the query marked, for the article view; null when no article has the id.</summary>
    /// <exception cref="QuerySyntaxException">The query text cannot be read.</exception>
    public MarkedText? HighlightArticle(string id, string queryText)
    {
        var query = parser.Parse(queryText);
        var found = searcher.Search(new TermQuery(new Term(ArticleSchema.Id, id)), 1).ScoreDocs;
        if (found.Length == 0) return null;
        var body = searcher.Doc(found[0].Doc).Get(ArticleSchema.Body) ?? "";
        return new QueryHighlighter(analyzer, query).MarkBody(body);
    }

    /// <summary>The near-identical copies of an article (itself excluded), most alike first.</summary>
    public IReadOnlyList<SimilarArticle> Similar(string id) => throw new NotImplementedException();

    /// <summary>Word-level diff of two articles' bodies: what the second changed against the first. Null when either id is unknown.</summary>
    public ArticleDiff? Diff(string firstId, string secondId) => throw new NotImplementedException();

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
        analyzer.Dispose();
    }

    /// <summary>Relevance: BM25 score. Date: newest first, undated last, equal dates by score.</summary>
    private static ITopDocsCollector CreateHitCollector(SortOrder sort, int wanted)
    {
        if (sort == SortOrder.Relevance) return TopScoreDocCollector.Create(wanted, docsScoredInOrder: false);
        var newest = new SortField(ArticleSchema.DateSort, SortFieldType.INT64, reverse: true);
        newest.SetMissingValue(long.MinValue);
        return TopFieldCollector.Create(new Sort(newest, SortField.FIELD_SCORE), wanted,
            fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
    }

    private SearchHit ToHit(ScoreDoc hit, QueryHighlighter highlighter, int snippets)
    {
        LuceneDocument doc = searcher.Doc(hit.Doc);
        var title = doc.Get(ArticleSchema.Title) ?? "";
        return new SearchHit
        {
            Id = doc.Get(ArticleSchema.Id),
            Title = title,
            Outlet = doc.Get(ArticleSchema.Outlet),
            Date = doc.Get(ArticleSchema.Published),
            Author = doc.Get(ArticleSchema.Author),
            People = doc.GetValues(ArticleSchema.People),
            Score = hit.Score,
            Path = doc.Get(ArticleSchema.Path),
            TitleMarks = highlighter.MarkTitle(title),
            Snippets = highlighter.Snippets(doc.Get(ArticleSchema.Body) ?? "", snippets),
        };
    }

    private static void RequireSchema(DirectoryReader reader, string indexDirectory)
    {
        if (reader.IndexCommit.UserData.TryGetValue(ArticleSchema.CommitSchemaVersion, out var version)
            && version != ArticleSchema.SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException(
                $"the index at {indexDirectory} has schema version {version}; this program reads version {ArticleSchema.SchemaVersion}. Rebuild it with: indexer rebuild");
        }
    }
}
