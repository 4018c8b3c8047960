using System.Collections.Immutable;
using System.Globalization;
using SearchEngine.Indexing.Extraction;
using SearchEngine.Indexing.Schema;

namespace SearchEngine.Querying.Search;

public enum SortOrder
{
    Relevance,
    /// <summary>Newest first; undated articles last.</summary>
    Date,
}

/// <summary>Facet filters: OR within a dimension, AND across dimensions.</summary>
public sealed record FacetFilters
{
    /// <summary>The values picked, by dimension field; a dimension with none picked may be missing.</summary>
    private ImmutableDictionary<string, IReadOnlyList<string>> Picked { get; init; } = ImmutableDictionary.Create<string, IReadOnlyList<string>>(StringComparer.Ordinal);

    /// <summary>Inclusive publication-day range; either end may be open.</summary>
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }

    public static readonly FacetFilters None = new();

    /// <summary>Whether any value is picked in any dimension (the From/To range aside).</summary>
    public bool HasSelections() => Picked.Values.Any(values => values is { Count: > 0 });

    /// <summary>The values picked in a dimension: exact values, or for days (yyyy-MM-dd) also months (yyyy-MM).</summary>
    public IReadOnlyList<string> Selected(FacetDimension dimension) => Picked.GetValueOrDefault(dimension.Field) ?? [];

    /// <summary>These filters with <paramref name="values"/> as the dimension's selection.</summary>
    public FacetFilters With(FacetDimension dimension, IReadOnlyList<string> values) => this with { Picked = Picked.SetItem(dimension.Field, values) };
}

/// <summary>Everything a caller asks of one search.</summary>
public sealed record SearchRequest
{
    public required string QueryText { get; init; }
    public FacetFilters Filters { get; init; } = FacetFilters.None;
    public SortOrder Sort { get; init; } = SortOrder.Relevance;
    public int Offset { get; init; }
    public int Limit { get; init; } = 10;
    /// <summary>Values per facet dimension.</summary>
    public int FacetTopN { get; init; } = 10;
    public int SnippetsPerHit { get; init; } = 3;
    /// <summary>One hit per cluster of near-identical copies (the best-ranked member), with the others counted on it.</summary>
    public bool Collapse { get; init; } = true;
    /// <summary>The query is still being typed: an open quote is closed and the last word also finds the words it begins.</summary>
    public bool AsTyped { get; init; }
    /// <summary>Work out each hit's <see cref="SearchHit.ShortId"/> (a few seeks in the index per hit), for output that shows it.</summary>
    public bool ShortIds { get; init; }
}

/// <summary>A half-open range [Start, End) of UTF-16 offsets into the text it belongs to.</summary>
public readonly record struct Mark(int Start, int End);

/// <summary>A piece of text and the spans in it that match the query. Renderers decide how to draw the spans.</summary>
public sealed record MarkedText(string Text, IReadOnlyList<Mark> Marks)
{
    /// <summary>Begins or ends a snippet where it cuts a sentence, as a reader marks a shortened quotation.</summary>
    public const string Cut = "\u2026";
}

public sealed record SearchHit
{
    private readonly string? _shortId;

