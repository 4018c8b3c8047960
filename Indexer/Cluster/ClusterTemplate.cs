using System.Text.Json.Nodes;
using Lucene.Net.Search.Similarities;
using SearchEngine.Indexing.Dedup;
using SearchEngine.Indexing.Schema;

namespace SearchEngine.Indexing.Cluster;

/// <summary>
/// The article schema in a cluster's form: the composable index template (<c>PUT _index_template/searchengine-articles</c>
/// for the index <c>articles</c>) the index takes its analysis and mappings from. Generated from
/// <see cref="ArticleSchema"/> (field names, the analysed fields and their chains, BM25's parameters), so the two
/// engines cannot drift apart by an edit to one of them.
/// </summary>
public static class ClusterTemplate
{
    /// <summary>
    /// The template of one index, named after it and matching it alone: two indices of articles on one cluster (a test's
    /// beside a deployment's) each keep their own, and patterns that overlap at one priority would be refused.
    /// </summary>
    public static string NameFor(string indexName) => "searchengine-" + indexName;

    /// <summary>Above the built-in templates (100), so a catch-all template of the same priority does not conflict.</summary>
    private const int Priority = 200;

    // The filters the chains are built from, as the cluster names them.
    private const string PossessiveFilter = "english_possessive";
    private const string StopFilter = "english_stop";
    private const string LowercaseFilter = "lowercase";
    private const string FoldingFilter = "asciifolding";
    private const string PorterFilter = "porter_stem";

    /// <summary>The template's body, for the index <paramref name="indexName"/>.</summary>
    public static JsonObject Body(DedupSettings settings, string indexName = ClusterConnection.DefaultIndexName) => new()
    {
        ["index_patterns"] = new JsonArray(indexName),
        ["priority"] = Priority,
        ["template"] = new JsonObject
        {
            ["settings"] = new JsonObject
            {
                ["index"] = new JsonObject { ["similarity"] = new JsonObject { ["default"] = Bm25() } },
                ["analysis"] = Analysis(),
            },
            ["mappings"] = Mappings(settings),
        },
        ["_meta"] = new JsonObject { ["description"] = "SearchEngine articles, schema version " + ArticleSchema.SchemaVersion },
    };

    /// <summary>The <c>_meta</c> a template gives the mapping of the index it creates.</summary>
    public static JsonObject? MappingMeta(JsonObject template) => template["template"]?["mappings"]?["_meta"] as JsonObject;

    /// <summary>BM25 with the parameters the local searcher scores with (the engines' defaults today, stated so they stay equal).</summary>
    private static JsonObject Bm25()
    {
        var bm25 = (BM25Similarity)ArticleSchema.CreateSimilarity();
        return new JsonObject { ["type"] = "BM25", ["k1"] = bm25.K1, ["b"] = bm25.B };
    }

    /// <summary>
    /// The chains of <see cref="ArticleAnalyzer"/>, filter by filter: the index's, and the English one without stop
    /// words for a query's bare words. Its stop words are <c>_english_</c>, the very list Lucene's EnglishAnalyzer uses
    /// (a test holds the two equal).
    /// </summary>
    private static JsonObject Analysis() => new()
    {
        ["filter"] = new JsonObject
        {
            [PossessiveFilter] = new JsonObject { ["type"] = "stemmer", ["language"] = "possessive_english" },
            [StopFilter] = new JsonObject { ["type"] = "stop", ["stopwords"] = "_english_" },
        },
        ["analyzer"] = new JsonObject
        {
            [ArticleSchema.EnglishAnalysis] = Chain(PossessiveFilter, LowercaseFilter, FoldingFilter, PorterFilter),
            [ArticleSchema.EnglishBareWordsAnalysis] = Chain(PossessiveFilter, LowercaseFilter, FoldingFilter, StopFilter, PorterFilter),
            [ArticleSchema.NamesAnalysis] = Chain(LowercaseFilter, FoldingFilter),
        },
    };

    private static JsonObject Chain(params string[] filters) => new()
    {
        ["type"] = "custom",
        ["tokenizer"] = "standard",
        ["filter"] = new JsonArray([.. filters.Select(f => (JsonNode)f)]),
    };

