using System.Text;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchEngine.Indexing.Cli;
using SearchEngine.Indexing.Schema;

namespace SearchEngine.Querying.Search.Parsing;

/// <summary>
/// The query a search was probably meant to be. Each word written bare or in quotes that no title or body holds is
/// replaced by the indexed word nearest it: with the same first letter, within a third of its letters and at most two
/// edits (a swap of neighbouring letters counting as one), fewest edits first, then the word more articles hold. A long
/// word that a few articles hold (a misspelling the collection makes too, "technolgoy") is replaced when a word one edit
/// away is held by <see cref="CommonerBy"/> times as many. Names come as the people, outlets and bylines write them ("zelenksy" → "zelensky"), other words as the articles
/// write them, not as their stems ("tropps" → "troops", not "troop"). A word after a field name, in a pattern (<c>*</c>,
/// <c>?</c>, <c>~</c>), excluded, next to a digit, or an operator is left as written: those say exactly what was meant.
/// </summary>
internal sealed class QueryWordSpelling(IndexReader reader, ArticleAnalyzer analyzer)
{
    /// <summary>Shorter words are left alone: one edit from a three-letter word reaches too many others.</summary>
    public const int MinLetters = 4;

    /// <summary>A word more articles hold is taken as written: the collection's own misspellings are rare.</summary>
    public const int RareArticles = 3;

    /// <summary>
    /// Fewer letters, and a word some articles hold is taken as written: one letter from a common word, a short rare word
    /// is as often a name or a real word ("renal", "wreak", "yeung") as a slip, a long one seldom.
    /// </summary>
    public const int RareWordLetters = 8;

    /// <summary>
    /// How many times as many articles the replacement of a word some articles hold must hold (and a respelled query
    /// that found something must find): a rare word beside a common one is then far likelier a slip than a name.
    /// </summary>
    public const int CommonerBy = 10;

    /// <summary>How many near stems (the nearest, then the most used) are looked up for how the text writes them: each costs body reads.</summary>
    private const int MaxStemsSpelled = 10;

    /// <summary>The articles read for the ways they write a stem.</summary>
    private const int ArticlesSpelled = 3;

    private static readonly HashSet<string> BodyOnly = [ArticleSchema.Body];

    private static readonly string[] NameFields = [ArticleSchema.PeopleText, ArticleSchema.OutletText, ArticleSchema.AuthorText];

    /// <summary>The query with its unknown and rare words respelled; null when no word is either or none has a near word.</summary>
    /// <param name="foundSome">
    /// Whether the search as written found anything: then a word no article holds is an alternative beside others (OR)
    /// or the word still being typed, which the console searches as a prefix, and only the rare words are respelled.
    /// </param>
    public string? Respell(string queryText, bool foundSome)
    {
        var respelled = new StringBuilder(queryText.Length);
        var changed = false;
        var end = 0;
        foreach (var (start, length) in PlainWords(queryText))
        {
            var word = queryText.Substring(start, length);
            if (Nearest(word, foundSome) is not { } near) continue;
            respelled.Append(queryText, end, start - end).Append(InCaseOf(word, near));
            end = start + length;
            changed = true;
        }
        return changed ? respelled.Append(queryText, end, queryText.Length - end).ToString() : null;
    }

