using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchEngine.Indexing.Dedup;

namespace SearchEngine.Indexing.Reading;

/// <summary>
/// The company a value of a multi-valued keyword field keeps across the live articles: the other values named in the
/// same articles. It tells two people of one family name apart where the words cannot: the "Rice" of a court report
/// is named beside a plaintiff and a lawyer, not beside the ministers the Secretary of State is named with.
/// </summary>
public sealed class ValueCompany(IndexReader reader, string field)
{
    /// <summary>The most articles read to learn a value's company: a famous name's thousands add little but time.</summary>
    public const int MaxArticlesRead = 2_000;

    private readonly SortedSetDocValues? _values = MultiDocValues.GetSortedSetValues(reader, field);
    private readonly Terms? _terms = MultiFields.GetTerms(reader, field);
    private readonly IBits? _live = MultiFields.GetLiveDocs(reader);
    /// <summary>Each value's company once read: a value is asked about beside several candidates, and against chance too.</summary>
    private readonly Dictionary<long, HashSet<long>> _companies = [];

    /// <summary>The articles <see cref="SharedByChance"/> reads, as their values; made at its first call.</summary>
    private List<long[]>? _chanceSample;

    /// <summary>
    /// Of the live articles holding <paramref name="value"/> and some other value, the share that hold a value held beside
    /// <paramref name="other"/> in its articles (<see cref="MaxArticlesRead"/> of them), or <paramref name="other"/>
    /// itself; null when no article holds the value beside another, so its company says nothing.
    /// </summary>
    public double? SharedWith(string value, string other)
    {
        if (Ordinals(value, other) is not var (valueOrd, otherOrd)) return null;
        var company = CompanyOf(other, otherOrd);
        var beside = Articles(value).Select(doc => Ordinals(doc).Where(ord => ord != valueOrd).ToList()).Where(others => others.Count > 0).ToList();
        if (beside.Count == 0) return null;
        return (double)beside.Count(others => others.Any(ord => ord == otherOrd || company.Contains(ord))) / beside.Count;
    }

    /// <summary>
    /// The share <see cref="SharedWith"/> would give an article chosen by chance: of the live articles holding two
    /// values or more and neither of the two given (a sample of <see cref="MaxArticlesRead"/>, see <see cref="ChanceSample"/>),
    /// the share holding a value held beside <paramref name="other"/>; null when there are none.
    /// </summary>
    public double? SharedByChance(string value, string other)
    {
        if (Ordinals(value, other) is not var (valueOrd, otherOrd)) return null;
        var company = CompanyOf(other, otherOrd);
        var (sampled, sharing) = (0, 0);
        foreach (var ordinals in ChanceSample())
        {
            if (ordinals.Contains(valueOrd) || ordinals.Contains(otherOrd)) continue;
            sampled++;
            if (ordinals.Any(company.Contains)) sharing++;
        }
        return sampled == 0 ? null : (double)sharing / sampled;
    }

    /// <summary>
    /// The live articles holding two values or more whose values hash lowest, <see cref="MaxArticlesRead"/> of them: a
    /// sample that does not depend on the order a build wrote the articles in. Every n-th document was one, and a
    /// parallel build orders them differently each time, so a merge near its threshold came and went between builds of
    /// the same articles (Reuters: "Reagan" under "Ronald Reagan" in four builds of five).
    /// </summary>
    private List<long[]> ChanceSample() => _chanceSample ??= LowestHashed(
        Enumerable.Range(0, _values is null ? 0 : reader.MaxDoc)
            .Where(doc => _live is null || _live.Get(doc))
            .Select(Ordinals)
            .Where(ordinals => ordinals.Count >= 2));

    /// <summary>
    /// The <see cref="MaxArticlesRead"/> articles' values that hash lowest: which articles a sample takes must not
    /// depend on the order they were written in, and articles with the same values are alike to it.
    /// </summary>
    private static List<long[]> LowestHashed(IEnumerable<List<long>> articles)
    {
        var lowest = new PriorityQueue<long[], ulong>(Comparer<ulong>.Create((a, b) => b.CompareTo(a)));
        foreach (var ordinals in articles)
        {
            var hash = ordinals.Aggregate(StableHash.FnvOffset, (h, ord) => StableHash.Combine(h, (ulong)ord));
            if (lowest.Count < MaxArticlesRead) lowest.Enqueue([.. ordinals], hash);
            else if (lowest.TryPeek(out _, out var highest) && hash < highest) lowest.DequeueEnqueue([.. ordinals], hash);
        }
        return [.. lowest.UnorderedItems.Select(item => item.Element)];
    }

    private (long Value, long Other)? Ordinals(string value, string other)
    {
        if (_values is null) return null;
        var (valueOrd, otherOrd) = (_values.LookupTerm(new BytesRef(value)), _values.LookupTerm(new BytesRef(other)));
        return valueOrd < 0 || otherOrd < 0 ? null : (valueOrd, otherOrd);
    }

    /// <summary>The values held beside one value in its articles (<see cref="MaxArticlesRead"/> of them, by <see cref="LowestHashed"/>).</summary>
    private HashSet<long> CompanyOf(string value, long ord)
    {
        if (_companies.TryGetValue(ord, out var known)) return known;
        var company = _companies[ord] = [];
        foreach (var ordinals in LowestHashed(Articles(value).Select(Ordinals)))
            foreach (var other in ordinals)
                if (other != ord) company.Add(other);
        return company;
    }

    /// <summary>Whether some live article holds both values.</summary>
    public bool NamedTogether(string value, string other) => Articles(value).Intersect(Articles(other)).Any();

    private IEnumerable<int> Articles(string value)
    {
        var terms = _terms?.GetEnumerator();
        if (terms is null || !terms.SeekExact(new BytesRef(value))) yield break;
        var docs = terms.Docs(_live, null, DocsFlags.NONE);
        for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc()) yield return doc;
    }

    private List<long> Ordinals(int doc)
    {
        var ordinals = new List<long>();
        _values!.SetDocument(doc);
        for (var ord = _values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = _values.NextOrd()) ordinals.Add(ord);
        return ordinals;
    }
}
