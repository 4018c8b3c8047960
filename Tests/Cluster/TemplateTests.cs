using System.Text.Json.Nodes;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using SearchEngine.Indexing.Cluster;
using SearchEngine.Indexing.Dedup;
using SearchEngine.Indexing.Schema;

namespace SearchEngine.Tests.Cluster;

public class TemplateTests
{
    /// <summary>
    /// The _english_ list as the Elasticsearch and OpenSearch references print it (stop token filter page; the same list
    /// on the English analyzer page of both).
    /// </summary>
    private static readonly string[] DocumentedEnglishStopWords =
    [
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no", "not", "of",
        "on", "or", "such", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was", "will", "with",
    ];

    private static readonly JsonObject Template = ClusterTemplate.Body(DedupSettings.Default);

    private static JsonObject Analysis => Template["template"]!["settings"]!["analysis"]!.AsObject();

    private static JsonObject Properties => Template["template"]!["mappings"]!["properties"]!.AsObject();

    [Fact]
    public void The_template_is_the_reviewed_golden_file() => GoldenFiles.Matches("template", Template);

    [Fact]
    public void The_template_applies_to_its_own_index_alone() =>
        Assert.Equal(["news"], ClusterTemplate.Body(DedupSettings.Default, "news")["index_patterns"]!.AsArray().Select(p => p!.GetValue<string>()));

    [Fact]
    public void Each_index_has_a_template_named_after_it() =>
        Assert.NotEqual(ClusterTemplate.NameFor("news"), ClusterTemplate.NameFor("news-archive"));

    [Fact]
    public void Lucenes_English_stop_set_is_the_documented_english_list()
    {
        var lucene = ArticleSchema.EnglishStopWords.Select(w => w?.ToString()).Order(StringComparer.Ordinal);
        Assert.Equal(DocumentedEnglishStopWords.Order(StringComparer.Ordinal), lucene);
    }

    [Fact]
    public void The_English_chain_is_standard_tokenizer_possessive_lowercase_folding_and_porter()
    {
        var chain = Analysis["analyzer"]![ArticleSchema.EnglishAnalysis]!;
        Assert.Equal("standard", chain["tokenizer"]!.GetValue<string>());
        Assert.Equal(["stemmer/possessive_english", "lowercase", "asciifolding", "porter_stem"], FilterKinds(chain));
    }

    [Fact]
    public void The_English_chain_for_bare_words_drops_the_english_stop_words_before_stemming()
    {
        var chain = Analysis["analyzer"]![ArticleSchema.EnglishBareWordsAnalysis]!;
        Assert.Equal(["stemmer/possessive_english", "lowercase", "asciifolding", "stop/_english_", "porter_stem"], FilterKinds(chain));
    }

