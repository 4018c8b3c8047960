using Lucene.Net.Search;
using Lucene.Net.Util.Automaton;

namespace SearchEngine.Querying.Search.Highlight;

/// <summary>
/// The words a prefix, wildcard or fuzzy term stands for, as an automaton to run over each token of a text.
/// Taken from the query itself, not from a rewrite against the index: a rewrite hides the words (constant-score
/// filters) or throws on large expansions.
/// </summary>
internal static class TermPatterns
{
    public static Automaton? ToAutomaton(MultiTermQuery query) => query switch
    {
        PrefixQuery prefix => BasicOperations.Concatenate(BasicAutomata.MakeString(prefix.Prefix.Text), BasicAutomata.MakeAnyString()),
        FuzzyQuery fuzzy => Fuzzy(fuzzy),
        AutomatonQuery automaton => automaton.Automaton,
        _ => null,
    };

    /// <summary>As the fuzzy query enumerates: the first PrefixLength code points exactly, then within MaxEdits of the rest.</summary>
    private static Automaton Fuzzy(FuzzyQuery fuzzy)
    {
        var text = fuzzy.Term.Text;
        var prefixChars = 0;
        for (var codePoints = 0; codePoints < fuzzy.PrefixLength && prefixChars < text.Length; codePoints++)
            prefixChars += char.IsSurrogatePair(text, prefixChars) ? 2 : 1;
        var rest = new LevenshteinAutomata(text[prefixChars..], fuzzy.Transpositions).ToAutomaton(fuzzy.MaxEdits);
        return prefixChars == 0 ? rest : BasicOperations.Concatenate(BasicAutomata.MakeString(text[..prefixChars]), rest);
    }
}
