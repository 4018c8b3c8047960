using System.Text;
using System.Text.Json.Nodes;
using SearchEngine.Indexing.Schema;

namespace SearchEngine.Querying.Search.Cluster;

/// <summary>
/// Ids shortened on a cluster as <see cref="IdPrefixes"/> shortens them locally. In id order, the ids sharing the
/// longest start with an id are its neighbours, so its shortest start no other id begins with is one character longer
/// than the longest it shares with the id just before it and the id just after it (at least
/// <see cref="IdPrefixes.MinLength"/>; the whole id when a neighbour begins with all of it). The neighbours come from
/// two one-hit searches an id, all of a page's in one <c>_msearch</c>.
/// </summary>
internal static class ClusterShortIds
{
    public const string ContentType = "application/x-ndjson";

    /// <summary>The <c>_msearch</c> body: for each id, the nearest id before it, then the nearest after it.</summary>
    public static string Body(IReadOnlyList<string> ids)
    {
        var body = new StringBuilder();
        foreach (var id in ids)
        {
            Neighbour(body, id, "lt", "desc");
            Neighbour(body, id, "gt", "asc");
        }
        return body.ToString();
    }

    private static void Neighbour(StringBuilder body, string id, string side, string order)
    {
        body.Append("{}\n");
        body.Append(new JsonObject
        {
            ["size"] = 1,
            ["track_total_hits"] = false,
            ["_source"] = false,
            ["query"] = new JsonObject { ["range"] = new JsonObject { [ArticleSchema.Id] = new JsonObject { [side] = id } } },
            ["sort"] = new JsonArray(new JsonObject { [ArticleSchema.Id] = order }),
        }.ToJsonString()).Append('\n');
    }

    /// <summary>
    /// Each id's short form from the <c>_msearch</c> answer; an id whose neighbours' searches failed keeps its whole
    /// self (a whole id is always a right answer).
    /// </summary>
    public static IReadOnlyDictionary<string, string> Read(JsonObject answer, IReadOnlyList<string> ids)
    {
        var responses = answer["responses"]?.AsArray() ?? [];
        var shortIds = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < ids.Count; i++)
        {
            var before = NeighbourIn(responses, 2 * i, out var beforeFound);
            var after = NeighbourIn(responses, 2 * i + 1, out var afterFound);
            shortIds[ids[i]] = beforeFound && afterFound ? Shortest(ids[i], before, after) : ids[i];
        }
        return shortIds;
    }

    public static string Shortest(string id, string? before, string? after)
    {
        var shared = Math.Max(CommonStart(id, before), CommonStart(id, after));
        return id[..Math.Clamp(shared + 1, Math.Min(IdPrefixes.MinLength, id.Length), id.Length)];
    }

    /// <summary>The id a neighbour search found (null when there is none on that side); not found when the search failed.</summary>
    private static string? NeighbourIn(JsonArray responses, int index, out bool answered)
    {
        var response = index < responses.Count ? responses[index] : null;
        answered = response?["hits"] is not null && response["error"] is null;
        return response?["hits"]?["hits"]?.AsArray().FirstOrDefault()?["_id"]?.GetValue<string>();
    }

    private static int CommonStart(string id, string? other)
    {
        if (other is null) return 0;
        var length = 0;
        while (length < id.Length && length < other.Length && id[length] == other[length]) length++;
        return length;
    }
}
