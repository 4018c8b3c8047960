namespace SearchEngine.Indexing.Dedup;

/// <summary>
/// Follows quotation marks through a text, one character between words at a time, to tell quoted speech from the
/// narrative around it. Curly marks, guillemets and a backtick say which way they face; a straight mark opens after
/// white space or an opening bracket and closes after anything else; a straight or curly apostrophe between letters is
/// no mark at all (it never reaches here: it is part of a word). Marks nest, so a wire's <c>``…''</c> and a paper's
/// <c>"… 'no' …"</c> both come out right. A paragraph closes every open quotation, as a quotation that runs on opens again
/// at the start of the next paragraph: line breaks and other control characters (wire copy marks its
/// paragraphs with one) end a paragraph, except a line break inside a sentence (see <see cref="WrapsSentence"/>).
/// </summary>
/// <remarks>
/// A closing apostrophe after a plural ("the Smiths' house") inside a quotation ends it early, and one outside any
/// quotation is ignored: telling them apart needs grammar, and the cost is a few words weighed as narrative.
/// </remarks>
public struct QuoteMarks
{
    private int _depth;

    public readonly bool Inside => _depth > 0;

    /// <summary>Reads the character at <paramref name="at"/>, which is not part of a word.</summary>
    public void Read(string text, int at)
    {
        var c = text[at];
        if (char.IsControl(c) && c != '\t')
        {
            if (!WrapsSentence(text, at)) _depth = 0;
            return;
        }
        switch (c)
        {
            case '\u201C' or '\u2018' or '\u00AB' or '\u201E' or '`':
                _depth++;
                break;
            case '\u201D' or '\u2019' or '\u00BB':
                Close();
                break;
            case '"' or '\'':
                if (OpensAfter(at == 0 ? ' ' : text[at - 1])) _depth++;
                else Close();
                break;
        }
    }

    /// <summary>
    /// Whether the control character at <paramref name="at"/> is a line feed that wraps a sentence rather than ending a
    /// paragraph: hard-wrapped copy (a wire's pages, mail, plain-text archives) breaks lines inside quotations. The line
    /// ends in a word or inner punctuation and the next begins in lower case; a capital after it is read as a new
    /// paragraph, which leaves a wrapped name in narrative as before.
    /// </summary>
    private static bool WrapsSentence(string text, int at)
    {
        if (text[at] != '\n') return false;
        var before = at - 1;
        while (before >= 0 && text[before] is ' ' or '\t' or '\r') before--;
        var after = at + 1;
        while (after < text.Length && text[after] is ' ' or '\t') after++;
        return before >= 0 && after < text.Length
            && (char.IsLetterOrDigit(text[before]) || text[before] is ',' or ';' or '-')
            && char.IsLower(text[after]);
    }

    private void Close() => _depth = Math.Max(0, _depth - 1);

    private static bool OpensAfter(char previous) => char.IsWhiteSpace(previous) || previous is '(' or '[' or '\u2014' or '\u2013' or '-' or '/';
}