    public required string Id { get; init; }
    /// <summary>
    /// The shortest start of the id that no other article's id begins with, which tables show and commands accept;
    /// the whole id unless the search asked for short ids.
    /// </summary>
    public string ShortId { get => _shortId ?? Id; init => _shortId = value; }
    public required string Title { get; init; }
    public string? Outlet { get; init; }
    /// <summary>Publication date as stored: yyyy-MM-dd, or yyyy-MM-ddTHH:mm:ss when the time is known.</summary>
    public string? Date { get; init; }
    public string? Author { get; init; }
    public IReadOnlyList<string> People { get; init; } = [];
    /// <summary>The article's web address, when its source stated one.</summary>
    public string? Url { get; init; }
    /// <summary>The article's values in each facet dimension, by field, as the facets count them.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> FacetValues { get; init; } = ImmutableDictionary<string, IReadOnlyList<string>>.Empty;
    public float Score { get; init; }
    public required string Path { get; init; }
    /// <summary>Marks in the title, for renderers that highlight it.</summary>
    public IReadOnlyList<Mark> TitleMarks { get; init; } = [];
    /// <summary>The near-duplicate cluster the article belongs to: a key shared by all its copies.</summary>
    public string? ClusterId { get; init; }
    /// <summary>When collapsed: how many other matching copies this hit stands for ("+N copies").</summary>
    public int SimilarCount { get; init; }
    /// <summary>When collapsed: the outlets of those other copies, each once.</summary>
    public IReadOnlyList<string> SimilarOutlets { get; init; } = [];
    public IReadOnlyList<MarkedText> Snippets { get; init; } = [];
    /// <summary>
    /// The earlier articles this one was derived from, the one holding most of it first: it is a story of its own (shown,
    /// not collapsed) written partly from them. Empty for an original or a copy.
    /// </summary>
    public IReadOnlyList<ArticleSource> DerivedFrom { get; init; } = [];
    /// <summary>How many articles were derived from this one.</summary>
    public int DerivedStories { get; init; }
}

/// <summary>An article a story was derived from, and the share of the story's distinctive wording found in it (0..1).</summary>
public sealed record ArticleSource(string Id, string? Outlet, string? Date, double Share)
{
    /// <summary>
    /// "based on PA, 12 Jul 2024, 43 %": the outlet (or the id when unknown), the day when known, the share. The day
    /// always names its year: a collection spans years, the line is read apart from the story's own date (a console
    /// line cut at its width, a spreadsheet cell), and a source can fall in the year before its story (31 Dec, 1 Jan).
    /// </summary>
    public string Describe()
    {
        var day = PublicationDate.Parse(Date) is { } date ? ", " + date.Value.ToString("d MMM yyyy", CultureInfo.InvariantCulture) : "";
        return $"based on {Outlet ?? Id}{day}, {Math.Round(Share * 100).ToString(CultureInfo.InvariantCulture)} %";
    }
}

public sealed record FacetValue(string Value, int Count);

public sealed record SearchResult
{
    public required string QueryText { get; init; }
    /// <summary>Result rows: clusters when collapsed, articles otherwise. Paging counts these.</summary>
    public required int Total { get; init; }
    /// <summary>Matching articles, every copy counted (what the facets count).</summary>
    public int TotalArticles { get; init; }
    /// <summary>
    /// When collapsed: matching stories, a story being a wire story with everything derived from it (and their copies).
    /// At most <see cref="Total"/>; 0 when not collapsed, or not counted (the new hits of a saved query).
    /// </summary>
    public int TotalStories { get; init; }
    public required double TookMs { get; init; }
    public required IReadOnlyList<SearchHit> Hits { get; init; }
    /// <summary>The dimensions counted, in the order they are shown.</summary>
    public IReadOnlyList<FacetDimension> Dimensions { get; init; } = ArticleSchema.FacetDimensions;
    /// <summary>Counts per dimension field, most frequent first.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets { get; init; }
    /// <summary>
    /// The filters as the search read them, each selected value as the index spells it ("reuters" as "Reuters"); null
    /// when the search did not say (a cluster), so a caller keeps those it asked with.
    /// </summary>
    public FacetFilters? Filters { get; init; }
    /// <summary>Selected values that no article has, in any case: each matches nothing.</summary>
    public IReadOnlyList<UnknownSelection> UnknownSelections { get; init; } = [];
    /// <summary>
    /// What the result may lack, one sentence each: on a cluster, the shards that failed to answer; a query of stop words
    /// alone, which finds nothing unless they are quoted.
    /// </summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
    /// <summary>
    /// The query with each word no article (or very few) holds respelled as the nearest indexed word, and how many
    /// articles that query finds under the same filters; null when there is none, when it finds nothing either, or when
    /// the query found something and the respelled one does not find ten times as many. Index folders only.
    /// </summary>
    public QuerySuggestion? Suggestion { get; init; }
}

/// <summary>A respelled query (what "did you mean" offers) and the articles it finds.</summary>
public sealed record QuerySuggestion(string QueryText, int Articles);