    /// <summary>The document as the contract lays it out; strict, so a misspelt field is rejected rather than guessed.</summary>
    private static JsonObject Mappings(DedupSettings settings) => new()
    {
        ["dynamic"] = "strict",
        ["_meta"] = new JsonObject
        {
            [ArticleSchema.CommitSchemaVersion] = ArticleSchema.SchemaVersion,
            [ArticleSchema.CommitDedupSettings] = settings.Serialize(),
        },
        ["properties"] = new JsonObject
        {
            [ArticleSchema.Id] = Keyword(),
            [ArticleSchema.Path] = Stored("keyword"),
            [ArticleSchema.SourceFile] = Stored("keyword"),
            [ArticleSchema.Url] = Stored("keyword"),
            [ArticleSchema.ContentHash] = Keyword(),
            [ArticleSchema.Title] = Text(ArticleSchema.Title),
            // Offsets in the term vectors let a long body be highlighted without analysing it again.
            [ArticleSchema.Body] = Text(ArticleSchema.Body, new JsonObject { ["term_vector"] = "with_positions_offsets" }),
            [ArticleSchema.Outlet] = Keyword(ArticleSchema.WordsFieldOf[ArticleSchema.Outlet]),
            [ArticleSchema.People] = Keyword(ArticleSchema.WordsFieldOf[ArticleSchema.People]),
            [ArticleSchema.Date] = Keyword(),
            [ArticleSchema.Published] = Stored("keyword"),
            [ArticleSchema.DateSort] = new JsonObject { ["type"] = "long" },
            [ArticleSchema.Author] = Stored("keyword", ArticleSchema.WordsFieldOf[ArticleSchema.Author]),
            [ArticleSchema.OutletText] = Text(ArticleSchema.OutletText),
            [ArticleSchema.PeopleText] = Text(ArticleSchema.PeopleText),
            [ArticleSchema.AuthorText] = Text(ArticleSchema.AuthorText),
            [ArticleSchema.Fingerprint] = new JsonObject { ["type"] = "binary", ["doc_values"] = false },
            [ArticleSchema.BodyLength] = Stored("integer"),
            // Only looked up by a terms query, never sorted or aggregated on: doc values would be a second copy of its 129 terms an article.
            [ArticleSchema.DuplicateKeys] = new JsonObject { ["type"] = "keyword", ["doc_values"] = false },
            [ArticleSchema.Cluster] = new JsonObject { ["type"] = "long" },
            [ArticleSchema.ClusterRepresentative] = new JsonObject { ["type"] = "boolean" },
            [ArticleSchema.Story] = new JsonObject { ["type"] = "long" },
            [ArticleSchema.Lineage] = new JsonObject
            {
                ["properties"] = new JsonObject
                {
                    [LineageSource] = Keyword(),
                    [LineageShare] = new JsonObject { ["type"] = "float" },
                },
            },
            [ArticleSchema.DerivedStories] = new JsonObject { ["type"] = "integer" },
        },
    };

    /// <summary>The fields of one <see cref="ArticleSchema.Lineage"/> entry: the source article's id and the share of it found.</summary>
    public const string LineageSource = "source";
    public const string LineageShare = "share";

    /// <summary>An exact, searchable value; <paramref name="copyTo"/> also receives it as words.</summary>
    private static JsonObject Keyword(string? copyTo = null) => WithCopy(new JsonObject { ["type"] = "keyword" }, copyTo);

    /// <summary>A value kept for display only: not searchable by itself.</summary>
    private static JsonObject Stored(string type, string? copyTo = null) => WithCopy(new JsonObject { ["type"] = type, ["index"] = false }, copyTo);

    private static JsonObject WithCopy(JsonObject field, string? copyTo)
    {
        if (copyTo is not null) field["copy_to"] = copyTo;
        return field;
    }

    private static JsonObject Text(string field, JsonObject? more = null)
    {
        var chain = ArticleSchema.TextFields[field];
        var text = new JsonObject { ["type"] = "text", ["analyzer"] = chain };
        if (chain == ArticleSchema.EnglishAnalysis)
        {
            // Bare words are read without stop words, quoted ones with every word: as locally.
            text["search_analyzer"] = ArticleSchema.EnglishBareWordsAnalysis;
            text["search_quote_analyzer"] = chain;
        }
        foreach (var (key, value) in more ?? []) text[key] = value?.DeepClone();
        return text;
    }
}
