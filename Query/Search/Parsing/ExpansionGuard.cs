using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchEngine.Querying.Search.Parsing;

/// <summary>
/// Refuses wildcard and prefix terms that would expand to too many indexed words (say <c>s*</c> on a large index):
/// counting stops at the limit, so the check itself stays cheap however large the index.
/// </summary>
internal sealed class ExpansionGuard(IndexReader reader, int maxWords)
{
    public const int DefaultMaxWords = 10_000;

    public MultiTermQuery Checked(MultiTermQuery query, string written, int column)
    {
        var words = 0;
        foreach (var leaf in reader.Leaves)
        {
            var terms = leaf.AtomicReader.GetTerms(query.Field);
            if (terms is null) continue;
            var matching = query.GetTermsEnum(terms);
            while (matching.MoveNext())
            {
                if (++words > maxWords)
                    throw new QuerySyntaxException(
                        $"'{written}' at column {column} matches more than {maxWords:N0} words; make it longer", column);
            }
        }
        return query;
    }
}
