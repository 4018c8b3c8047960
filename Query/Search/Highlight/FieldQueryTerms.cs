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
    private readonly bool[] _capitalisedOnly;
    private readonly int[][] _phrasesEndingWith;

    private FieldQueryTerms(Dictionary<string, int> termIds, int[] partOfTerm, bool[] capitalisedOnly, PhraseTerms[] phrases,
        (CharacterRunAutomaton, int)[] patterns, int partCount)
    {
        _termLookup = termIds.GetAlternateLookup<ReadOnlySpan<char>>();
        _partOfTerm = partOfTerm;
        _capitalisedOnly = capitalisedOnly;
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

    /// <summary>
    /// Whether the term on its own marks only words written with a capital: a family name alone ("May", "Gates") is
    /// also a common word, which the person's marks must not take in.
    /// </summary>
    public bool IsCapitalisedOnly(int termId) => _capitalisedOnly[termId];

    public int[] PhrasesEndingWith(int termId) => _phrasesEndingWith[termId];

    /// <param name="people">The people the search is about, as this field's terms (see <see cref="PersonMentions"/>).</param>
    public static FieldQueryTerms Extract(LuceneQuery query, string field, IEnumerable<NameTerms>? people = null)
    {
        var builder = new Builder();
        foreach (var leaf in QueryLeaves.Wanted(query)) Add(leaf, field, builder);
        foreach (var person in people ?? [])
        {
            if (person.Terms.Length > 1) builder.AddPhrase(person.Terms, person.Positions);
            else builder.AddWord(person.Terms[0]);
            if (person.FamilyName is { } family) builder.AddName(family);
        }
        return builder.Build();
    }

    private static void Add(LuceneQuery leaf, string field, Builder builder)
    {
        switch (leaf)
        {
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
        private readonly List<bool> _capitalisedOnly = [];
        private readonly Dictionary<string, int> _parts = new(StringComparer.Ordinal);
        private readonly List<PhraseTerms> _phrases = [];
        private readonly List<(CharacterRunAutomaton, int)> _patterns = [];

        public void AddWord(string term)
        {
            var id = TermId(term);
            _partOfTerm[id] = Part("word " + term);
            _capitalisedOnly[id] = false;
        }

        /// <summary>A family name alone: marked where written with a capital, unless the query has the word itself.</summary>
        public void AddName(string term)
        {
            var id = TermId(term);
            if (_partOfTerm[id] >= 0) return;
            _partOfTerm[id] = Part("name " + term);
            _capitalisedOnly[id] = true;
        }

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

        public FieldQueryTerms Build() => new(_termIds, [.. _partOfTerm], [.. _capitalisedOnly], [.. _phrases], [.. _patterns], _parts.Count);

        private int TermId(string term)
        {
            if (!_termIds.TryGetValue(term, out var id))
            {
                id = _termIds.Count;
                _termIds[term] = id;
                _partOfTerm.Add(-1);
                _capitalisedOnly.Add(false);
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