/// <summary>A value selected in a dimension that no article has, with the dimension's values nearest it.</summary>
public sealed record UnknownSelection(FacetDimension Dimension, string Value, IReadOnlyList<string> Nearest);

/// <summary>A query the user wrote that cannot be run, with where it goes wrong.</summary>
public sealed class QuerySyntaxException(string message, int? column = null, string? hint = null) : Exception(message)
{
    /// <summary>1-based column in the query text, when known.</summary>
    public int? Column { get; } = column;

    /// <summary>How to write what the user meant, when the error says what that was (a date); else null.</summary>
    public string? Hint { get; } = hint;
}

/// <summary>An article derived from another, with the share of it found in that other (0..1).</summary>
public sealed record DerivedArticle(SearchHit Article, double Share);

/// <summary>An article asked for by a start of its id that several ids begin with.</summary>
public sealed class AmbiguousIdException(string prefix, IReadOnlyList<string> ids) : Exception(
    $"'{prefix}' begins the ids of several articles: {string.Join(", ", ids.Take(Shown))}{(ids.Count > Shown ? ", …" : "")}; give more of the id")
{
    /// <summary>How many of the ids the message names.</summary>
    public const int Shown = 5;
}

/// <summary>A copy of an article, with how alike the two texts are (0..1).</summary>
public sealed record SimilarArticle(SearchHit Article, double Resemblance, double Containment, bool IsRepresentative);

public enum DiffKind { Kept, Deleted, Inserted }

/// <summary>A run of words kept, deleted (only in the first text) or inserted (only in the second).</summary>
public sealed record DiffPiece(DiffKind Kind, string Text);

/// <summary>What a second copy changed against a first: the word-level diff as pieces in reading order.</summary>
public sealed record ArticleDiff(SearchHit First, SearchHit Second, IReadOnlyList<DiffPiece> Pieces)
{
    /// <summary>
    /// Kept words that stand in a run shorter than this between changes are common words falling in order ("the", "said
    /// on"), which any two stories have; longer runs are wording the texts share.
    /// </summary>
    public const int SharedRun = 3;

    /// <summary>
    /// Below this <see cref="Shared"/> two texts share little. Unrelated pairs kept at most 2 % of the shorter one's
    /// words in shared runs (Reuters-21578 and BBC business and sport, 47 pairs; a templated earnings report excepted),
    /// a story derived from another 11 % or more, a copy nearly all; the share of all kept words told them apart less
    /// well (unrelated up to 23 %, derived from 34 %).
    /// </summary>
    public const double LittleShared = 0.05;

    /// <summary>
    /// Fewer words than this in the shorter text are too few to tell: a short brief may keep its source's facts in runs
    /// of one or two words, and two one-line texts share little by chance or by much.
    /// </summary>
    public const int FewestWordsToTell = 20;

    /// <summary>
    /// The share of the shorter text's words that the diff keeps in runs of <see cref="SharedRun"/> words or more (0..1):
    /// of the shorter, so a brief written from a long wire story, all of it kept, does not read as unrelated; 1 when
    /// either text has no words, as nothing of it is lost then.
    /// </summary>
    public double Shared => Count() is var (shared, shorter) && shorter > 0 ? shared / (double)shorter : 1;

    /// <summary>Whether the two texts share no more wording than unrelated stories do, so the diff is mostly rewriting.</summary>
    public bool SharesLittle => Count().Shorter >= FewestWordsToTell && Shared < LittleShared;

    /// <summary>Words kept in runs of <see cref="SharedRun"/> or more, and the words of the shorter text.</summary>
    private (int Shared, int Shorter) Count()
    {
        var (kept, shared, deleted, inserted) = (0, 0, 0, 0);
        foreach (var piece in Pieces)
        {
            var words = piece.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
            if (piece.Kind == DiffKind.Deleted) deleted += words;
            else if (piece.Kind == DiffKind.Inserted) inserted += words;
            else
            {
                kept += words;
                if (words >= SharedRun) shared += words;
            }
        }
        return (shared, Math.Min(kept + deleted, kept + inserted));
    }
}
