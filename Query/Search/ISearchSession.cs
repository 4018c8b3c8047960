namespace SearchEngine.Querying.Search;

/// <summary>
/// What both front ends ask of an open index, so they depend on this and not on Lucene, and tests can stand in for
/// an index. <see cref="ArticleSearcher"/> is the one over a real index.
/// </summary>
public interface ISearchSession : IDisposable
{
    SearchResult Search(SearchRequest request);

    /// <summary>One article by id, or by a start of its id that no other id begins with, without snippets; null when none matches.</summary>
    /// <exception cref="AmbiguousIdException">No id is <paramref name="id"/>, and several begin with it.</exception>
    SearchHit? Find(string id);

    /// <summary>
    /// The whole stored body of one article with every match of the query marked, and every mention of the people the
    /// search is about (named in the query or picked in <paramref name="filters"/>); null when no article has the id.
    /// </summary>
    /// <param name="asTyped">Read the query as the console's query bar does (see <see cref="SearchRequest.AsTyped"/>).</param>
    /// <exception cref="QuerySyntaxException">The query text cannot be read.</exception>
    MarkedText? HighlightArticle(string id, string queryText, bool asTyped = false, FacetFilters? filters = null);

    /// <summary>The near-identical copies of an article (itself excluded), most alike first.</summary>
    IReadOnlyList<SimilarArticle> Similar(string id);

    /// <summary>The articles derived from an article or a copy of it, each with its share, most first.</summary>
    IReadOnlyList<DerivedArticle> DerivedFrom(string id);

    /// <summary>What the second article changed against the first; null when either id is unknown.</summary>
    ArticleDiff? Diff(string firstId, string secondId);
}
