namespace SearchEngine.Indexing.Cluster;

/// <summary>Cuts documents, in the order given, into bulk requests of at most <see cref="BulkOptions.MaxDocuments"/> and <see cref="BulkOptions.MaxBytes"/>.</summary>
public sealed class BulkBatcher(string indexName, BulkOptions options)
{
    private MemoryStream _body = new();
    private List<BulkItem> _items = [];

    /// <summary>Adds one document (a line of JSON); returns the request it closed when it did not fit in it, else null.</summary>
    public BulkRequest? Add(string id, string sourcePath, string contentHash, byte[] placement, ReadOnlySpan<byte> document)
    {
        var action = BulkRequest.ActionLine(indexName, id);
        var length = action.Length + document.Length + 1;
        var full = _items.Count > 0 && (_items.Count >= options.MaxDocuments || _body.Length + length > options.MaxBytes) ? Flush() : null;
        _items.Add(new BulkItem(id, sourcePath, contentHash, placement, (int)_body.Length, length));
        _body.Write(action);
        _body.Write(document);
        _body.WriteByte((byte)'\n');
        return full;
    }

    /// <summary>The request of the documents added since the last one closed, or null when there are none.</summary>
    public BulkRequest? Flush()
    {
        if (_items.Count == 0) return null;
        var request = new BulkRequest(_body.ToArray(), _items);
        _body = new MemoryStream();
        _items = [];
        return request;
    }
}
