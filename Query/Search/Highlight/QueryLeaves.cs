using Lucene.Net.Search;
using LuceneQuery = Lucene.Net.Search.Query;

namespace SearchEngine.Querying.Search.Highlight;

/// <summary>The leaves of a query tree that a match can hold: excluded clauses and what they contain left out.</summary>
internal static class QueryLeaves
{
    public static IEnumerable<LuceneQuery> Wanted(LuceneQuery query) => query switch
    {
        BooleanQuery boolean => boolean.Clauses.Where(c => !c.IsProhibited).SelectMany(c => Wanted(c.Query)),
        DisjunctionMaxQuery disjunction => disjunction.Disjuncts.SelectMany(Wanted),
        FilteredQuery filtered => Wanted(filtered.Query),
        ConstantScoreQuery { Query: { } inner } => Wanted(inner),
        _ => [query],
    };
}
