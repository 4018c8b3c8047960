using System.Text.Json;

namespace SearchEngine.Indexing.Cluster;

/// <summary>What the cluster said of one document of a bulk request: its status and, when it failed, the engine's error type and reason.</summary>
public readonly record struct BulkItemAnswer(int Status, string? ErrorType, string? ErrorReason)
{
    public bool IsSuccess => Status is >= 200 and < 300;
}

/// <summary>Reads the body the cluster answers a bulk request with, as both engines document it.</summary>
public static class BulkResponse
{
    /// <summary>
    /// Each document's answer from <c>{"errors": …, "items": [{"index": {"_id", "status", "error": {"type", "reason"}}}]}</c>,
    /// in request order; null when the body is not such a response.
    /// </summary>
    public static IReadOnlyList<BulkItemAnswer>? Items(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (!document.RootElement.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array) return null;
            var answers = new List<BulkItemAnswer>(items.GetArrayLength());
            foreach (var item in items.EnumerateArray())
            {
                // One property, named for the action: index, create, update or delete.
                var result = item.EnumerateObject().FirstOrDefault().Value;
                if (result.ValueKind != JsonValueKind.Object || !result.TryGetProperty("status", out var status)) return null;
                var (type, reason) = result.TryGetProperty("error", out var error) ? ErrorOf(error) : (null, null);
                answers.Add(new BulkItemAnswer(status.GetInt32(), type, reason));
            }
            return answers;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static (string? Type, string? Reason) ErrorOf(JsonElement error) => error.ValueKind switch
    {
        JsonValueKind.Object => (Text(error, "type"), Text(error, "reason")),
        JsonValueKind.String => (null, error.GetString()),
        _ => (null, error.GetRawText()),
    };

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
