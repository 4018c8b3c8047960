using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Lucene.Net.Util.Automaton;
using SearchEngine.Indexing.Schema;
using LuceneQuery = Lucene.Net.Search.Query;

namespace SearchEngine.Querying.Search.Parsing;

/// <summary>
/// Lucene's classic syntax over the article schema: bare words search title (boosted) and body; the field names users
/// write are mapped to the schema's fields; <c>date:</c> takes days, months, years, comparisons and ranges.
/// One instance parses one query (the classic parser keeps state).
/// </summary>
internal sealed class SchemaQueryParser : MultiFieldQueryParser
{
    /// <summary>A title match counts this many times a body match.</summary>
    public const float TitleBoost = 2f;

    /// <summary>What users write for the publication date; not a field of the index (see <see cref="DatePeriod"/>).</summary>
    public const string DateField = "date";

    /// <summary>What users write before the colon, and where it is searched: names as words, case-insensitively.</summary>
    public static readonly IReadOnlyDictionary<string, string> UserFields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["title"] = ArticleSchema.Title,
        ["body"] = ArticleSchema.Body,
        ["outlet"] = ArticleSchema.OutletText,
        ["people"] = ArticleSchema.PeopleText,
        ["author"] = ArticleSchema.AuthorText,
    };

    private static readonly string KnownFields = string.Join(", ", UserFields.Keys.Append(DateField));

    private readonly ArticleAnalyzer _analyzer;
    private readonly PreparedQueryText _text;
    private readonly ExpansionGuard _guard;
    private readonly MergedValues? _mergedValues;

    /// <summary>
    /// The keyword field whose values a words field holds: what <c>outlet:</c> and <c>people:</c> may also find merged
    /// values in.
    /// </summary>
    private static readonly IReadOnlyDictionary<string, string> ValuesOfWords =
        ArticleSchema.WordsFieldOf.ToDictionary(f => f.Value, f => f.Key);

    public SchemaQueryParser(ArticleAnalyzer analyzer, PreparedQueryText text, ExpansionGuard guard, MergedValues? mergedValues = null)
        : base(ArticleSchema.Version, [ArticleSchema.Title, ArticleSchema.Body], analyzer,
            new Dictionary<string, float> { [ArticleSchema.Title] = TitleBoost, [ArticleSchema.Body] = 1f })
    {
        _analyzer = analyzer;
        _text = text;
        _guard = guard;
        _mergedValues = mergedValues;
        DefaultOperator = Operator.AND;
        // A word the analyzer splits (Chinese and Japanese words into characters, "wi-fi" at the hyphen) is those
        // pieces in that order, not each piece anywhere in the article.
        AutoGeneratePhraseQueries = true;
        // Checked here instead, to say where and why.
        AllowLeadingWildcard = true;
    }

    public LuceneQuery ParseQuery() => Parse(_text.Text);

    /// <summary>The word being typed began too many words to search, and was left out.</summary>
    public bool LeftOutWordBeingTyped { get; private set; }

    // A null field means the default fields: the base class fans out to title and body.

    protected override LuceneQuery GetFieldQuery(string field, string queryText, bool quoted)
    {
        var beingTyped = !quoted && Token.BeginColumn == _text.PrefixAt;
        return field is null ? beingTyped ? WordOrPrefixInDefaultFields(queryText) : Analysed(field!, queryText, quoted)
            : IsDate(field) ? DateTerm(queryText)
            : beingTyped ? WordOrPrefix(SchemaField(field), queryText)
            : WithMergedValues(SchemaField(field), queryText, Analysed(SchemaField(field), queryText, quoted));
    }

    /// <summary>
    /// The words of an outlet or a person, or any of the values the index counts under the value they name: an article
    /// that names only "Volcker" is counted under "Paul Volcker", so <c>people:"paul volcker"</c> finds it as
    /// <c>--person "Paul Volcker"</c> does.
    /// </summary>
    private LuceneQuery WithMergedValues(string field, string words, LuceneQuery query)
    {
        if (query is null || _mergedValues is null || !ValuesOfWords.TryGetValue(field, out var values)) return query!;
        var merged = _mergedValues(values, words);
        if (merged.Count == 0) return query;
        var any = new BooleanQuery(disableCoord: true) { { query, Occur.SHOULD } };
        foreach (var value in merged) any.Add(new TermQuery(new Term(values, value)), Occur.SHOULD);
        return any;
    }

    /// <summary>
    /// The words as the index holds them: every word of a quoted phrase, and a bare word unless it is a stop word
    /// (<see cref="ArticleAnalyzer.BareWords"/>), for which there is no query, as a group of stop words alone has none.
    /// </summary>
    private LuceneQuery Analysed(string field, string queryText, bool quoted)
    {
        if (quoted) return base.GetFieldQuery(field, queryText, quoted);
        Analyzer = _analyzer.BareWords;
        try
        {
            return base.GetFieldQuery(field, queryText, quoted);
        }
        finally
        {
            Analyzer = _analyzer;
        }
    }

    /// <summary>
    /// The word being typed in title and body, boosted as the base class boosts a bare word (which does not call back
    /// per field); left out in both when it begins too many words in either, so a title with none of them cannot keep it.
    /// </summary>
    private LuceneQuery WordOrPrefixInDefaultFields(string word)
    {
        var prefixes = m_fields.Select(field => TypedPrefix(field, word)).ToList();
        if (prefixes.Contains(null)) return LeaveOutWordBeingTyped();
        var either = new BooleanQuery(disableCoord: true);
        foreach (var (field, prefix) in m_fields.Zip(prefixes))
        {
            var query = WordOrPrefix(field, word, prefix!);
            query.Boost = m_boosts[field];
            either.Add(query, Occur.SHOULD);
        }
        return either;
    }

    private LuceneQuery WordOrPrefix(string field, string word) =>
        TypedPrefix(field, word) is { } prefix ? WordOrPrefix(field, word, prefix) : LeaveOutWordBeingTyped();

    /// <summary>The word being typed: itself (stemmed, as a finished word is) or any word it begins ("petr" finds petroleum).</summary>
    private LuceneQuery WordOrPrefix(string field, string word, MultiTermQuery prefix)
    {
        var exact = Analysed(field, word, quoted: false);
        if (exact is null) return prefix;
        return new BooleanQuery { { exact, Occur.SHOULD }, { prefix, Occur.SHOULD } };
    }

    /// <summary>
    /// The words the word being typed begins, as written where the field has them (so "interventi" finds
    /// "intervention", whose stem it is longer than) and searched as their stems; null when they are too many.
    /// </summary>
    private MultiTermQuery? TypedPrefix(string field, string word)
    {
        var folded = ArticleAnalyzer.FoldAccents(word);
        if (ArticleSchema.WordsFrom.Contains(field) && _guard.Holds(ArticleSchema.Words))
            return _guard.TypedWords((MultiTermQuery)base.GetPrefixQuery(ArticleSchema.Words, folded)) is { } words
                ? AnyTerm(field, StemsOf(field, words))
                : null;
        return _guard.TypedPrefix((MultiTermQuery)base.GetPrefixQuery(field, folded));
    }

    /// <summary>
    /// A word being typed that begins too many words to search at each key ("s", "sa") is not searched at all, rather
    /// than as the whole word it is not yet (which found fewer articles than the longer word will): it narrows once
    /// it is longer, or finished by a space or Enter. So results only narrow as a word is typed. Nothing is what the
    /// base class gives for a stop word.
    /// </summary>
    private LuceneQuery LeaveOutWordBeingTyped()
    {
        LeftOutWordBeingTyped = true;
        return null!;
    }

    /// <summary>
    /// One group of clauses. OR makes the clauses on either side of it optional and AND (or no operator) makes them
    /// required, so a group with both keeps only the required ones: the others would be dropped unseen.
    /// </summary>
    protected override LuceneQuery GetBooleanQuery(IList<BooleanClause> clauses, bool disableCoord)
    {
        if (clauses.Any(c => c.Occur == Occur.MUST) && clauses.Any(c => c.Occur == Occur.SHOULD))
            throw MixedOperators.Refusal(_text.Source);
        return base.GetBooleanQuery(clauses, disableCoord);
    }

    protected override LuceneQuery GetFieldQuery(string field, string queryText, int slop) =>
        field is null ? base.GetFieldQuery(field!, queryText, slop)
        // A quoted date is still a date; only a ~ after it asks for what dates cannot do.
        : IsDate(field) ? slop == PhraseSlop ? DateTerm(queryText) : throw Error("date: takes no ~", hint: DateHint)
        : WithMergedValues(SchemaField(field), queryText, base.GetFieldQuery(SchemaField(field), queryText, slop));

    protected override LuceneQuery GetPrefixQuery(string field, string termStr)
    {
        if (field is null) return base.GetPrefixQuery(field!, termStr);
        if (IsDate(field)) throw Error(DateWildcardAdvice(termStr), hint: DateHint);
        var (schemaField, folded, column) = (SchemaField(field), ArticleAnalyzer.FoldAccents(termStr), TermColumn(termStr));
        return AsWritten(schemaField, (MultiTermQuery)base.GetPrefixQuery(ArticleSchema.Words, folded), termStr + "*", column)
            ?? _guard.Checked((MultiTermQuery)base.GetPrefixQuery(schemaField, folded), termStr + "*", column);
    }

    protected override LuceneQuery GetWildcardQuery(string field, string termStr)
    {
        if (field == "*" && termStr == "*") return NewMatchAllDocsQuery();
        if (termStr.StartsWith('*') || termStr.StartsWith('?'))
            throw Error($"'{termStr}' starts with a wildcard, which would scan every word; put letters before the {termStr[0]}", TermColumn(termStr));
        if (field is null) return base.GetWildcardQuery(field!, termStr);
        if (IsDate(field)) throw Error("date: takes no wildcards");
        var (schemaField, folded, column) = (SchemaField(field), ArticleAnalyzer.FoldAccents(termStr), TermColumn(termStr));
        return AsWritten(schemaField, (MultiTermQuery)base.GetWildcardQuery(ArticleSchema.Words, folded), termStr, column)
            ?? _guard.Checked((MultiTermQuery)base.GetWildcardQuery(schemaField, folded), termStr, column);
    }

    /// <summary>
    /// A pattern in title or body: matched against the words as written (<see cref="ArticleSchema.Words"/>), as a
    /// user writing "rates*" or "compani?s" means, and searched as the stems those words index under, which keeps
    /// highlighting and ranking as for the words themselves. Null for the other fields, whose terms are the words as
    /// written, and when there is no index to expand against.
    /// </summary>
    private LuceneQuery? AsWritten(string field, MultiTermQuery onWords, string written, int column) =>
        ArticleSchema.WordsFrom.Contains(field) && _guard.Words(onWords, written, column) is { } words
            ? AnyTerm(field, StemsOf(field, words))
            : null;

    private IEnumerable<string> StemsOf(string field, IEnumerable<string> words) => words.SelectMany(word => _analyzer.Terms(field, word));

    /// <summary>Any of <paramref name="terms"/>, as one pattern (so it scores and is marked as a prefix was).</summary>
    private static AutomatonQuery AnyTerm(string field, IEnumerable<string> terms)
    {
        var sorted = terms.Distinct().Select(term => new BytesRef(term)).Order(BytesRef.UTF8SortedAsUnicodeComparer).ToList();
        return new AutomatonQuery(new Term(field), sorted.Count == 0 ? BasicAutomata.MakeEmpty() : BasicAutomata.MakeStringUnion(sorted));
    }

    protected override LuceneQuery GetFuzzyQuery(string field, string termStr, float minSimilarity)
    {
        if (field is null) return base.GetFuzzyQuery(field!, termStr, minSimilarity);
        if (IsDate(field)) throw Error("date: takes no ~");
        return base.GetFuzzyQuery(SchemaField(field), ArticleAnalyzer.FoldAccents(termStr), minSimilarity);
    }

    /// <summary>
    /// Fuzzy terms get at most the edits their length warrants (none up to 2 letters, one up to 5), which bounds both
    /// cost and noise. <c>word~N</c> asks for N edits, so <c>word~0</c> is the word itself, as users read it; the old
    /// fractional form (<c>word~0.8</c>) for as many as allowed.
    /// </summary>
    protected override LuceneQuery NewFuzzyQuery(Term term, float minimumSimilarity, int prefixLength)
    {
        var length = term.Text.EnumerateRunes().Count();
        var asked = minimumSimilarity is >= 1f or 0f ? (int)minimumSimilarity : LevenshteinAutomata.MAXIMUM_SUPPORTED_DISTANCE;
        var allowed = length <= 2 ? 0 : length <= 5 ? 1 : 2;
        var edits = Math.Min(asked, allowed);
        return Closest(term, edits) ?? new FuzzyQuery(term, edits, prefixLength);
    }

    /// <summary>
    /// The words as written within <paramref name="edits"/> of a fuzzy term in title or body (a misspelling is of a
    /// word, not of its stem), searched as their stems: the <see cref="FuzzyQuery.DefaultMaxExpansions"/> closest,
    /// each weighed by its closeness alone. Null where <see cref="AsWritten"/> is.
    /// </summary>
    private LuceneQuery? Closest(Term term, int edits)
    {
        if (!ArticleSchema.WordsFrom.Contains(term.Field)) return null;
        var (written, column) = (term.Text + "~", TermColumn(term.Text));
        var automata = new LevenshteinAutomata(term.Text, withTranspositions: true);
        var within = new AutomatonQuery(new Term(ArticleSchema.Words, term.Text), automata.ToAutomaton(edits));
        if (_guard.Words(within, written, column) is not { } words) return null;
        // The index is searched once, for the farthest; each word found is then placed by running the nearer automata.
        var nearer = Enumerable.Range(0, edits).Select(distance => new CharacterRunAutomaton(automata.ToAutomaton(distance))).ToList();
        var editsOfStem = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            var distance = nearer.FindIndex(automaton => automaton.Run(word)) is var found and >= 0 ? found : edits;
            foreach (var stem in _analyzer.Terms(term.Field, word))
                editsOfStem[stem] = Math.Min(distance, editsOfStem.GetValueOrDefault(stem, distance));
        }
        var closest = new DisjunctionMaxQuery(0f);
        foreach (var (stem, distance) in editsOfStem.OrderBy(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal)
                     .Take(FuzzyQuery.DefaultMaxExpansions))
        {
            var (stemTerm, closeness) = (new Term(term.Field, stem), Closeness(distance));
            closest.Add(new BooleanQuery
            {
                { new ConstantScoreQuery(new TermQuery(stemTerm)) { Boost = closeness }, Occur.SHOULD },
                { new TermQuery(stemTerm) { Boost = closeness * OwnScoreShare }, Occur.SHOULD },
            });
        }
        return closest.Disjuncts.Count > 0 ? closest : AnyTerm(term.Field, []);
    }

    /// <summary>
    /// What an article holding a word counts for, by the word's edits from the one written: a quarter of a word one
    /// edit closer, so an article with a closer word outranks any with only farther ones, even those in both the title
    /// (boosted twice) and the body (1/4 &gt; 2/16 + 1/16). The best word counts, not their sum, and how often it is
    /// written does not: a misspelling tells which word was meant, not how much of the article is about it.
    /// </summary>
    private static float Closeness(int edits) => MathF.Pow(4f, -edits);

    /// <summary>
    /// How much a word's own score counts beside its closeness: enough to rank the articles holding words equally near
    /// by how much they are about them, too little to lift one past a nearer word (a term scores some 20 at most under
    /// BM25, 2 % of its closeness here, where the margin between one edit and the next is a quarter).
    /// </summary>
    private const float OwnScoreShare = 0.001f;

    protected override LuceneQuery GetRangeQuery(string field, string part1, string part2, bool startInclusive, bool endInclusive)
    {
        if (field is null || !IsDate(field))
            throw Error("ranges work on dates only, as in date:[2024-10-01 TO 2024-10-31]", RangeColumn());
        DatePeriod? from = DatePeriod.IsOpenEnd(part1) ? null : Period(part1, RangeColumn());
        DatePeriod? to = DatePeriod.IsOpenEnd(part2) ? null : Period(part2, RangeColumn());
        if (from is { } first && to is { } last && last.Last < first.First)
            throw new QuerySyntaxException($"the date range ends before it starts (column {RangeColumn()})", RangeColumn(), DateHint);
        var (start, end) = DatePeriod.Ranged(from, to, startInclusive, endInclusive);
        return DatePeriod.SecondsRange(start, end);
    }

    /// <summary>
    /// date:2024-10-19 (that day), date:2024-10, date:2024, a comparison (date:&gt;=2024-10-20, &gt;, &lt;, &lt;=) or a span
    /// (date:2024-10-19..2024-10-23).
    /// </summary>
    private LuceneQuery DateTerm(string value)
    {
        var column = TermColumn(value);
        var (start, end) = DatePeriod.Covered(value, (part, offset) => Period(part, column + offset),
            message => new QuerySyntaxException($"{message} (column {column})", column, DateHint));
        return DatePeriod.SecondsRange(start, end);
    }

    private DatePeriod Period(string value, int column) =>
        DatePeriod.TryParse(value, out var period)
            ? period
            : throw new QuerySyntaxException($"'{value}' at column {column} is not a date; write {DatePeriod.Forms}, or a span such as 2024-10-19{DatePeriod.SpanJoin}2024-10-23", column, DateHint);

    /// <summary>
    /// What to write instead of a date ending in *: the longest period its start names (date:1987-03-0* is within
    /// date:1987-03), which is itself a date that works.
    /// </summary>
    private static string DateWildcardAdvice(string start)
    {
        for (var period = start; period.Length > 0; period = period[..Math.Max(0, period.LastIndexOf('-'))])
        {
            if (DatePeriod.TryParse(period, out _)) return $"date: takes no wildcards; write date:{period} for the whole period";
        }
        return "date: takes no wildcards; write a whole day, month or year";
    }

    /// <summary>What a user who wrote a wrong date meant to write: retrying the query as plain words would lose the date.</summary>
    public const string DateHint =
        "dates are written date:2024-10-19, date:2024-10 or date:2024; spans date:2024-10-19..2024-10-23 or date:[2024-10-19 TO 2024-10-23]; comparisons date:>=2024-10-20";

    public static bool IsDate(string field) => string.Equals(field, DateField, StringComparison.OrdinalIgnoreCase);

    private string SchemaField(string field)
    {
        if (m_fields.Contains(field)) return field;
        if (UserFields.TryGetValue(field, out var schemaField)) return schemaField;
        var column = TermColumn(field + ":");
        throw new QuerySyntaxException($"unknown field '{field}' at column {column}; fields are {KnownFields}", column);
    }

    private QuerySyntaxException Error(string message, int? column = null, string? hint = null)
    {
        var at = column ?? _text.ColumnOf(Token.BeginColumn);
        return new QuerySyntaxException($"{message} (column {at})", at, hint);
    }

    /// <summary>Where <paramref name="written"/> starts: its last occurrence up to the token being handled, which is it or follows it.</summary>
    private int TermColumn(string written)
    {
        var end = Math.Min(_text.Text.Length, Token.BeginColumn + Token.Image.Length);
        var at = _text.Text.LastIndexOf(written, Math.Max(0, end - 1), end, StringComparison.OrdinalIgnoreCase);
        return _text.ColumnOf(at >= 0 ? at : Token.BeginColumn);
    }

    /// <summary>The parser calls for a range after reading its closing bracket; the range starts at the bracket that opened it.</summary>
    private int RangeColumn()
    {
        var at = _text.Text.LastIndexOfAny(['[', '{'], Math.Min(Token.BeginColumn, _text.Text.Length - 1));
        return _text.ColumnOf(at >= 0 ? at : Token.BeginColumn);
    }
}
