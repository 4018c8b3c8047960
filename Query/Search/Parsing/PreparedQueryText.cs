using System.Text;

namespace SearchEngine.Querying.Search.Parsing;

/// <summary>
/// The user's query made ready for Lucene's classic parser, which reports unbalanced quotes and brackets as a
/// lexical error at the end of the text. This pass finds them where they start, and escapes what the parser would
/// misread: <c>/</c> opens a regular expression there, yet "24/7" and "and/or" are ordinary news text.
/// It remembers where each character came from so that errors point at columns of what the user typed.
/// Read as typed (in the console's query bar), a quote left open is closed at the end, and the word being typed at
/// the end is marked to be searched as a prefix too.
/// </summary>
internal sealed class PreparedQueryText
{
    private readonly int[] _sourceIndex;
    private readonly int _sourceLength;

    /// <summary>Fields whose values are words, where a word being typed can stand for the words it begins.</summary>
    private static readonly HashSet<string> PrefixFields = new(StringComparer.OrdinalIgnoreCase) { "title", "body" };

    private PreparedQueryText(string source, string text, int[] sourceIndex, int? prefixAt)
    {
        Source = source;
        Text = text;
        PrefixAt = prefixAt;
        _sourceIndex = sourceIndex;
        _sourceLength = source.Length;
    }

    /// <summary>What the user typed.</summary>
    public string Source { get; }

    /// <summary>What the classic parser gets.</summary>
    public string Text { get; }

    /// <summary>Where in <see cref="Text"/> the word being typed starts, when it is to be searched as a prefix too.</summary>
    public int? PrefixAt { get; }

    /// <summary>1-based column in the user's text of the character at <paramref name="offset"/> in <see cref="Text"/>.</summary>
    public int ColumnOf(int offset) =>
        1 + (offset >= 0 && offset < _sourceIndex.Length ? _sourceIndex[offset] : _sourceLength);

    /// <param name="asTyped">Read as still being typed: close an open quote, and mark the last word as a prefix.</param>
    /// <exception cref="QuerySyntaxException">A quote, parenthesis or range bracket is left open or closes nothing.</exception>
    public static PreparedQueryText Prepare(string query, bool asTyped = false)
    {
        var text = new StringBuilder(query.Length + 8);
        var index = new List<int>(query.Length + 8);
        var openParens = new Stack<int>();
        int? openQuote = null;
        int? openRange = null;
        var closedQuoteAt = -1;

        void Emit(char c, int from)
        {
            text.Append(c);
            index.Add(from);
        }

        for (var i = 0; i < query.Length; i++)
        {
            var c = IsDoubleQuote(query[i]) ? '"' : query[i];
            if (c == '\\')
            {
                if (i + 1 == query.Length)
                    throw new QuerySyntaxException($"a backslash at column {i + 1} escapes nothing", i + 1);
                Emit(c, i);
                Emit(query[++i], i);
                continue;
            }
            if (openQuote is not null)
            {
                if (c == '"')
                {
                    openQuote = null;
                    closedQuoteAt = i;
                }
                else if (IsWildcardInPhrase(query, i))
                    throw new QuerySyntaxException(
                        $"a wildcard inside quotes at column {i + 1} is not supported: a phrase matches whole words; "
                        + "write the word in full, or leave the quotes out to find the words anywhere", i + 1,
                        $"without the quotes, {QueryEcho.Shortened(Unquoted(query, openQuote.Value))} finds the words anywhere");
                Emit(c, i);
                continue;
            }
            switch (c)
            {
                case '"':
                    openQuote = i;
                    break;
                case '(' when openRange is null:
                    openParens.Push(i);
                    break;
                case ')' when openRange is null:
                    if (openParens.Count == 0)
                        throw new QuerySyntaxException($"unmatched ')' at column {i + 1}", i + 1);
                    openParens.Pop();
                    break;
                case '[' or '{':
                    if (openRange is { } r)
                        throw new QuerySyntaxException($"a range opened at column {r + 1} is not closed before column {i + 1}", r + 1);
                    openRange = i;
                    break;
                case ']' or '}':
                    if (openRange is null)
                        throw new QuerySyntaxException($"unmatched '{c}' at column {i + 1}", i + 1);
                    openRange = null;
                    break;
                case '/':
                    Emit('\\', i);
                    break;
                case '~' when i > 0 && (i - 1 == closedQuoteAt || char.IsLetterOrDigit(query[i - 1])):
                    CheckSuffix(query, i, phrase: i - 1 == closedQuoteAt);
                    break;
                case '^':
                    CheckSuffix(query, i, phrase: false);
                    break;
            }
            Emit(c, i);
        }

        if (openQuote is not null && asTyped)
            Emit('"', query.Length);
        else if (openQuote is { } q)
            throw new QuerySyntaxException($"unbalanced quote at column {q + 1}", q + 1);
        if (openRange is { } range)
            throw new QuerySyntaxException($"unclosed '{query[range]}' at column {range + 1}", range + 1);
        if (openParens.Count > 0)
            throw new QuerySyntaxException($"unclosed '(' at column {openParens.Peek() + 1}", openParens.Peek() + 1);

        var prepared = text.ToString();
        var prefixAt = asTyped && openQuote is null ? WordBeingTyped(prepared) : null;
        return new PreparedQueryText(query, prepared, [.. index], prefixAt);
    }