    /// <summary>The words of the text a search reads as plain words of the title and body.</summary>
    private static IEnumerable<(int Start, int Length)> PlainWords(string text)
    {
        var (inQuote, quoteHasField) = (false, false);
        for (var i = 0; i < text.Length;)
        {
            if (text[i] == '"')
            {
                (inQuote, quoteHasField) = (!inQuote, !inQuote && i > 0 && text[i - 1] == ':');
                i++;
                continue;
            }
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || (text[i] is '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1])))) i++;
            var before = start > 0 ? text[start - 1] : ' ';
            var after = i < text.Length ? text[i] : ' ';
            var excluded = before is '-' or '!' && (start < 2 || char.IsWhiteSpace(text[start - 2]) || text[start - 2] == '(');
            var operatorWord = !inQuote && text.AsSpan(start, i - start) is "AND" or "OR" or "NOT";
            if (excluded || operatorWord || (inQuote && quoteHasField) || before is ':' or '*' or '?' or '~' or '\\' || after is ':' or '*' or '?' or '~'
                || char.IsDigit(before) || char.IsDigit(after))
                continue;
            yield return (start, i - start);
        }
    }

    private string? Nearest(string word, bool foundSome)
    {
        if (word.Length < MinLetters || analyzer.BareWords.Terms(ArticleSchema.Body, word) is not [var stem]) return null;
        var held = Articles(stem);
        if (held > RareArticles || (held > 0 && word.Length < RareWordLetters) || (held == 0 && foundSome)) return null;
        if (analyzer.Terms(ArticleSchema.PeopleText, word) is not [var typed]) return null;
        var maxEdits = Math.Min(2, Math.Max(1, typed.Length / 3));
        var names = NameFields.SelectMany(field => Near(field, typed, maxEdits)).Select(c => (Word: c.Term, c.Articles, IsName: true));
        // A stem is no word to offer ("recess" of "recession"): the text's own spelling of the nearest stems is.
        var words = Near(ArticleSchema.Body, stem, maxEdits)
            .OrderBy(c => DidYouMean.Distance(stem, c.Term)).ThenByDescending(c => c.Articles).Take(MaxStemsSpelled)
            .Select(c => (Word: WrittenAs(c.Term, typed), c.Articles, IsName: false))
            .Where(c => c.Word is not null)
            .Select(c => (Word: c.Word!, c.Articles, c.IsName));
        // A word some articles hold is respelled only by one slip; the stems are searched wider, as a slip may move a stem more.
        var allowedEdits = held > 0 ? 1 : maxEdits;
        // Among words as near and as used, a name as written beats a word of the text.
        return names.Concat(words)
            .Select(c => (c.Word, c.Articles, c.IsName, Edits: DidYouMean.Distance(typed, c.Word)))
            .Where(c => c.Edits <= allowedEdits && c.Articles >= CommonerBy * held)
            .OrderBy(c => c.Edits).ThenByDescending(c => c.Articles).ThenByDescending(c => c.IsName).ThenBy(c => c.Word, StringComparer.Ordinal)
            .Select(c => c.Word)
            .FirstOrDefault();
    }

    /// <summary>How many articles hold the stem in their body or their title, whichever more (a floor of those holding either).</summary>
    private int Articles(string stem) =>
        Math.Max(reader.DocFreq(new Term(ArticleSchema.Body, stem)), reader.DocFreq(new Term(ArticleSchema.Title, stem)));

    /// <summary>
    /// The terms of <paramref name="field"/> within <paramref name="maxEdits"/> of <paramref name="term"/> and beginning
    /// with its letter (a first letter is seldom the one mistyped, and "yeuter" is then "yeutter", not "reuter"), with how
    /// many articles hold each.
    /// </summary>
    private IEnumerable<(string Term, int Articles)> Near(string field, string term, int maxEdits)
    {
        if (MultiFields.GetTerms(reader, field) is not { } terms) yield break;
        var near = new FuzzyTermsEnum(terms, new AttributeSource(), new Term(field, term), maxEdits, 1, true);
        while (near.MoveNext())
            if (near.DocFreq > 0 && near.Term.Utf8ToString() is var found && found != term) yield return (found, near.DocFreq);
    }

    /// <summary>
    /// How the articles holding <paramref name="stem"/> write it (the first <see cref="ArticlesSpelled"/> of them), the
    /// form nearest <paramref name="typed"/> ("resigns" rather than "resignation" for "resgns"), lower case and accents
    /// folded as names are.
    /// </summary>
    private string? WrittenAs(string stem, string typed)
    {
        var docs = MultiFields.GetTermDocsEnum(reader, MultiFields.GetLiveDocs(reader), ArticleSchema.Body, new BytesRef(stem));
        var forms = new HashSet<string>(StringComparer.Ordinal);
        for (var read = 0; docs is not null && read < ArticlesSpelled && docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS; read++)
        {
            var body = reader.Document(docs.DocID, BodyOnly).Get(ArticleSchema.Body) ?? "";
            using var tokens = analyzer.GetTokenStream(ArticleSchema.Body, body);
            var term = tokens.AddAttribute<ICharTermAttribute>();
            var offsets = tokens.AddAttribute<IOffsetAttribute>();
            tokens.Reset();
            while (tokens.IncrementToken())
                if (term.ToString() == stem && analyzer.Terms(ArticleSchema.PeopleText, body[offsets.StartOffset..offsets.EndOffset]) is [var form])
                    forms.Add(form);
            tokens.End();
        }
        return forms.OrderBy(form => DidYouMean.Distance(typed, form)).ThenBy(form => form, StringComparer.Ordinal).FirstOrDefault();
    }

    /// <summary>The suggested word written as the user wrote theirs: "Zelenksy" → "Zelensky", "NATTO" → "NATO".</summary>
    private static string InCaseOf(string typed, string near) =>
        typed.All(c => !char.IsLetter(c) || char.IsUpper(c)) ? near.ToUpperInvariant()
        : char.IsUpper(typed[0]) ? char.ToUpperInvariant(near[0]) + near[1..]
        : near;
}
