using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace SearchEngine.Indexing.Schema;

/// <summary>
/// The one description of the index: field names, how each is analysed, indexed and stored.
/// The indexer writes by it and the query side reads by it, so neither keeps a copy.
/// </summary>
public static class ArticleSchema
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Bumped whenever a field changes meaning; recorded in every commit so a reader can refuse an index it does not understand.</summary>
    public const int SchemaVersion = 13;

    /// <summary>
    /// Stable document id: unique key for updates and what users type to name an article. Also a binary doc value, as
    /// are <see cref="ContentHash"/> and <see cref="SourceFile"/> (sorted): an update reads the three for every article,
    /// and out of stored fields each costs decompressing the article's text.
    /// </summary>
    public const string Id = "id";
    /// <summary>Source file path (and line, for JSON Lines) the article came from; stored only.</summary>
    public const string Path = "path";
    /// <summary>The file the article came from (several JSON Lines articles share one), so an update can keep the articles of a file it could not read.</summary>
    public const string SourceFile = "file";
    /// <summary>The article's web address when the source states one (a page's canonical link, a JSON Lines url); stored only.</summary>
    public const string Url = "url";
    /// <summary>Hash of the source record, to tell changed articles from unchanged ones on update.</summary>
    public const string ContentHash = "hash";

    /// <summary>English-analysed, stored for display and highlighting.</summary>
    public const string Title = "title";
    /// <summary>English-analysed, stored for display and highlighting.</summary>
    public const string Body = "body";
    /// <summary>
    /// The words of title and body as written (<see cref="WordsAnalysis"/>): a vocabulary only, each word with the
    /// articles it is in, no frequencies, positions or norms, not stored. Title and body hold stems, and a pattern or
    /// a misspelling is about the word as written ("rates*", "compani?s" have no stem in common with their words), so
    /// those are matched here and searched as the stems the matching words index under. Local index only: a
    /// cluster's engine expands patterns itself.
    /// </summary>
    public const string Words = "words";

    /// <summary>The fields whose words <see cref="Words"/> holds as written.</summary>
    public static readonly IReadOnlySet<string> WordsFrom = new HashSet<string> { Title, Body };

    /// <summary>Facet dimensions: exact value as an indexed term (drill-down) and as SortedSetDocValues (counting).</summary>
    public const string Outlet = "outlet";
    public const string People = "people";
    /// <summary>Publication day as yyyy-MM-dd (facet); see <see cref="DateSort"/> for ranges and sorting.</summary>
    public const string Date = "date";

    /// <summary>The dimensions searches count and filter by, in the order they are shown.</summary>
    public static readonly IReadOnlyList<FacetDimension> FacetDimensions = [FacetDimension.Outlet, FacetDimension.Date, FacetDimension.People];

    /// <summary>Publication instant as Unix seconds: a numeric field for ranges and a NumericDocValues for sorting.</summary>
    public const string DateSort = "date_sort";

    /// <summary>A publication's clock time as <see cref="DateSort"/> holds it, in the index and on a cluster: read as UTC, whole Unix seconds (rounded down).</summary>
    public static long DateSortSeconds(DateTime clockTime) => new DateTimeOffset(DateTime.SpecifyKind(clockTime, DateTimeKind.Utc)).ToUnixTimeSeconds();

    /// <summary>The clock time a <see cref="DateSort"/> value stands for.</summary>
    public static DateTime DateSortTime(long seconds) => DateTime.UnixEpoch.AddSeconds(seconds);
    /// <summary>Full publication timestamp (ISO 8601) when known; stored only.</summary>
    public const string Published = "published";

    /// <summary>Byline, stored for display and searchable as words through <see cref="AuthorText"/>.</summary>
    public const string Author = "author";

    /// <summary>Near-duplicate fingerprint of the cleaned body (stored bytes), so an update can recluster without re-reading sources.</summary>
    public const string Fingerprint = "dup_sig";
    /// <summary>Length of the cleaned body in characters (stored): "the most complete copy" when choosing a cluster's representative.</summary>
    public const string BodyLength = "dup_len";
    /// <summary>NumericDocValues: a stable 64-bit key of the article's near-duplicate cluster (the same for every copy).</summary>
    public const string Cluster = "cluster";
    /// <summary>NumericDocValues: 1 for the cluster's representative (earliest, then most complete copy), else 0.</summary>
    public const string ClusterRepresentative = "cluster_rep";
    /// <summary>
    /// NumericDocValues: the cluster key of the article's story, a wire story with everything derived from it: its first
    /// source's cluster for a derived article (and its copies), else its own.
    /// </summary>
    public const string Story = "story";
    /// <summary>BinaryDocValues: the earlier articles this one was derived from, with their shares (see <see cref="StoredLineage"/>); empty for most.</summary>
    public const string Lineage = "lineage";
    /// <summary>NumericDocValues: how many articles were derived from this one.</summary>
    public const string DerivedStories = "derived";
    /// <summary>
    /// On a cluster only: the fingerprint's lookup keys (<c>DuplicateKeys.For</c>) as keyword terms, so a new article finds
    /// its possible copies among all others with one terms query instead of a table of every fingerprint in memory.
    /// </summary>
    public const string DuplicateKeys = "dup_keys";

    /// <summary>Word-analysed copies of the keyword fields so that <c>outlet:herald</c> or <c>people:"kim jong un"</c> match regardless of case.</summary>
    public const string OutletText = "outlet_text";
    public const string PeopleText = "people_text";
    public const string AuthorText = "author_text";

    /// <summary>Each keyword field with a word-analysed copy, and that copy's field.</summary>
    public static readonly IReadOnlyDictionary<string, string> WordsFieldOf = new Dictionary<string, string>
    {
        [Outlet] = OutletText,
        [People] = PeopleText,
        [Author] = AuthorText,
    };

    /// <summary>Commit user-data keys.</summary>
    public const string CommitSchemaVersion = "schemaVersion";
    public const string CommitBuiltAt = "builtAt";
    public const string CommitUpdatedAt = "updatedAt";
    /// <summary>The near-duplicate settings the index was built with, so updates and searches use the same ones.</summary>
    public const string CommitDedupSettings = "dedupSettings";
    /// <summary>The sources the index holds and the folder its ids are relative to (a SourceSet), so an update reads with the same ids.</summary>
    public const string CommitSources = "sources";
    /// <summary>Followed by a facet field's name: the values merged across the collection in that dimension (see <see cref="FacetMerges"/>).</summary>
    public const string CommitMergesPrefix = "merges.";

    /// <summary>BM25, the one ranking: the writer encodes length norms with it and every searcher scores with it.</summary>
    public static Similarity CreateSimilarity() => new BM25Similarity();

    /// <summary>
    /// The analysis chains, by the names a cluster's index template gives them (<c>ClusterTemplate</c> writes each out
    /// filter by filter; <see cref="ArticleAnalyzer"/> builds them). English prose: the standard tokenizer, the English
    /// possessive filter, lower-casing, accents folded and the Porter stemmer; the English stop words are dropped only
    /// from words a query writes bare. Names: the standard tokenizer, lower-casing and accents folded, no stop words, so
    /// "The Times" keeps both words.
    /// </summary>
    public const string EnglishAnalysis = "article_english";
    public const string NamesAnalysis = "article_names";
    /// <summary>The English chain without stop words, for words a query writes bare (<see cref="ArticleAnalyzer.BareWords"/>).</summary>
    public const string EnglishBareWordsAnalysis = "article_english_bare";
    /// <summary>The English chain without the stemmer: the words the stemmer is given, for <see cref="Words"/>.</summary>
    public const string WordsAnalysis = "article_words";

    /// <summary>
    /// The analysed fields and their chains, as a cluster holds them too; <see cref="Words"/> is analysed by
    /// <see cref="WordsAnalysis"/> in the local index only, and every other indexed field is an exact term.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> TextFields = new Dictionary<string, string>
    {
        [Title] = EnglishAnalysis,
        [Body] = EnglishAnalysis,
        [OutletText] = NamesAnalysis,
        [PeopleText] = NamesAnalysis,
        [AuthorText] = NamesAnalysis,
    };

    /// <summary>The English stop words a query's bare words leave out (<see cref="ArticleAnalyzer.BareWords"/>).</summary>
    public static CharArraySet EnglishStopWords => EnglishAnalyzer.DefaultStopSet;

    /// <summary>The analyzer for both indexing and query parsing: English stemming for prose, lower-cased words for names, exact terms for keys.</summary>
    public static ArticleAnalyzer CreateAnalyzer() => new();
}
