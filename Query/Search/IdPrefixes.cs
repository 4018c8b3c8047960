using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchEngine.Indexing.Schema;

namespace SearchEngine.Querying.Search;

/// <summary>
/// Ids shortened as git shortens commit hashes: the shortest start of an id (at least <see cref="MinLength"/>
/// characters) that no other id in the index begins with, and the way back from such a start to the whole id.
/// </summary>
internal sealed class IdPrefixes(IndexReader reader)
{
    /// <summary>Short enough to type, long enough that a start stays unique as the index grows.</summary>
    public const int MinLength = 7;

    private readonly Terms? _ids = MultiFields.GetTerms(reader, ArticleSchema.Id);
    private readonly IBits? _live = MultiFields.GetLiveDocs(reader);

    /// <summary>The shortest unique start of <paramref name="id"/>; the whole id when another id begins with all of it.</summary>
    public string Shortest(string id)
    {
        if (_ids is null) return id;
        // Whether a start is shared only gets less likely as it grows, so the shortest unique one is found by halving.
        var terms = _ids.GetEnumerator();
        var (low, high) = (Math.Min(MinLength, id.Length), id.Length);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (Starting(terms, id[..middle], 2, liveOnly: false).Count == 1) high = middle;
            else low = middle + 1;
        }
        return id[..low];
    }

    /// <summary>Up to <paramref name="max"/> ids of live articles that begin with <paramref name="prefix"/>, in order.</summary>
    public IReadOnlyList<string> Starting(string prefix, int max) =>
        _ids is null ? [] : Starting(_ids.GetEnumerator(), prefix, max, liveOnly: true);

    private List<string> Starting(TermsEnum terms, string prefix, int max, bool liveOnly)
    {
        var found = new List<string>();
        var start = new BytesRef(prefix);
        if (prefix.Length == 0 || terms.SeekCeil(start) == TermsEnum.SeekStatus.END) return found;
        do
        {
            if (!StringHelper.StartsWith(terms.Term, start)) break;
            if (!liveOnly || HasLiveDocument(terms)) found.Add(terms.Term.Utf8ToString());
        }
        while (found.Count < max && terms.MoveNext());
        return found;
    }

    private bool HasLiveDocument(TermsEnum terms) => terms.Docs(_live, null, DocsFlags.NONE).NextDoc() != DocIdSetIterator.NO_MORE_DOCS;
}
