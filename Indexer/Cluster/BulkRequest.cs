using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SearchEngine.Indexing.Cluster;

/// <summary>
/// One document of a bulk request: its id and source (for reports), its content hash and placement (for the resume
/// check), and where its action and source lines lie in the body.
/// </summary>
public sealed record BulkItem(string Id, string SourcePath, string ContentHash, byte[] Placement, int Offset, int Length);

/// <summary>
/// A <c>_bulk</c> body: per document an <c>index</c> action line naming the index and the id, then the document's line.
/// The action names the index, so the body loads as it is into <c>POST /_bulk</c>, from this program or from a file.
/// </summary>
public sealed class BulkRequest(byte[] body, IReadOnlyList<BulkItem> items)
{
    public const string ContentType = "application/x-ndjson";
    public const string Path = "/_bulk";

    public byte[] Body { get; } = body;

    public IReadOnlyList<BulkItem> Items { get; } = items;

    /// <summary>A request of some of these documents, their lines as they were: what is sent again after a partial failure.</summary>
    public BulkRequest Subset(IReadOnlyList<BulkItem> items)
    {
        if (items.Count == Items.Count) return this;
        var body = new byte[items.Sum(i => i.Length)];
        var kept = new List<BulkItem>(items.Count);
        var offset = 0;
        foreach (var item in items)
        {
            Body.AsSpan(item.Offset, item.Length).CopyTo(body.AsSpan(offset));
            kept.Add(item with { Offset = offset });
            offset += item.Length;
        }
        return new BulkRequest(body, kept);
    }

    public string Text => Encoding.UTF8.GetString(Body);

    /// <summary>The action line of one document, with its line break.</summary>
    public static byte[] ActionLine(string index, string id)
    {
        using var buffer = new MemoryStream(64 + id.Length);
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartObject("index");
            json.WriteString("_index", index);
            json.WriteString("_id", id);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }
}
