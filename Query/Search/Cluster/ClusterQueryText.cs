using System.Globalization;
using System.Text;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using SearchEngine.Indexing.Schema;
using SearchEngine.Querying.Search.Parsing;

namespace SearchEngine.Querying.Search.Cluster;

/// <summary>
/// The user's query as the cluster's <c>query_string</c> reads it, meaning what it means locally.
/// <para>
/// Why a rewrite of the text and not a query built from our parse: <c>query_string</c> is the same classic Lucene
/// grammar, so the text keeps its meaning there, while a parsed Lucene query holds words already stemmed, and the
/// engines' phrase, wildcard and fuzzy queries would analyse them a second time. What differs is only what our parser
/// maps: the field names users write (<c>outlet:</c> is the words field <c>outlet_text</c>) and <c>date:</c>, which
/// is no field at all but days, months, years, comparisons and ranges. Those are rewritten token by token, with the
/// classic parser's own lexer (<see cref="QueryParserTokenManager"/>), so quotes, escapes, groups and ranges are
/// read exactly as the cluster will read them; every other character is passed on untouched.
/// </para>
/// <para>
/// The text is first parsed here as the local engine parses it, so a query the local engine refuses is refused with
/// the same message and column before anything is sent, and what is sent is known to parse.
/// </para>
/// </summary>
internal sealed class ClusterQueryText
{
    /// <summary>No index to consult: wildcard expansion is bounded by the cluster (<c>max_clause_count</c>), not counted here.</summary>
    private static readonly IndexReader NoIndex = new MultiReader();

    private readonly PreparedQueryText _prepared;
    private readonly List<(int Start, int End, string Text)> _edits = [];
    private readonly List<Token> _tokens = [];

    private ClusterQueryText(PreparedQueryText prepared) => _prepared = prepared;

    /// <summary>The <c>query_string</c> text for <paramref name="queryText"/>, or null when it matches every article.</summary>
    /// <param name="analyzer">The schema's analyzer, for the local parse that checks the text.</param>
    /// <exception cref="QuerySyntaxException">The local engine cannot read the query either.</exception>
    public static string? Rewrite(string queryText, bool asTyped, ArticleAnalyzer analyzer) =>
        Rewrite(queryText, asTyped, Parse(queryText, asTyped, analyzer));

    /// <summary>The <c>query_string</c> text for <paramref name="queryText"/>, which <paramref name="parsed"/> is (see <see cref="Parse"/>), or null when it matches every article.</summary>
    public static string? Rewrite(string queryText, bool asTyped, Lucene.Net.Search.Query parsed)
    {
        if (parsed is MatchAllDocsQuery) return null;
        var rewriter = new ClusterQueryText(PreparedQueryText.Prepare(queryText, asTyped));
        rewriter.Lex();
        rewriter.RewriteClauses(0, rewriter._tokens.Count, inDate: false);
        return rewriter.Apply();
    }

    /// <summary>The query as the local engine reads it: checked before anything is sent, and read here for what is worked out here rather than by the cluster (the people a search is about, the marks of the article view).</summary>
    /// <exception cref="QuerySyntaxException">The text cannot be read.</exception>
    public static Lucene.Net.Search.Query Parse(string queryText, bool asTyped, ArticleAnalyzer analyzer) =>
        new ArticleQueryParser(NoIndex, analyzer).Parse(queryText, asTyped);

    private void Lex()
    {
        var lexer = new QueryParserTokenManager(new FastCharStream(new StringReader(_prepared.Text)));
        for (var token = lexer.GetNextToken(); token.Kind != RegexpToken.EOF; token = lexer.GetNextToken())
            _tokens.Add(token);
    }

    /// <summary>Rewrites the tokens in [from, to); <paramref name="inDate"/> when they are a group under <c>date:</c>.</summary>
    private void RewriteClauses(int from, int to, bool inDate)
    {
        for (var i = from; i < to; i++)
        {
            var token = _tokens[i];
            if (token.Kind is RegexpToken.TERM && i + 2 < to && _tokens[i + 1].Kind == RegexpToken.COLON)
            {
                var field = Unescaped(token.Image);
                if (SchemaQueryParser.IsDate(field))
                {
                    Edit(token.BeginColumn, End(_tokens[i + 1]), "");
                    i = DateValue(i + 2, to);
                }
                else if (SchemaQueryParser.UserFields.TryGetValue(field, out var schemaField))
                {
                    Edit(token.BeginColumn, End(token), schemaField);
                    i = Value(i + 2, to, inDate: false);
                }
                continue;
            }
            i = inDate ? DateValue(i, to) : Value(i, to, inDate: false);
        }
    }

