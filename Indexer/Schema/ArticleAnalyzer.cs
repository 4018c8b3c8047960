using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace SearchEngine.Indexing.Schema;

/// <summary>
/// The schema's analysis, field by field (<see cref="ArticleSchema.TextFields"/>): what the index holds and what a
/// quoted phrase is read with. Every word is indexed, stop words too, so "will not serve" finds those three words in
/// that order and nothing else. <see cref="BareWords"/> reads words written without quotes: the same chains without the
/// English stop words, since a bare "the" would find nearly every article and mark every "the" in the snippets.
/// </summary>
public sealed class ArticleAnalyzer : AnalyzerWrapper
{
    private readonly Analyzer _prose;
    private readonly Analyzer _names;
    private readonly Analyzer _words;
    private readonly Analyzer _keys = new KeywordAnalyzer();

    public ArticleAnalyzer() : this(dropStopWords: false)
    {
    }

    private ArticleAnalyzer(bool dropStopWords) : base(PER_FIELD_REUSE_STRATEGY)
    {
        _prose = Chain(english: true, dropStopWords);
        _names = Chain(english: false, dropStopWords: false);
        _words = Chain(english: true, dropStopWords: false, stem: false);
        BareWords = dropStopWords ? this : new ArticleAnalyzer(dropStopWords: true);
    }

    /// <summary>
    /// The analysis of words a query writes bare: as this, without the English stop words
    /// (<see cref="ArticleSchema.EnglishStopWords"/>).
    /// </summary>
    public ArticleAnalyzer BareWords { get; }

    /// <summary>
    /// A term the query parser does not analyse (a prefix, wildcard or fuzzy term) with its accents folded as the chains
    /// fold words, so "Mül*" finds "Müller".
    /// </summary>
    public static string FoldAccents(string term)
    {
        if (Ascii.IsValid(term)) return term;
        var input = term.ToCharArray();
        // One character folds to at most four ("Ǆ" to "DZ", "⑽" to "(10)").
        var output = new char[4 * input.Length];
        return new string(output, 0, ASCIIFoldingFilter.FoldToASCII(input, 0, output, 0, input.Length));
    }

    /// <summary>The terms <paramref name="field"/> holds for <paramref name="text"/>, in order.</summary>
    public IReadOnlyList<string> Terms(string field, string text)
    {
        var terms = new List<string>();
        using var tokens = GetTokenStream(field, text);
        var term = tokens.AddAttribute<ICharTermAttribute>();
        tokens.Reset();
        while (tokens.IncrementToken()) terms.Add(term.ToString());
        tokens.End();
        return terms;
    }

    protected override Analyzer GetWrappedAnalyzer(string fieldName) =>
        fieldName == ArticleSchema.Words ? _words
        : ArticleSchema.TextFields.TryGetValue(fieldName, out var chain) ? chain == ArticleSchema.EnglishAnalysis ? _prose : _names : _keys;

    /// <summary>
    /// The standard tokenizer, lower case, and accents folded ("Müller" finds "Muller", as names are typed without them);
    /// for English prose also the possessive filter before and the Porter stemmer after, as Lucene's EnglishAnalyzer
    /// (without it for the words as written, <see cref="ArticleSchema.Words"/>).
    /// </summary>
    private static Analyzer Chain(bool english, bool dropStopWords, bool stem = true) => Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new StandardTokenizer(ArticleSchema.Version, reader);
        TokenStream stream = new StandardFilter(ArticleSchema.Version, tokenizer);
        if (english) stream = new EnglishPossessiveFilter(ArticleSchema.Version, stream);
        stream = new ASCIIFoldingFilter(new LowerCaseFilter(ArticleSchema.Version, stream));
        if (dropStopWords) stream = new StopFilter(ArticleSchema.Version, stream, ArticleSchema.EnglishStopWords);
        if (english && stem) stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    });

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _prose.Dispose();
            _names.Dispose();
            _words.Dispose();
            _keys.Dispose();
            if (BareWords != this) BareWords.Dispose();
        }
        base.Dispose(disposing);
    }
}
