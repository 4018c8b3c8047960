using Lucene.Net.Search;
using Lucene.Net.Util.Automaton;
using LuceneQuery = Lucene.Net.Search.Query;

namespace SearchEngine.Querying.Search.Highlight;

/// <summary>A phrase as term ids at positions relative to its first term (gaps where the analyzer dropped stopwords).</summary>
internal sealed record PhraseTerms(int[] TermIds, int[] Positions, int Part)
{
    public int Span => Positions[^1];
}

/// <summary>
/// What to mark in one field's text for a query: its analysed words, phrases and patterns, gathered from the query
/// tree (excluded clauses left out). Lookups take a span of the token buffer, so matching allocates nothing per token.
/// </summary>
internal sealed class FieldQueryTerms
{
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _termLookup;
    private readonly int[] _partOfTerm;
    private readonly int[][] _phrasesEndingWith;

    private FieldQueryTerms(Dictionary<string, int> termIds, int[] partOfTerm, PhraseTerms[] phrases,
        (CharacterRunAutomaton, int)[] patterns, int partCount)
    {
        _termLookup = termIds.GetAlternateLookup<ReadOnlySpan<char>>();
        _partOfTerm = partOfTerm;
        Phrases = phrases;
        Patterns = patterns;
        PartCount = partCount;
        _phrasesEndingWith = new int[termIds.Count][];
        for (var term = 0; term < termIds.Count; term++)
            _phrasesEndingWith[term] = [.. Enumerable.Range(0, phrases.Length).Where(p => phrases[p].TermIds[^1] == term)];
        LongestPhraseSpan = phrases.Length == 0 ? 0 : phrases.Max(p => p.Span);
    }

    public int PartCount { get; }

    public bool IsEmpty => PartCount == 0;

    public IReadOnlyList<PhraseTerms> Phrases { get; }

    public IReadOnlyList<(CharacterRunAutomaton Automaton, int Part)> Patterns { get; }

    public int LongestPhraseSpan { get; }

    public bool TryGetTerm(ReadOnlySpan<char> token, out int termId) => _termLookup.TryGetValue(token, out termId);

    /// <summary>The part the term is on its own, or -1 when the query has it only inside phrases.</summary>
    public int PartOf(int termId) => _partOfTerm[termId];

    public int[] PhrasesEndingWith(int termId) => _phrasesEndingWith[termId];

    public static FieldQueryTerms Extract(LuceneQuery query, string field)
    {
        var builder = new Builder();
        Walk(query, field, builder);
        return builder.Build();
    }

    private static void Walk(LuceneQuery query, string field, Builder builder)
    {
        switch (query)
        {
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses.Where(c => !c.IsProhibited)) Walk(clause.Query, field, builder);
                break;
            case DisjunctionMaxQuery disjunction:
                foreach (var disjunct in disjunction.Disjuncts) Walk(disjunct, field, builder);
                break;
            case FilteredQuery filtered:
                Walk(filtered.Query, field, builder);
                break;
            case ConstantScoreQuery { Query: { } inner }:
                Walk(inner, field, builder);
                break;
            case TermQuery term when term.Term.Field == field:
                builder.AddWord(term.Term.Text);
                break;
            case PhraseQuery phrase when phrase.GetTerms() is { Length: > 0 } terms && terms[0].Field == field:
                if (phrase.Slop == 0 && terms.Length > 1) builder.AddPhrase(terms.Select(t => t.Text).ToArray(), phrase.GetPositions());
                else foreach (var term in terms) builder.AddWord(term.Text);
                break;
            case MultiPhraseQuery phrase:
                foreach (var term in phrase.GetTermArrays().SelectMany(t => t).Where(t => t.Field == field)) builder.AddWord(term.Text);
                break;
            case MultiTermQuery pattern when pattern.Field == field && TermPatterns.ToAutomaton(pattern) is { } automaton:
                builder.AddPattern(automaton, pattern.ToString());
                break;
        }
    }

    private sealed class Builder
    {
        private readonly Dictionary<string, int> _termIds = new(StringComparer.Ordinal);
        private readonly List<int> _partOfTerm = [];
        private readonly Dictionary<string, int> _parts = new(StringComparer.Ordinal);
        private readonly List<PhraseTerms> _phrases = [];
        private readonly List<(CharacterRunAutomaton, int)> _patterns = [];

        public void AddWord(string term) => _partOfTerm[TermId(term)] = Part("word " + term);

        public void AddPhrase(string[] terms, int[] positions)
        {
            var order = Enumerable.Range(0, terms.Length).OrderBy(i => positions[i]).ToArray();
            var first = positions[order[0]];
            var relative = order.Select(i => positions[i] - first).ToArray();
            var key = "phrase " + string.Join(' ', order.Select(i => $"{positions[i] - first}:{terms[i]}"));
            if (_parts.ContainsKey(key)) return;
            _phrases.Add(new PhraseTerms([.. order.Select(i => TermId(terms[i]))], relative, Part(key)));
        }

        public void AddPattern(Automaton automaton, string written)
        {
            var key = "pattern " + written;
            if (_parts.ContainsKey(key)) return;
            _patterns.Add((new CharacterRunAutomaton(automaton), Part(key)));
        }

        public FieldQueryTerms Build() => new(_termIds, [.. _partOfTerm], [.. _phrases], [.. _patterns], _parts.Count);

        private int TermId(string term)
        {
            if (!_termIds.TryGetValue(term, out var id))
            {
                id = _termIds.Count;
                _termIds[term] = id;
                _partOfTerm.Add(-1);
            }
            return id;
        }

        private int Part(string key)
        {
            if (!_parts.TryGetValue(key, out var part))
            {
                part = _parts.Count;
                _parts[key] = part;
            }
            return part;
        }
    }
}