    [Theory]
    [InlineData("title")]
    [InlineData("body")]
    public void An_English_field_reads_bare_words_without_stop_words_and_quoted_ones_with_every_word(string field)
    {
        Assert.Equal(ArticleSchema.EnglishBareWordsAnalysis, Properties[field]!["search_analyzer"]!.GetValue<string>());
        Assert.Equal(ArticleSchema.EnglishAnalysis, Properties[field]!["search_quote_analyzer"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("title", "The Prime Minister's statements were RUNNING into Kim Jong Un's meetings; U.S. e-mail 24/7 at 3.5%")]
    [InlineData("body", "Opec's ministers said they would not be cutting output, and the Müller markets' reaction was muted")]
    public void The_template_chain_for_bare_words_gives_the_same_words_as_the_local_one(string field, string text)
    {
        using var local = ArticleSchema.CreateAnalyzer();
        using var fromTemplate = AnalyzerFromTemplate(ArticleSchema.EnglishBareWordsAnalysis);
        Assert.Equal(Tokens(local.BareWords, field, text), Tokens(fromTemplate, field, text));
    }

    [Fact]
    public void The_names_chain_is_standard_tokenizer_lowercase_and_folding_without_stop_words()
    {
        var chain = Analysis["analyzer"]![ArticleSchema.NamesAnalysis]!;
        Assert.Equal("standard", chain["tokenizer"]!.GetValue<string>());
        Assert.Equal(["lowercase", "asciifolding"], FilterKinds(chain));
    }

    [Theory]
    [InlineData("title", "The Prime Minister's statements were RUNNING into Kim Jong Un's meetings; U.S. e-mail 24/7 at 3.5%")]
    [InlineData("body", "Opec's ministers said they would not be cutting output, and the markets' reaction was muted")]
    [InlineData("outlet_text", "The Times of India")]
    [InlineData("people_text", "Kim Jong Un and O'Brien, José Andrés")]
    [InlineData("author_text", "Jane Doe-Smith")]
    public void The_template_chain_of_each_text_field_gives_the_same_words_as_the_local_analyzer(string field, string text)
    {
        using var local = ArticleSchema.CreateAnalyzer();
        using var fromTemplate = AnalyzerFromTemplate(Properties[field]!["analyzer"]!.GetValue<string>());
        Assert.Equal(Tokens(local, field, text), Tokens(fromTemplate, field, text));
    }

    [Fact]
    public void Every_analysed_field_of_the_schema_is_a_text_field_with_its_chain()
    {
        foreach (var (field, chain) in ArticleSchema.TextFields)
        {
            Assert.Equal("text", Properties[field]!["type"]!.GetValue<string>());
            Assert.Equal(chain, Properties[field]!["analyzer"]!.GetValue<string>());
        }
    }

    [Theory]
    [InlineData("outlet", "outlet_text")]
    [InlineData("people", "people_text")]
    [InlineData("author", "author_text")]
    public void A_name_field_is_copied_into_its_words_field(string field, string words) =>
        Assert.Equal(words, Properties[field]!["copy_to"]!.GetValue<string>());

    [Fact]
    public void The_mapping_refuses_fields_it_does_not_declare_and_records_the_schema_and_dedup_settings()
    {
        var mappings = Template["template"]!["mappings"]!;
        Assert.Equal("strict", mappings["dynamic"]!.GetValue<string>());
        Assert.Equal(ArticleSchema.SchemaVersion, mappings["_meta"]!["schemaVersion"]!.GetValue<int>());
        Assert.Equal(DedupSettings.Default, DedupSettings.Parse(mappings["_meta"]!["dedupSettings"]!.GetValue<string>()));
    }

    private static string[] FilterKinds(JsonNode chain) =>
    [
        .. chain["filter"]!.AsArray().Select(f => f!.GetValue<string>()).Select(name =>
            Analysis["filter"]![name] is { } custom
                ? custom["type"]!.GetValue<string>() + "/" + (custom["language"] ?? custom["stopwords"])!.GetValue<string>()
                : name),
    ];

    /// <summary>A Lucene analyzer built from the template's description of a chain, filter by filter.</summary>
    private static Analyzer AnalyzerFromTemplate(string name)
    {
        var kinds = FilterKinds(Analysis["analyzer"]![name]!);
        var version = ArticleSchema.Version;
        return Analyzer.NewAnonymous((_, reader) =>
        {
            var tokenizer = new StandardTokenizer(version, reader);
            TokenStream stream = tokenizer;
            foreach (var kind in kinds)
            {
                stream = kind switch
                {
                    "stemmer/possessive_english" => new EnglishPossessiveFilter(version, stream),
                    "lowercase" => new LowerCaseFilter(version, stream),
                    "asciifolding" => new ASCIIFoldingFilter(stream),
                    "stop/_english_" => new StopFilter(version, stream, new CharArraySet(version, DocumentedEnglishStopWords, false)),
                    "porter_stem" => new PorterStemFilter(stream),
                    _ => throw new InvalidOperationException($"the test does not know the filter '{kind}'"),
                };
            }
            return new TokenStreamComponents(tokenizer, stream);
        });
    }

    private static List<string> Tokens(Analyzer analyzer, string field, string text)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) tokens.Add($"{term}+{increment.PositionIncrement}");
        stream.End();
        return tokens;
    }
}