    /// <summary>A field's value (a word, a phrase, a range or a group); returns the index of its last token.</summary>
    private int Value(int at, int to, bool inDate)
    {
        if (at >= to) return at;
        var token = _tokens[at];
        if (token.Kind == RegexpToken.LPAREN)
        {
            var close = ClosingParen(at, to);
            RewriteClauses(at + 1, close, inDate);
            return close;
        }
        if (token.Kind == RegexpToken.TERM && _prepared.PrefixAt == token.BeginColumn)
            Edit(token.BeginColumn, End(token), $"({token.Image} OR {token.Image}*)");
        return token.Kind is RegexpToken.RANGEIN_START or RegexpToken.RANGEEX_START ? RangeEnd(at, to) : at;
    }

    /// <summary>
    /// A value under <c>date:</c>, as the Unix-seconds range on <see cref="ArticleSchema.DateSort"/> the local parser
    /// makes of it: a day, month or year (a comparison before it), a span or range of them, or a group of such values.
    /// Operators and boosts around it are left as they are. Returns the index of the value's last token.
    /// </summary>
    private int DateValue(int at, int to)
    {
        if (at >= to) return at;
        var token = _tokens[at];
        switch (token.Kind)
        {
            case RegexpToken.LPAREN:
                return Value(at, to, inDate: true);
            case RegexpToken.TERM:
            {
                var (start, end) = DatePeriod.Covered(Unescaped(token.Image), (part, _) => Period(part), Unchecked);
                Edit(token.BeginColumn, End(token), SecondsRange(start, end));
                return at;
            }
            case RegexpToken.RANGEIN_START or RegexpToken.RANGEEX_START:
            {
                var end = RangeEnd(at, to);
                var parts = _tokens.Skip(at + 1).Take(end - at - 1)
                    .Where(t => t.Kind is RegexpToken.RANGE_GOOP or RegexpToken.RANGE_QUOTED)
                    .Select(t => Unquoted(t.Image))
                    .ToList();
                DatePeriod? first = DatePeriod.IsOpenEnd(parts[0]) ? null : Period(parts[0]);
                DatePeriod? last = DatePeriod.IsOpenEnd(parts[1]) ? null : Period(parts[1]);
                var (startSeconds, endSeconds) = DatePeriod.Ranged(first, last,
                    startInclusive: token.Kind == RegexpToken.RANGEIN_START, endInclusive: _tokens[end].Kind == RegexpToken.RANGEIN_END);
                Edit(token.BeginColumn, End(_tokens[end]), SecondsRange(startSeconds, endSeconds));
                return end;
            }
            default:
                return at;
        }
    }

    /// <summary>[start, end) in the cluster's range syntax: start taken in, end left out, <c>*</c> for an open end.</summary>
    private static string SecondsRange(long? start, long? end) =>
        $"{ArticleSchema.DateSort}:[{start?.ToString(CultureInfo.InvariantCulture) ?? "*"} TO {end?.ToString(CultureInfo.InvariantCulture) ?? "*"}}}";

    /// <summary>Checked by the local parse already; a failure here is a bug, not the user's.</summary>
    private static DatePeriod Period(string value) =>
        DatePeriod.TryParse(value, out var period) ? period : throw Unchecked($"'{value}' is not a date");

    private static InvalidOperationException Unchecked(string message) => new($"{message}, yet it passed the local parse");

    private int ClosingParen(int open, int to)
    {
        var depth = 0;
        for (var i = open; i < to; i++)
        {
            if (_tokens[i].Kind == RegexpToken.LPAREN) depth++;
            else if (_tokens[i].Kind == RegexpToken.RPAREN && --depth == 0) return i;
        }
        return to - 1;
    }

    private int RangeEnd(int start, int to)
    {
        for (var i = start; i < to; i++)
            if (_tokens[i].Kind is RegexpToken.RANGEIN_END or RegexpToken.RANGEEX_END) return i;
        return to - 1;
    }

    private static int End(Token token) => token.BeginColumn + token.Image.Length;

    private void Edit(int start, int end, string text) => _edits.Add((start, end, text));

    private string Apply()
    {
        var text = _prepared.Text;
        var rewritten = new StringBuilder(text.Length + 32);
        var at = 0;
        foreach (var (start, end, replacement) in _edits.OrderBy(e => e.Start))
        {
            rewritten.Append(text, at, start - at).Append(replacement);
            at = end;
        }
        return rewritten.Append(text, at, text.Length - at).ToString();
    }

    private static string Unquoted(string image) =>
        image.Length >= 2 && image[0] == '"' && image[^1] == '"' ? Unescaped(image[1..^1]) : Unescaped(image);

    /// <summary>The value without its escapes: <c>\x</c> is <c>x</c>.</summary>
    private static string Unescaped(string image)
    {
        if (!image.Contains('\\')) return image;
        var plain = new StringBuilder(image.Length);
        for (var i = 0; i < image.Length; i++)
            plain.Append(image[i] == '\\' && i + 1 < image.Length ? image[++i] : image[i]);
        return plain.ToString();
    }
}
