using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchEngine.Indexing.Schema;

namespace SearchEngine.Querying.Search.Parsing;

/// <summary>
/// Refuses wildcard and prefix terms that would expand to too many indexed words (say <c>s*</c> on a large index):
/// counting stops at the limit, so the check itself stays cheap however large the index. Lists the words of those
/// that do not, for a pattern searched as other terms than it matches (<see cref="ArticleSchema.Words"/>).
/// </summary>
internal sealed class ExpansionGuard(IndexReader reader, int maxWords)
{
    public const int DefaultMaxWords = 10_000;

    /// <summary>
    /// A prefix nobody wrote (the word being typed) is kept only while it stands for this few words: one that stands
    /// for more is too short to narrow anything yet, and costs a search of every article that has any of them.
    /// </summary>
    public const int TypedPrefixMaxWords = 64;

    public MultiTermQuery Checked(MultiTermQuery query, string written, int column) =>
        IsWithinLimit(query, maxWords)
            ? query
            : throw TooMany(written, column);

    private QuerySyntaxException TooMany(string written, int column) =>
        new($"'{written}' at column {column} matches more than {maxWords:N0} words; make it longer", column);

    /// <summary>
    /// The words <paramref name="query"/> matches, each once however many segments hold it; null when the index has no
    /// such field (no index at hand: a parse that only checks the text).
    /// </summary>
    /// <exception cref="QuerySyntaxException">It matches more words than the limit, as <see cref="Checked"/> says.</exception>
    public IReadOnlyList<string>? Words(MultiTermQuery query, string written, int column)
    {
        if (!Holds(query.Field)) return null;
        var words = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var term in Matching(query))
        {
            words.Add(term.Utf8ToString());
            if (words.Count > maxWords) throw TooMany(written, column);
        }
        return [.. words];
    }

    /// <summary>Whether the index has <paramref name="field"/>: none has with no index at hand.</summary>
    public bool Holds(string field) => reader.Leaves.Any(leaf => leaf.AtomicReader.FieldInfos.FieldInfo(field) is not null);

    /// <summary>The words the prefix being typed matches, when they are few enough (<see cref="TypedPrefixMaxWords"/>); else null.</summary>
    public IReadOnlyList<string>? TypedWords(MultiTermQuery query)
    {
        var (limit, seen) = (Math.Min(maxWords, TypedPrefixMaxWords), 0);
        var words = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var term in Matching(query))
        {
            if (++seen > limit) return null;
            words.Add(term.Utf8ToString());
        }
        return [.. words];
    }

    /// <summary>The prefix being typed, when it expands to few enough words (<see cref="TypedPrefixMaxWords"/>); else null.</summary>
    public MultiTermQuery? TypedPrefix(MultiTermQuery query) => IsWithinLimit(query, Math.Min(maxWords, TypedPrefixMaxWords)) ? query : null;

    /// <summary>Whether <paramref name="query"/> matches at most <paramref name="limit"/> terms, a word counted once in each segment holding it.</summary>
    private bool IsWithinLimit(MultiTermQuery query, int limit) => Matching(query).Take(limit + 1).Count() <= limit;

    /// <summary>
    /// The terms <paramref name="query"/> matches, segment by segment, so a caller stops reading the index where it stops
    /// asking. Each term is the enumerator's own buffer, read before the next.
    /// </summary>
    private IEnumerable<BytesRef> Matching(MultiTermQuery query)
    {
        foreach (var leaf in reader.Leaves)
        {
            var terms = leaf.AtomicReader.GetTerms(query.Field);
            if (terms is null) continue;
            var matching = query.GetTermsEnum(terms);
            while (matching.MoveNext()) yield return matching.Term;
        }
    }
}
