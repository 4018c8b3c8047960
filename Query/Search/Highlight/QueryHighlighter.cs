using Lucene.Net.Analysis;
using SearchEngine.Indexing.Schema;
using LuceneQuery = Lucene.Net.Search.Query;

namespace SearchEngine.Querying.Search.Highlight;

/// <summary>
/// Marks one query's matches in titles and bodies: every word (in any inflection the analyzer stems alike), whole
/// phrases where their words stand together, and words that prefix, wildcard and fuzzy terms match. Marks are
/// offsets, never markup, so renderers decide how to draw them. The people the search is about (see
/// <see cref="PersonMentions"/>) are marked where the text names them. Made once per query; thread-safe.
/// </summary>
internal sealed class QueryHighlighter
{
    private readonly Analyzer _analyzer;
    private readonly FieldQueryTerms _titleTerms;
    private readonly FieldQueryTerms _bodyTerms;

    public QueryHighlighter(Analyzer analyzer, LuceneQuery query, FacetFilters filters)
    {
        _analyzer = analyzer;
        var people = PersonMentions.Of(query, filters);
        _titleTerms = FieldQueryTerms.Extract(query, ArticleSchema.Title, PersonMentions.Terms(analyzer, ArticleSchema.Title, people));
        _bodyTerms = FieldQueryTerms.Extract(query, ArticleSchema.Body, PersonMentions.Terms(analyzer, ArticleSchema.Body, people));
    }

    public IReadOnlyList<Mark> MarkTitle(string title) =>
        FragmentText.Marks(TermMatcher.FindHits(_analyzer, ArticleSchema.Title, title, _titleTerms));

    /// <summary>Up to <paramref name="count"/> fragments of the body, best first; the body's opening when nothing in it matches.</summary>
    public IReadOnlyList<MarkedText> Snippets(string body, int count) =>
        FragmentSelector.Select(body, TermMatcher.FindHits(_analyzer, ArticleSchema.Body, body, _bodyTerms), _bodyTerms.PartCount, count);

    /// <summary>The whole body, every match marked: the marks are the places a reader jumps between.</summary>
    public MarkedText MarkBody(string body) =>
        new(body, FragmentText.Marks(TermMatcher.FindHits(_analyzer, ArticleSchema.Body, body, _bodyTerms)));
}
