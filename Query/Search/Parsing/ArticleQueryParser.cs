using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using SearchEngine.Indexing.Schema;
using LuceneQuery = Lucene.Net.Search.Query;

namespace SearchEngine.Querying.Search.Parsing;

/// <summary>
/// The exact values of <paramref name="field"/> (a keyword field) merged into the value named by <paramref name="words"/>
/// (<c>people:"paul volcker"</c> → "Volcker"), which a query of those words should find too.
/// </summary>
public delegate IReadOnlyList<string> MergedValues(string field, string words);

/// <summary>
/// Reads what users type into a Lucene query over the article schema. Classic Lucene syntax, default operator AND:
/// words and "phrases" search title (boosted) and body with English stemming; <c>-word</c>, <c>OR</c>, parentheses;
/// <c>title:</c>, <c>body:</c>, <c>outlet:</c>, <c>people:</c>, <c>author:</c> (names as words, any case);
/// <c>date:2024-10-19</c>, <c>date:2024-10</c>, <c>date:&gt;=2024-10-20</c> (also &gt;, &lt;, &lt;=),
/// <c>date:[2024-10-19 TO 2024-10-24]</c> or <c>date:2024-10-19..2024-10-24</c>; <c>econom*</c>, <c>chancel?or</c>, <c>kremlin~</c>; <c>*:*</c> and the
/// empty query match everything. Thread-safe: each call parses with its own classic parser.
/// <paramref name="analyzer"/> is the schema's (<see cref="ArticleSchema.CreateAnalyzer"/>), owned by the caller;
/// <paramref name="reader"/> is consulted only to bound wildcard expansion.
/// </summary>
/// <param name="mergedValues">
/// For <c>outlet:</c> and <c>people:</c>: the values the index counts under the value those words name (see
/// <see cref="MergedValues"/>), which the words alone would not find; none when null.
/// </param>
public sealed class ArticleQueryParser(IndexReader reader, ArticleAnalyzer analyzer, int maxExpansion = ExpansionGuard.DefaultMaxWords,
    MergedValues? mergedValues = null)
{
    private readonly ExpansionGuard _guard = new(reader, maxExpansion);

    /// <param name="asTyped">
    /// The text is still being typed (the console's query bar): a quote left open is closed, and the last word also
    /// finds the words it begins. The command line reads exactly what was written.
    /// </param>
    /// <exception cref="QuerySyntaxException">The text cannot be read as a query, or asks for too costly a pattern.</exception>
    public LuceneQuery Parse(string queryText, bool asTyped = false)
    {
        if (string.IsNullOrWhiteSpace(queryText)) return new MatchAllDocsQuery();
        var text = PreparedQueryText.Prepare(queryText, asTyped);
        try
        {
            var parser = new SchemaQueryParser(analyzer, text, _guard, mergedValues);
            var query = parser.ParseQuery();
            // A first letter typed narrows nothing yet: every article, as before it was typed.
            if (parser.LeftOutWordBeingTyped && LeavesNothing(query)) return new MatchAllDocsQuery();
            return MatchAllWhereOnlyExcluded(query!);
        }
        catch (ParseException e)
        {
            throw ParseErrors.Translate(e, text);
        }
    }

    /// <summary>
    /// Checks that the text reads as a query, with no index at hand: a saved query is checked so before it is kept, as
    /// one that can never run is no use. A pattern matching too many words is found only against an index, when it runs.
    /// Returns what each search of the text will say besides its hits (<see cref="Notice"/>), so it can be said now.
    /// </summary>
    /// <exception cref="QuerySyntaxException">The text cannot be read as a query.</exception>
    public static string? CheckSyntax(string queryText)
    {
        using var analyzer = ArticleSchema.CreateAnalyzer();
        using var noIndex = new MultiReader();
        return Notice(queryText, new ArticleQueryParser(noIndex, analyzer).Parse(queryText), asTyped: false);
    }

    /// <summary>
    /// What a search of <paramref name="queryText"/>, parsed as <paramref name="query"/>, should say besides its hits: a
    /// finished query of stop words alone, or of punctuation alone, finds nothing, and would not say why. Null when
    /// there is nothing to say.
    /// </summary>
    public static string? Notice(string queryText, LuceneQuery query, bool asTyped) =>
        asTyped || string.IsNullOrWhiteSpace(queryText) || !LeavesNothing(query) ? null
        : !queryText.Any(char.IsLetterOrDigit) ? "the query holds no words, only punctuation, which is not searched"
        : "the query is only stop words, which are left out unless quoted: "
          + (queryText.Contains(':') ? "title:\"the end\", say" : QueryEcho.Shortened(Quoted(queryText)));

    private static string Quoted(string queryText) => $"\"{queryText.Trim().Trim('"')}\"";

    private static bool LeavesNothing(LuceneQuery? query) => query is null or BooleanQuery { Clauses.Count: 0 };

    /// <summary>
    /// The same text as plain words, every operator and special character escaped: what a caller retries with after a
    /// <see cref="QuerySyntaxException"/>. It always parses; the words are still ANDed and stemmed.
    /// </summary>
    public static string ToPlainWords(string queryText)
    {
        var words = queryText.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var plain = new StringBuilder(queryText.Length + 16);
        foreach (var word in words)
        {
            if (plain.Length > 0) plain.Append(' ');
            // Upper-case AND, OR and NOT are operators even when escaped.
            plain.Append(word is "AND" or "OR" or "NOT" ? word.ToLowerInvariant() : QueryParserBase.Escape(word));
        }
        return plain.ToString();
    }

    /// <summary>
    /// Lucene matches nothing for a group made only of exclusions (<c>-opec</c>); users mean "everything except".
    /// </summary>
    private static LuceneQuery MatchAllWhereOnlyExcluded(LuceneQuery query)
    {
        if (query is not BooleanQuery boolean) return query;
        foreach (var clause in boolean.Clauses)
            clause.Query = MatchAllWhereOnlyExcluded(clause.Query);
        if (boolean.Clauses.Count > 0 && boolean.Clauses.All(c => c.IsProhibited))
            boolean.Add(new MatchAllDocsQuery(), Occur.MUST);
        return boolean;
    }
}