    /// <summary>
    /// What follows <c>~</c> or <c>^</c> up to the next space or operator character, which the classic parser takes as
    /// one token and reads as a number: it fails on a negative one (a stack trace), and ignores one that is not a number.
    /// </summary>
    private static void CheckSuffix(string query, int at, bool phrase)
    {
        var end = at + 1;
        while (end < query.Length && !char.IsWhiteSpace(query[end]) && !EndsSuffix.Contains(query[end])) end++;
        var suffix = query[(at + 1)..end];
        var written = query[at..end];
        var column = at + 1;
        if (query[at] == '^')
        {
            if (!IsNumber(suffix))
                throw new QuerySyntaxException($"'{written}' at column {column}: ^ takes a positive number, as oil^2", column);
            return;
        }
        if (suffix.Length == 0 || suffix.All(char.IsAsciiDigit)) return;
        // The older fuzzy form: how alike a word must be, between 0 and 1.
        if (!phrase && IsNumber(suffix) && suffix.StartsWith("0.", StringComparison.Ordinal)) return;
        throw new QuerySyntaxException(phrase
            ? $"'{written}' at column {column}: a phrase takes ~ and how many words apart its words may be, as \"oil prices\"~3"
            : $"'{written}' at column {column}: a word takes ~ alone, or with how many letters may differ (1 or 2), as oil~1",
            column);
    }

    /// <summary>
    /// A <c>*</c>, or a <c>?</c> inside a word, in quotes: the analyzer would drop it and the phrase find the bare stem
    /// or nothing. A <c>?</c> ending a word is the punctuation of a quoted question ("is it over?").
    /// </summary>
    private static bool IsWildcardInPhrase(string query, int at) =>
        query[at] == '*'
        || query[at] == '?' && at > 0 && char.IsLetterOrDigit(query[at - 1])
            && at + 1 < query.Length && char.IsLetterOrDigit(query[at + 1]);

    /// <summary>The query with the phrase opened at <paramref name="open"/> written as bare words.</summary>
    private static string Unquoted(string query, int open)
    {
        var close = open + 1;
        while (close < query.Length && !IsDoubleQuote(query[close])) close++;
        return query[..open] + query[(open + 1)..close] + (close < query.Length ? query[(close + 1)..] : "");
    }

    /// <summary>Characters that end a term for the classic parser (besides spaces).</summary>
    private static readonly HashSet<char> EndsSuffix = ['(', ')', '[', ']', '{', '}', '^', '"', '~', '*', '?', ':', '\\', '/', '!'];

    private static bool IsNumber(string text) =>
        text.Split('.') is var parts && parts.Length <= 2 && parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit));

    /// <summary>
    /// The start of the plain word the text ends with, if a prefix of it makes sense: not an operator, not excluded
    /// (after <c>-</c> or NOT), not after <c>~</c>, <c>^</c>, a wildcard or an escape, and not the value of a field
    /// other than title or body (outlet, people, author and date values are names and dates, matched exactly).
    /// </summary>
    private static int? WordBeingTyped(string text)
    {
        var start = text.Length;
        while (start > 0 && char.IsLetterOrDigit(text[start - 1])) start--;
        var word = text[start..];
        if (word.Length == 0 || word is "AND" or "OR" or "NOT" or "TO") return null;
        if (start == 0 || text[start - 1] == '(') return start;
        if (char.IsWhiteSpace(text[start - 1])) return FollowsNot(text[..start]) ? null : start;
        if (text[start - 1] != ':') return null;
        var fieldStart = start - 1;
        while (fieldStart > 0 && char.IsLetter(text[fieldStart - 1])) fieldStart--;
        return PrefixFields.Contains(text[fieldStart..(start - 1)]) ? start : null;
    }

    private static bool FollowsNot(string before)
    {
        var trimmed = before.TrimEnd();
        return trimmed == "NOT" || trimmed.EndsWith(" NOT", StringComparison.Ordinal) || trimmed.EndsWith("(NOT", StringComparison.Ordinal);
    }

    /// <summary>Typographic double quotes, as pasted from articles and word processors, work like straight ones.</summary>
    public static bool IsDoubleQuote(char c) => c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB';
}
