namespace SearchEngine.Indexing.Dedup;

/// <summary>A text to cluster: its id, fingerprint, publication date (null when unknown), length in characters and outlet (null when unknown).</summary>
public sealed record DedupDocument(string Id, Fingerprint Fingerprint, DateTime? Published, int Length, string? Outlet = null);
