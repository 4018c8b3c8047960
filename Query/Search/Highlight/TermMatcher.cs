using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchEngine.Querying.Search.Highlight;

/// <summary>
/// Finds a query's matches in stored text by running the text through the field's analyzer again, so stemmed and
/// lower-cased forms match as they did in the index, and offsets point into the text as stored.
/// </summary>
internal static class TermMatcher
{
    /// <summary>Matches ordered by start offset; a phrase match spans its first to its last term.</summary>
    public static List<TermHit> FindHits(Analyzer analyzer, string field, string text, FieldQueryTerms terms)
    {
        var hits = new List<TermHit>();
        if (terms.IsEmpty || text.Length == 0) return hits;

        using var tokens = analyzer.GetTokenStream(field, text);
        var term = tokens.AddAttribute<ICharTermAttribute>();
        var offset = tokens.AddAttribute<IOffsetAttribute>();
        var increment = tokens.AddAttribute<IPositionIncrementAttribute>();
        var recent = terms.Phrases.Count > 0 ? new RecentTerms(terms.LongestPhraseSpan + 1) : null;
        var position = -1;

        tokens.Reset();
        while (tokens.IncrementToken())
        {
            position += increment.PositionIncrement;
            int start = offset.StartOffset, end = offset.EndOffset;
            if (terms.TryGetTerm(new ReadOnlySpan<char>(term.Buffer, 0, term.Length), out var termId))
            {
                if (terms.PartOf(termId) is var part and >= 0 && (!terms.IsCapitalisedOnly(termId) || char.IsUpper(text[start])))
                    hits.Add(new TermHit(start, end, part));
                if (recent is not null)
                {
                    recent.Add(position, termId, start);
                    foreach (var p in terms.PhrasesEndingWith(termId))
                    {
                        var phrase = terms.Phrases[p];
                        if (recent.TryMatch(phrase, position, out var phraseStart))
                            hits.Add(new TermHit(phraseStart, end, phrase.Part));
                    }
                }
            }
            foreach (var (automaton, part) in terms.Patterns)
            {
                if (automaton.Run(term.Buffer, 0, term.Length)) hits.Add(new TermHit(start, end, part));
            }
        }
        tokens.End();

        // Phrase hits are found at their last term, after hits that start later.
        hits.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        return hits;
    }

    /// <summary>The query terms seen at the last few positions: enough to check a phrase when its last term arrives.</summary>
    private sealed class RecentTerms(int window)
    {
        private readonly int[] _positions = Enumerable.Repeat(-1, window).ToArray();
        private readonly int[] _termIds = new int[window];
        private readonly int[] _starts = new int[window];

        public void Add(int position, int termId, int start)
        {
            var slot = position % window;
            _positions[slot] = position;
            _termIds[slot] = termId;
            _starts[slot] = start;
        }

        public bool TryMatch(PhraseTerms phrase, int lastPosition, out int start)
        {
            start = 0;
            var first = lastPosition - phrase.Span;
            if (first < 0) return false;
            for (var i = 0; i < phrase.TermIds.Length; i++)
            {
                var position = first + phrase.Positions[i];
                var slot = position % window;
                if (_positions[slot] != position || _termIds[slot] != phrase.TermIds[i]) return false;
            }
            start = _starts[first % window];
            return true;
        }
    }
}
