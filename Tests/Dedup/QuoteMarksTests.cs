using System.Text.RegularExpressions;
using SearchEngine.Indexing.Dedup;

namespace SearchEngine.Tests.Dedup;

public class QuoteMarksTests
{
    /// <summary>The words of <paramref name="text"/> read as inside quotation marks, in order.</summary>
    private static string Quoted(string text)
    {
        var quoted = new List<bool>();
        WordHasher.Hash(text, quoted);
        var words = Regex.Matches(text, @"[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*").Select(m => m.Value).ToList();
        Assert.Equal(words.Count, quoted.Count);
        return string.Join(' ', words.Where((_, i) => quoted[i]));
    }

    [Fact]
    public void Words_between_straight_double_quotes_are_quoted() =>
        Assert.Equal("we will appeal", Quoted("He said \"we will appeal\" after the verdict."));

    [Fact]
    public void Single_quotes_mark_a_quotation_but_an_apostrophe_inside_a_word_does_not() =>
        Assert.Equal("it wasn't me", Quoted("The court heard 'it wasn't me', said Smith's lawyer."));

    [Fact]
    public void A_wires_backticks_and_doubled_apostrophes_mark_a_quotation() =>
        Assert.Equal("voice disapproval", Quoted("He did ``voice disapproval'' at the end."));

    [Fact]
    public void Curly_quotes_mark_a_quotation() =>
        Assert.Equal("not guilty", Quoted("She pleaded \u201Cnot guilty\u201D today."));

    [Fact]
    public void A_quotation_left_open_ends_with_its_paragraph() =>
        Assert.Equal("it was dark", Quoted("He said: \"it was dark\nThe jury retired."));

    [Fact]
    public void A_quotation_wrapped_onto_the_next_line_inside_a_sentence_stays_quoted() =>
        Assert.Equal("this was a man prepared to be his own police force", Quoted("She said: ``this was a man prepared to be his own\npolice force'' today."));

    [Fact]
    public void A_control_character_between_wire_paragraphs_ends_an_open_quotation() =>
        Assert.Equal("it was dark", Quoted("He said: ``it was dark\x19The jury retired."));

    [Fact]
    public void A_quotation_inside_a_quotation_leaves_the_rest_of_the_outer_one_quoted() =>
        Assert.Equal("she said no to me", Quoted("He told us \"she said 'no' to me\" and left."));
}
