using System.Text.Json.Serialization;
using SearchEngine.Querying.Search;

namespace SearchEngine.Querying.SavedQueries;

/// <summary>A search kept under a name so it can be run again, with what its last run returned.</summary>
public sealed record SavedQuery
{
    public required string Name { get; init; }
    public required string Query { get; init; }
    public FacetFilters Filters { get; init; } = FacetFilters.None;
    public SortOrder Sort { get; init; } = SortOrder.Relevance;
    /// <summary>
    /// When the query was saved; null when unknown, as for an entry added to the file by hand without it (the file is
    /// meant to be edited, and the time changes nothing a run does).
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateTimeOffset? CreatedAt { get; init; }
    /// <summary>Null until the query has been run.</summary>
    public SavedQueryRun? LastRun { get; init; }

    public SearchRequest ToRequest(int offset, int limit) => new()
    {
        QueryText = Query,
        Filters = Filters,
        Sort = Sort,
        Offset = offset,
        Limit = limit,
    };
}

/// <summary>One run of a saved query: when, how many hits matched, and which hits have been shown (so the next run can tell what is new).</summary>
public sealed record SavedQueryRun
{
    /// <summary>Hit ids kept; beyond this, the hits shown longest ago may be reported as new again.</summary>
    public const int MaxHitIds = 10_000;

    public required DateTimeOffset At { get; init; }
    public required int Total { get; init; }
    /// <summary>Ids of the hits this run showed (or wrote out), then those earlier runs showed, up to <see cref="MaxHitIds"/>.</summary>
    public required IReadOnlyList<string> HitIds { get; init; }
}
